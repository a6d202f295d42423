import { cliticSplits, MAX_SPLITS } from '../arabic/clitics';
import { foldInto, type FoldBuffers, isWordChar } from '../arabic/normalize';
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

export function createMatcher(compiled: CompiledDictionary): Matcher {
  if (compiled.version !== 1 || !isTrie(compiled.automaton)) throw new Error('compiled dictionary: unknown format');
  const trie = compiled.automaton;
  const vowelSkip = trie.vowelSkip ?? new Uint8Array(trie.output.length);
  // tables compiled before the flag existed require the article nowhere (the store compiles them again)
  const articleOnly = trie.articleOnly ?? new Uint8Array(trie.output.length);
  // folding buffers are reused from call to call: a page's text comes in many pieces, and the CLI and the
  // extractor match article after article
  const buffers: FoldBuffers = { codes: new Uint16Array(0), start: new Uint32Array(0), end: new Uint32Array(0) };
  const splits = new Int32Array(MAX_SPLITS * 2);
  let code: TextCode | undefined;

  return {
    entities: compiled.entities,
    findMentions(text) {
      const n = foldInto(text, buffers);
      return scan(trie, vowelSkip, articleOnly, buffers, n, splits);
    },
    textCode() {
      return (code ??= textCodeFor(trie));
    },
  };
}

function scan(
  trie: Trie,
  vowelSkip: Uint8Array,
  articleOnly: Uint8Array,
  { codes, start, end }: FoldBuffers,
  n: number,
  splits: Int32Array,
): MentionHit[] {
  const hits: MentionHit[] = [];
  let i = 0;
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
      for (let j = keyStart; node >= 0 && j < n; j++) {
        if (j > keyStart) {
          const c = codes[j]!;
          const next = step(trie, node, c);
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
          // a one-word name that carries the article is found only where the page writes it (trie.ts articleOnly)
          (articleOnly[node] === 0 || keyStart > nameStart)
        ) {
          bestEnd = j + 1;
          bestEntity = out;
          bestStart = nameStart;
        }
      }
    }
    if (bestEntity >= 0) {
      hits.push({ start: start[bestStart]!, end: end[bestEnd - 1]!, entity: bestEntity });
      i = bestEnd;
    } else {
      i = wordChar ? wordEnd : i + 1;
    }
  }
  return hits;
}
