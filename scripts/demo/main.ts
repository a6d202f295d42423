/**
 * `npm run demo`: Kashif on the seed corpus, for a newcomer's first look. Builds everything (npm run build runs
 * first), serves the seed articles as news pages on localhost, opens them in Chromium with the extension, and
 * prints what it found on each page. With a display, the browser stays open for you to hover names; without one,
 * it runs headless and writes screenshots, a hover card open on each, to .demo/. What it lists is grouped by entity:
 * «لأمم المتحدة» (in «للأمم المتحدة») and «الأمم المتحدة» are one organization, listed once under its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, root } from '../../tests/harness/browser';
import { settledHighlights, highlightsIn } from '../../tests/harness/highlights';
import { serveNewsSite } from '../../tests/harness/news-site';
import { parseDictionary } from '../../lib/dictionary/load';
import { matcherFor } from '../../lib/match/compile';

const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');
const shots = path.join(root, '.demo');

// the highlights carry no entity: the same dictionary and matcher as the extension's tell which entity each one is
const dictionaryFile = path.join(root, 'public/seed-dictionary.json');
const parsed = parseDictionary(fs.readFileSync(dictionaryFile, 'utf8'), dictionaryFile);
if (!parsed.ok) throw new Error(parsed.error);
const matcher = matcherFor(parsed.value.entities);

const site = await serveNewsSite(path.join(root, 'seeds'));
const browser = await launchWithExtension({ headed });
console.log(
  `Kashif demo: ${site.ids.length} seed articles served at ${site.origin} (${headed ? 'Chromium window open' : 'headless'})\n`,
);
fs.mkdirSync(shots, { recursive: true });

for (const id of site.ids) {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/article/${id}`);
  await settledHighlights(page, 1).catch(() => 0);
  const mentions = await highlightsIn(page, '#article');
  const articleText = await page.evaluate(() => document.querySelector('#article')?.textContent ?? '');
  const entityAt = new Map(
    matcher.findMentions(articleText).map((h) => [`${h.start}:${h.end}`, matcher.entities[h.entity]!]),
  );
  const counts = new Map<string, { name: string; type: string; n: number }>();
  for (const m of mentions) {
    // a highlight the dictionary does not place (none today) is still listed, under its own text
    const entity = entityAt.get(`${m.start}:${m.end}`);
    const key = entity?.id ?? `text:${m.text}`;
    const seen = counts.get(key) ?? { name: entity?.name ?? m.text, type: m.type, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  const title = (await page.title()).slice(0, 70);
  console.log(`■ ${id}  «${title}»\n  ${mentions.length} mentions:`);
  for (const { name, type, n } of [...counts.values()].sort((a, b) => b.n - a.n))
    console.log(`    ${type === 'person' ? 'person' : 'org   '}  ${name}${n > 1 ? `  ×${n}` : ''}`);

  // open the hover card over the first person (or organization) and keep a screenshot of it
  const target = await page.evaluate(() => {
    // (no named helper functions in here: tsx would wrap them in a __name() the page does not have)
    const ranges = ['kashif-person', 'kashif-org'].flatMap((name) => [
      ...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? []),
    ]);
    const range = ranges[0];
    if (!range) return undefined;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (target) {
    await page.mouse.move(target.x, target.y);
    await page.mouse.move(target.x + 1, target.y);
    await page.waitForTimeout(900);
    const file = path.join(shots, `${id}.png`);
    await page.screenshot({ path: file });
    console.log(`  screenshot with a hover card: ${path.relative(process.cwd(), file)}`);
  }
  console.log('');
  if (!headed) await page.close();
}

if (headed) {
  console.log('The pages stay open: hover a highlighted name to see its card. Press Ctrl+C to quit.');
  await new Promise<void>((resolve) => process.on('SIGINT', () => resolve()));
}
await browser.close();
await site.close();
