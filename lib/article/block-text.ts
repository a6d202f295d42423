/**
 * The reading text of an element: its text, one line per block (a name never spans two paragraphs), without
 * what is not prose. Works on any DOM (the page's own in the extension, a parsed one in the CLI): it only reads
 * nodeType, localName, attributes and childNodes.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
// never prose; figures and their captions describe pictures, often of other stories
const NOT_PROSE = new Set([
  'aside',
  'button',
  'canvas',
  'figcaption',
  'figure',
  'footer',
  'form',
  'iframe',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
  'audio',
  'head',
  'title',
]);
// a paragraph or list item made only of links is a promotion or a related headline, not the article's prose
const LINK_ONLY = new Set(['p', 'li', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINK_SHARE = 0.9;

const ELEMENT = 1;
const TEXT = 3;

export interface BlockTextOptions {
  /** element names to leave out as well (a whole page's masthead: «header») */
  skip?: ReadonlySet<string>;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/gu, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const letters = (s: string): number => s.replace(/[\s\p{P}\p{S}]+/gu, '').length;

function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += letters(a.textContent ?? '');
  return n;
}

function isLinkOnly(el: Element): boolean {
  const total = letters(el.textContent ?? '');
  return total > 0 && linkText(el) >= LINK_SHARE * total;
}

export function blockText(root: Element, options: BlockTextOptions = {}): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = (): void => {
    const clean = line.replace(/[\s\u00A0\u200B]+/gu, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const name = el.localName.toLowerCase();
    if (NOT_PROSE.has(name) || options.skip?.has(name) || isHidden(el)) return;
    if (name === 'br') {
      breakLine();
      return;
    }
    const block = BLOCKS.has(name);
    if (block && LINK_ONLY.has(name) && isLinkOnly(el)) return;
    if (block) breakLine();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) breakLine();
  };
  walk(root);
  breakLine();
  return lines.join('\n');
}
