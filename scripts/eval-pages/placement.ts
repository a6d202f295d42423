import { parseHTML } from 'linkedom';
import type { Matcher } from '../../lib/match/matcher';

/**
 * Where on a page each entity is named, found without the article reader (lib/article), so that it can judge
 * what that reader kept: in the page's furniture (masthead, menus, "most read", related headlines, comments,
 * footers) or elsewhere. Furniture is told by its markup: the elements and the class or id words sites use for it.
 */
const FURNITURE_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'TITLE']);
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:menu|nav|navbar|header|footer|sidebar|side|related|relatedarticles|more|most|popular|trending|latest|comments?|share|social|widget|breadcrumbs?|tags?|ticker|newsbar|banner|ads?|advert|promo|copyright)(?:$|[\s_-])/iu;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface Placement {
  /** per entity index: mentions outside the furniture, and inside it */
  body: Map<number, number>;
  furniture: Map<number, number>;
}

function inFurniture(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (FURNITURE_TAGS.has(e.tagName)) return true;
    const words = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (FURNITURE_WORDS.test(words)) return true;
  }
  return false;
}

export function placeMentions(html: string, matcher: Matcher): Placement {
  const { document } = parseHTML(html);
  const placement: Placement = { body: new Map(), furniture: new Map() };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        if (!NOT_TEXT.has((c as Element).tagName)) walk(c);
      } else if (c.nodeType === 3 && c.textContent) {
        const where = inFurniture(c.parentElement) ? placement.furniture : placement.body;
        for (const h of matcher.findMentions(c.textContent)) where.set(h.entity, (where.get(h.entity) ?? 0) + 1);
      }
    }
  };
  // from the root element: linkedom's document gives its doctype no next sibling
  walk(document.documentElement as unknown as Node);
  return placement;
}

/** The page's whole text, furniture and all, one line per text node. */
export function wholeText(html: string): string {
  const { document } = parseHTML(html);
  const lines: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && !NOT_TEXT.has((c as Element).tagName)) walk(c);
      else if (c.nodeType === 3 && c.textContent?.trim()) lines.push(c.textContent.trim());
    }
  };
  walk(document.documentElement as unknown as Node);
  return lines.join('\n');
}
