import { variantKey } from '../arabic/variant-key';
import { entityKey } from '../dictionary/ids';

/**
 * Who else an article names: the evidence that two spellings of one name, in different articles, are one person.
 * A person is written about with the same people and bodies around them («رافائيل غروسي» beside «الوكالة الدولية
 * للطاقة الذرية» and «محمد إسلامي»); two people who happen to share a spelling family are not. Names are compared
 * by variant key, so that the co-mentioned are recognized under their own spellings too.
 */
export interface CoMentionIndex {
  /** the variant keys of the names each article gives (persons of two words or more, and bodies) */
  readonly byArticle: ReadonlyMap<string, ReadonlySet<string>>;
  /** a name's variant key, made once per name: the corpus gives the same names again and again */
  keyOf(name: string): string;
}

/** Two clusters share at least this many co-mentioned names to count as the same person's company. */
export const MIN_SHARED_CO_MENTIONS = 2;

export function coMentionIndex(articles: readonly { source: string; names: readonly string[] }[]): CoMentionIndex {
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = variantKey(entityKey(name))));
    return key;
  };
  const byArticle = new Map<string, Set<string>>();
  for (const a of articles) {
    const named = byArticle.get(a.source) ?? new Set<string>();
    for (const name of a.names) named.add(keyOf(name));
    byArticle.set(a.source, named);
  }
  return { byArticle, keyOf };
}

/** What the co-mention evidence reads of an entity: the articles it is named in, and its own names. */
export interface Named {
  sources: ReadonlySet<string>;
  names: ReadonlyMap<string, number>;
  aliases: ReadonlySet<string>;
}

function ownKeys(index: CoMentionIndex, ...entities: Named[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) for (const name of [...e.names.keys(), ...e.aliases]) keys.add(index.keyOf(name));
  return keys;
}

/** The names its articles give besides its own (and besides those of `others`, compared with it). */
function company(index: CoMentionIndex, e: Named, exclude: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const source of e.sources)
    for (const key of index.byArticle.get(source) ?? []) if (!exclude.has(key)) out.add(key);
  return out;
}

/** How many names, neither's own, the articles of both give. */
export function sharedCoMentions(index: CoMentionIndex, a: Named, b: Named): number {
  const exclude = ownKeys(index, a, b);
  const ofA = company(index, a, exclude);
  let n = 0;
  for (const key of company(index, b, exclude)) if (ofA.has(key)) n++;
  return n;
}

/** Whether one article names both. */
export function shareAnArticle(a: Named, b: Named): boolean {
  for (const s of a.sources) if (b.sources.has(s)) return true;
  return false;
}

/**
 * Of several persons a short form could stand for, the one the evidence names: the only one its own article names
 * in full, else the only one whose company it keeps (MIN_SHARED_CO_MENTIONS names of its article, more than any
 * other). Undefined when the evidence does not single one out.
 */
export function chooseByCompany<T extends Named>(
  index: CoMentionIndex,
  short: Named,
  owners: readonly T[],
): T | undefined {
  const inArticle = owners.filter((o) => shareAnArticle(o, short));
  if (inArticle.length === 1) return inArticle[0];
  if (inArticle.length > 1) return undefined;
  const scored = owners.map((o) => ({ o, n: sharedCoMentions(index, o, short) })).sort((x, y) => y.n - x.n);
  const [top, next] = scored;
  if (!top || top.n < MIN_SHARED_CO_MENTIONS || (next && next.n === top.n)) return undefined;
  return top.o;
}
