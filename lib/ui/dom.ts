/**
 * Small DOM builders for the extension's pages. Text always goes in as textContent: dictionary text (which may
 * come from an imported file) is never parsed as HTML.
 */
type Child = Node | string | false | null | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name === 'class') e.className = value;
    else if (name === 'text') e.textContent = value;
    else e.setAttribute(name, value);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/** Text in its own bidi isolate: a Latin name or a date inside Arabic keeps its order. */
export function bdi(text: string, className?: string): HTMLElement {
  return el('bdi', { class: className, text });
}

export function button(
  label: string,
  onClick: () => void,
  props: Partial<Record<string, string>> = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}
