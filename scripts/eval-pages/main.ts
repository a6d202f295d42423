/**
 * `bash scripts/eval.sh pages`: what the extension learns from each real page of ../shared/pages, scored against
 * the officials and organizations SOURCES.md lists for its article body. Each page is read as the extension reads
 * it (lib/article, here through the CLI's linkedom reader) and learned by lib/learn into an empty dictionary, on
 * its own. Reported per page and in total: how many listed items were learned (an item is learned when a learned
 * entity has one of its spellings as its name or alias, or matches the whole spelling), and how many learned
 * entities are named only in the page's furniture (see placement.ts).
 * With --whole-page, each page's whole text is learned instead of its article: a check of the furniture count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { entityKey } from '../../lib/dictionary/ids';
import type { Entity } from '../../lib/dictionary/schema';
import { htmlToArticle } from '../../lib/extract/html';
import { learnPage } from '../../lib/learn/learn-page';
import { matcherFor } from '../../lib/match/compile';
import { parseChecklist, type ChecklistItem } from '../../tests/harness/page-checklist';
import { placeMentions, wholeText } from './placement';

const args = process.argv.slice(2);
const wholePage = args.includes('--whole-page');
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/pages';
const sourcesFile = path.join(dir, 'SOURCES.md');
if (!fs.existsSync(sourcesFile)) {
  console.error(`eval pages: ${sourcesFile} not found (the pages sit beside the project)`);
  process.exit(2);
}
const checklists = parseChecklist(fs.readFileSync(sourcesFile, 'utf8'));
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.html?$/iu.test(f))
  .sort();

/** The learned entity an item is, trying its spellings in the list's order: as a name, as an alias, as a match. */
function learnedBy(item: ChecklistItem, learned: readonly Entity[]): Entity | undefined {
  for (const key of item.names.map(entityKey)) {
    const byKey =
      learned.find((e) => entityKey(e.name) === key) ??
      learned.find((e) => e.aliases.some((a) => entityKey(a) === key));
    if (byKey) return byKey;
  }
  const matcher = matcherFor(learned);
  for (const name of item.names) {
    const whole = matcher.findMentions(name).find((h) => h.start === 0 && h.end === name.length);
    if (whole) return learned[learned.findIndex((e) => e.id === matcher.entities[whole.entity]!.id)];
  }
  return undefined;
}

let listed = 0;
let found = 0;
let furnitureTotal = 0;
let learnedTotal = 0;
for (const file of files) {
  const stem = file.replace(/\.html?$/iu, '');
  const html = fs.readFileSync(path.join(dir, file), 'utf8');
  const article = htmlToArticle(html);
  if (wholePage) article.text = wholeText(html);
  const url = article.url ?? `https://${stem}.invalid/`;
  const host = URL.canParse(url) ? new URL(url).hostname : `${stem}.invalid`;
  const { put } = learnPage(
    { url, title: article.title ?? stem, text: article.text, host, ...(article.date ? { date: article.date } : {}) },
    [],
    { now: new Date('2026-12-01T00:00:00Z') },
  );
  const learned = put.filter((e) => e.origin === 'learned');
  const items = (checklists.get(stem) ?? []).filter((i) => !i.optional);
  const optional = (checklists.get(stem) ?? []).filter((i) => i.optional);
  const hits = items.map((i) => [i, learnedBy(i, learned)] as const);
  const matcher = matcherFor(learned);
  const placed = placeMentions(html, matcher);
  const furniture = matcher.entities.flatMap((e, k) =>
    !placed.body.has(k) && placed.furniture.has(k) ? [e.name] : [],
  );
  const unplaced = matcher.entities.flatMap((e, k) =>
    !placed.body.has(k) && !placed.furniture.has(k) ? [e.name] : [],
  );
  const got = hits.filter(([, e]) => e).length;
  listed += items.length;
  found += got;
  furnitureTotal += furniture.length;
  learnedTotal += learned.length;

  console.log(
    `== ${file}: ${got}/${items.length} of the body's listed names learned; ${learned.length} learned, ${furniture.length} from furniture`,
  );
  for (const [i, e] of hits)
    console.log(`  ${e ? '+' : '-'} ${i.names[0]}${e && e.name !== i.names[0] ? `  (as «${e.name}»)` : ''}`);
  for (const i of optional) console.log(`  ${learnedBy(i, learned) ? '+' : '·'} ${i.names[0]} (optional)`);
  const listedIds = new Set(hits.flatMap(([, e]) => (e ? [e.id] : [])));
  const others = learned.filter((e) => !listedIds.has(e.id)).map((e) => e.name);
  if (others.length) console.log(`  learned, not listed: ${others.join('، ')}`);
  if (furniture.length) console.log(`  from furniture: ${furniture.join('، ')}`);
  if (unplaced.length) console.log(`  not found as written in the page's text: ${unplaced.join('، ')}`);
}
const share = listed ? found / listed : 0;
console.log(
  `== total: ${found}/${listed} = ${(share * 100).toFixed(1)}% of the bodies' listed names learned (target ≥ 90%); ` +
    `${learnedTotal} learned, ${furnitureTotal} from furniture (target 0)`,
);
