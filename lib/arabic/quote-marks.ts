/**
 * The quote marks news text puts around a name or a word of it («صحيفة "الرياض"», «وكالة «سانا»»): straight and
 * typographic, double and single (" ' « » ‹ › and U+2018 to U+201F: ‘ ’ ‚ ‛ “ ” „ ‟). The matcher reads a name's
 * words across them (lib/match/matcher.ts), and the text code gives them a byte of their own so that a page's text
 * is never cut at one (lib/text-code/make.ts).
 */
export function isQuoteMark(code: number): boolean {
  // comparisons, not a set: the matcher asks at the end of a walk, which is most of its work
  if (code < 0x80) return code === 0x22 || code === 0x27;
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a;
}
