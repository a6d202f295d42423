import type { CardLanguage } from '../messages/protocol';
import { languageOf, type Language } from '../ui/words';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
/** enough text to tell the page's script, read without laying the page out */
const SAMPLE_CHARS = 4000;

/** The card's words: the reader's choice, or with 'auto' the page's language. */
export function cardLanguage(choice: CardLanguage, doc: Document = document): Language {
  return choice === 'auto' ? pageLanguage(doc) : choice;
}

/**
 * The page's language, as far as the card cares (Arabic or not): the html lang when the page says it, else its
 * direction, else whether its title and text are mostly Arabic letters. Many Arabic news sites set neither.
 */
export function pageLanguage(doc: Document): Language {
  const lang = doc.documentElement.lang || doc.body?.lang || '';
  if (lang.trim()) return languageOf(lang.trim());
  const dir = (doc.documentElement.dir || doc.body?.dir || '').toLowerCase();
  if (dir === 'rtl') return 'ar';
  if (dir === 'ltr') return 'en';
  const sample = `${doc.title} ${textSample(doc.body)}`;
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}

function textSample(root: Element | null): string {
  if (!root) return '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentNode?.nodeName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  while (text.length < SAMPLE_CHARS && walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  return text.slice(0, SAMPLE_CHARS);
}
