/**
 * Pages that are hard on a content script, for the browser tests' hostile cases and the bench (hostile.ts): each
 * builds its DOM with a script of its own, so that a page of a million text nodes need not travel as 30 MB of HTML.
 * Every page records how late it answers the reader's key presses (window.__inputDelays, ms), so that a test can
 * compare the page with Kashif against the page alone.
 */

const HEAD = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>hostile</title></head><body>';
const INPUT_DELAYS = `window.__inputDelays = [];
addEventListener('keydown', (e) => { __inputDelays.push(performance.now() - e.timeStamp); });`;

/** Names of the built-in dictionary (seeds/). */
const PERSON = 'سيرغي لافروف';
const ORG = 'مجلس الأمن';

/**
 * `paragraphs` paragraphs of nine text nodes each (five words in spans, four spaces between): one or two names
 * in each (1.6 on average), so 1,000,000 text nodes hold about 180,000 mentions.
 */
export function tinyNodesPage(textNodes: number): string {
  const paragraphs = Math.round(textNodes / 9);
  return `${HEAD}<main id="main"></main><script>${INPUT_DELAYS}
const parts = [];
for (let k = 0; k < ${paragraphs}; k++) {
  const second = k % 5 < 3 ? '<span>${ORG}</span>' : '<span>الجلسة</span>';
  parts.push('<p id="p' + k + '"><span>قال</span> <span>${PERSON}</span> <span>' + k + '</span> ' + second + ' <span>اليوم</span></p>');
}
document.getElementById('main').innerHTML = parts.join('');
</script></body></html>`;
}

/**
 * An article of `paragraphs` paragraphs and a ticker whose text the page rewrites every `everyMs`: its text node
 * replaced (`textContent`), or, `edit`, the same node's text changed (its ranges then stay in place).
 * `window.__stopTicker()` stops it, as a reader's pause button would.
 */
export function rewritingPage(paragraphs: number, everyMs = 10, how: 'replace' | 'edit' = 'replace'): string {
  const body = Array.from(
    { length: paragraphs },
    (_, k) => `<p>الفقرة ${k}: قال ${PERSON} أمام ${ORG} إن الأمم المتحدة تتابع</p>`,
  ).join('');
  return `${HEAD}<div id="ticker">عاجل</div><main>${body}</main><script>${INPUT_DELAYS}
let n = 0;
const ticker = document.getElementById('ticker');
const text = ${how === 'edit' ? 'ticker.firstChild' : 'ticker'};
const timer = setInterval(() => { text.${how === 'edit' ? 'data' : 'textContent'} = 'عاجل ' + (n++) + ': ${PERSON} في ${ORG}'; }, ${everyMs});
window.__stopTicker = () => clearInterval(timer);
</script></body></html>`;
}

/** One block of about `chars` characters: a name every few hundred, in sentences. */
export function hugeBlockPage(chars: number): string {
  const sentence = `قال ${PERSON} أمام ${ORG} إن المفاوضات مستمرة، وإن الوفود ستعود الأسبوع المقبل لمناقشة التفاصيل. `;
  return `${HEAD}<div id="block"></div><script>${INPUT_DELAYS}
document.getElementById('block').textContent = ${JSON.stringify(sentence)}.repeat(${Math.ceil(chars / sentence.length)});
</script></body></html>`;
}
