// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bdi, button, el } from '../../lib/ui/dom';

describe('DOM builders', () => {
  it('put dictionary text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">عبد الله';
    const e = el('div', { text: hostile });
    expect(e.textContent).toBe(hostile);
    expect(e.querySelector('img')).toBeNull();
    const child = el('p', {}, hostile);
    expect(child.childNodes[0]?.nodeType).toBe(Node.TEXT_NODE);
    expect(child.querySelector('img')).toBeNull();
  });

  it('set class and attributes, and skip undefined ones', () => {
    const e = el('a', { class: 'name', href: '#x', title: undefined });
    expect(e.className).toBe('name');
    expect(e.getAttribute('href')).toBe('#x');
    expect(e.hasAttribute('title')).toBe(false);
  });

  it('skip absent children', () => {
    const e = el('div', {}, 'a', false, null, undefined, el('span', { text: 'b' }));
    expect(e.textContent).toBe('ab');
    expect(e.childNodes.length).toBe(2);
  });

  it('isolate Latin text inside Arabic in a bdi', () => {
    const b = bdi('Ramtane Lamamra', 'latin');
    expect(b.tagName).toBe('BDI');
    expect(b.className).toBe('latin');
    expect(b.textContent).toBe('Ramtane Lamamra');
  });

  it('make buttons that do not submit forms and call back on click', () => {
    let clicks = 0;
    const b = button('حفظ', () => clicks++);
    expect(b.type).toBe('button');
    b.click();
    expect(clicks).toBe(1);
  });
});
