import { cliticSplits, MAX_SPLITS } from '../arabic/clitics';
import { foldInto, type FoldBuffers, isWordChar } from '../arabic/normalize';
import { isQuoteMark } from '../arabic/quote-marks';
import { EITHER, REQUIRED } from './article-rule';
import { isTrie, step, type Trie } from './trie';
import type { TextCode } from '../text-code/code';
import { textCodeFor } from '../text-code/make';
import type { CompiledDictionary, MentionHit } from './types';

export interface Matcher {
  readonly entities: CompiledDictionary['entities'];
  /** Every mention in `text`: original offsets, document order, leftmost-longest, never inside a longer word. */
  findMentions(text: string): MentionHit[];
  /** The one-byte code pages may send their text in (lib/text-code): made on first use, then kept. */
  textCode(): TextCode;
}

const AT_SIGN = 0x40;
const ALEF = 0x627;
const WAW = 0x648;
const YEH = 0x64a;
const SPACE = 0x20;
/** The most code units quote marks and spaces between two words of a name take («صحيفة " الرياض "»: 3). */
const MAX_QUOTE_GAP = 4;

export function createMatcher(compiled: CompiledDictionary): Matcher {
  if (compiled.version !== 1 || !isTrie(compiled.automaton)) throw new Error('compiled dictionary: unknown format');
  const trie = compiled.automaton;
  const vowelSkip = trie.vowelSkip ?? new Uint8Array(trie.output.length);
  // tables compiled before the article rule existed take every key either way (the store compiles them again)
  const article = trie.article ?? new Uint8Array(trie.output.length);
  // folding buffers are reused from call to call: a page's text comes in many pieces, and the CLI and the
  // extractor match article after article
  const buffers: FoldBuffers = { codes: new Uint16Array(0), start: new Uint32Array(0), end: new Uint32Array(0) };
  const splits = new Int32Array(MAX_SPLITS * 2);
  let code: TextCode | undefined;

  return {
    entities: compiled.entities,
    findMentions(text) {
      const n = foldInto(text, buffers);
      return scan(trie, vowelSkip, article, buffers, n, splits);
    },
    textCode() {
      return (code ??= textCodeFor(trie));
    },
  };
}

function scan(
  trie: Trie,
  vowelSkip: Uint8Array,
  article: Uint8Array,
  { codes, start, end }: FoldBuffers,
  n: number,
  splits: Int32Array,
): MentionHit[] {
  const hits: MentionHit[] = [];
  let i = 0;
  // where the last mention ended: a mention taking a quote mark before it never reaches into that one
  let lastEnd = 0;
  while (i < n) {
    const c = codes[i]!;
    const wordChar = isWordChar(c);
    if (!wordChar && c !== AT_SIGN) {
      i++;
      continue;
    }
    if (i > 0 && isWordChar(codes[i - 1]!)) {
      i++;
      continue;
    }
    let wordEnd = i + 1;
    while (wordEnd < n && isWordChar(codes[wordEnd]!)) wordEnd++;

    // the longest key that starts at one of the word's clitic splits and ends at a word end
    let bestEnd = -1;
    let bestEntity = -1;
    let bestStart = -1;
    // how many quote marks the best name is read across: an odd count leaves a quote open («وكالة "سانا"»)
    let bestQuotes = 0;
    const count = wordChar ? cliticSplits(codes, i, wordEnd, splits) : 1;
    if (!wordChar) {
      splits[0] = i;
      splits[1] = i;
    }
    for (let s = 0; s < count; s++) {
      const nameStart = splits[2 * s]!;
      const keyStart = splits[2 * s + 1]!;
      let node = trie.rootChild[codes[keyStart]!]!;
      // one long vowel the key leaves out may be stepped over where the trie lets it (trie.ts vowelSkip)
      let skipped = false;
      let quotes = 0;
      for (let j = keyStart; node >= 0 && j < n; j++) {
        if (j > keyStart) {
          const c = codes[j]!;
          const next = step(trie, node, c);
          // quote marks between two words of a name read as the space between them; tested only where the walk
          // meets a space before a mark or stops at a mark, so that the common walk pays nothing for them
          if (c === SPACE ? next >= 0 && j + 1 < n && isQuoteMark(codes[j + 1]!) : next < 0 && isQuoteMark(c)) {
            const gapEnd = afterQuoteGap(codes, j, n);
            const across = gapEnd < 0 ? -1 : c === SPACE ? next : step(trie, node, SPACE);
            if (across >= 0) {
              for (let q = j; q < gapEnd; q++) if (codes[q] !== SPACE) quotes++;
              node = across;
              j = gapEnd - 1;
              continue;
            }
          }
          if (next < 0) {
            if (!skipped && vowelSkip[node] === 1 && (c === ALEF || c === WAW || c === YEH)) {
              skipped = true;
              continue;
            }
            break;
          }
          node = next;
        }
        const out = trie.output[node]!;
        if (
          out >= 0 &&
          j + 1 > bestEnd &&
          (j + 1 === n || !isWordChar(codes[j + 1]!)) &&
          // the article in front as the key's article rule wants it (article-rule.ts)
          (article[node] === EITHER || (article[node] === REQUIRED) === keyStart > nameStart)
        ) {
          bestEnd = j + 1;
          bestEntity = out;
          bestStart = nameStart;
          bestQuotes = quotes;
        }
      }
    }
    if (bestEntity >= 0) {
      if (bestQuotes % 2 === 1) {
        // a quote opened or closed inside the name: the highlight takes its other mark, so that both are in it
        // («وكالة "سانا"», «"البرلمان" العراقي»)
        const closed = afterClosingQuote(codes, bestEnd, n);
        if (closed > bestEnd) bestEnd = closed;
        else if (bestStart === i) bestStart = beforeOpeningQuote(codes, i, lastEnd);
      }
      hits.push({ start: start[bestStart]!, end: end[bestEnd - 1]!, entity: bestEntity });
      i = lastEnd = bestEnd;
    } else {
      i = wordChar ? wordEnd : i + 1;
    }
  }
  return hits;
}

/**
 * Where the next word begins when codes[j..] is a run of spaces and quote marks that holds a quote mark and ends at
 * a word character, within MAX_QUOTE_GAP code units; else -1. (Spaces come folded: never two in a row.)
 */
function afterQuoteGap(codes: Uint16Array, j: number, n: number): number {
  let marks = 0;
  let g = j;
  for (; g < n && g - j < MAX_QUOTE_GAP; g++) {
    const c = codes[g]!;
    if (isQuoteMark(c)) marks++;
    else if (c !== SPACE) break;
  }
  return marks > 0 && g < n && isWordChar(codes[g]!) ? g : -1;
}

/** The start of a name at `start` taken back over a quote mark right before it, or before a space, not before `from`. */
function beforeOpeningQuote(codes: Uint16Array, start: number, from: number): number {
  if (start - 1 >= from && isQuoteMark(codes[start - 1]!)) return start - 1;
  if (start - 2 >= from && codes[start - 1] === SPACE && isQuoteMark(codes[start - 2]!)) return start - 2;
  return start;
}

/** The end of a name at `end` taken over a quote mark right after it, or after a space: else `end`. */
function afterClosingQuote(codes: Uint16Array, end: number, n: number): number {
  if (end < n && isQuoteMark(codes[end]!)) return end + 1;
  if (end + 1 < n && codes[end] === SPACE && isQuoteMark(codes[end + 1]!)) return end + 2;
  return end;
}
