/**
 * Consonant skeletons: a key that an Arabic word and its Latin transliteration share, so that a reader who types
 * «Guterres» finds «غوتيريش», written only in Arabic. Transliteration is not standardized (G as غ ج ق, a final s
 * as س or ش, vowels written or left out, doubled Latin letters), so the key keeps only classes of consonants that
 * transliterations agree on and drops every vowel: غوتيريش → k t r s ← Guterres.
 *
 * The classes are coarse on purpose (all velars and ج are one class, all sibilants another): the key ranks
 * lookups after exact Latin aliases and is never used to match page text.
 */

/** Arabic letters (normalized: see lib/arabic/normalize) → consonant class; absent letters are vowels or glottal. */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  ب: 'b',
  ف: 'f',
  ت: 't',
  ط: 't',
  ث: 't',
  د: 'd',
  ض: 'd',
  ذ: 'd',
  ز: 'z',
  ظ: 'z',
  س: 's',
  ص: 's',
  ش: 's',
  ك: 'k',
  ق: 'k',
  خ: 'k',
  غ: 'k',
  ج: 'k',
  ه: 'h',
  ح: 'h',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ر: 'r',
};

/** Latin letter groups, longest first, → consonant class ('' for vowels and semivowels). */
const LATIN_GROUPS: readonly (readonly [string, string])[] = [
  ['sch', 's'],
  ['sh', 's'],
  ['ch', 's'],
  ['kh', 'k'],
  ['gh', 'k'],
  ['th', 't'],
  ['dh', 'd'],
  ['ph', 'f'],
  ['ck', 'k'],
];
const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: 'b',
  p: 'b',
  f: 'f',
  v: 'f',
  t: 't',
  d: 'd',
  z: 'z',
  s: 's',
  k: 'k',
  q: 'k',
  g: 'k',
  j: 'k',
  h: 'h',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};
const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);

/** Is this normalized word written in Latin letters (an ASCII transliteration, not an Arabic word)? */
export function isLatinWord(word: string): boolean {
  return /^[a-z][a-z'’-]*$/.test(word);
}

/**
 * The skeleton of a normalized Arabic word, without its article: «النشيف» → «nsf». A final ه is the ة of the
 * feminine or a written vowel (روجه = Ruge), so it is left out.
 */
export function arabicSkeleton(word: string): string {
  const stem = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  const end = stem.endsWith('ه') ? stem.length - 1 : stem.length;
  let out = '';
  let last = '';
  for (let i = 0; i < end; i++) {
    const c = ARABIC_CLASS[stem[i]!];
    // a letter with no class is a vowel: it separates two consonants of one class (مامر keeps both m)
    if (c === undefined) last = '';
    else if (c !== last) {
      out += c;
      last = c;
    }
  }
  return out;
}

/**
 * The skeletons a Latin word may stand for: «Guterres» → «ktrs»; «Al-Nashif» and «Alnashif» → «nsf» (the article);
 * «Hamzah» → «hmzh» and «hmz» (a final h after a vowel is often the ة). Doubled letters are one consonant.
 */
export function latinSkeletons(word: string): string[] {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  const stems = [lower];
  const article = /^[ae]l-?(?=[a-z]{3})/.exec(lower);
  if (article) stems.push(lower.slice(article[0].length));
  const out = new Set<string>();
  for (const stem of stems) {
    const full = latinSkeleton(stem.replace(/-/g, ''));
    if (full) out.add(full);
    if (/[aeiou]h$/.test(stem)) out.add(latinSkeleton(stem.slice(0, -1)));
  }
  out.delete('');
  return [...out];
}

function latinSkeleton(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length;) {
    const group = LATIN_GROUPS.find(([letters]) => word.startsWith(letters, i));
    let c: string | undefined;
    if (group) {
      c = group[1];
      i += group[0].length;
    } else {
      const ch = word[i]!;
      i++;
      if (ch === 'c') c = /[eiy]/.test(word[i] ?? '') ? 's' : 'k';
      else if (ch === 'x') {
        if (last !== 'k') out += 'k';
        c = 's';
        last = 'k';
      } else if (LATIN_VOWELS.has(ch)) c = '';
      else c = LATIN_CLASS[ch];
    }
    if (c === undefined) continue;
    if (c === '') last = '';
    else if (c !== last) {
      out += c;
      last = c;
    }
  }
  return out;
}
