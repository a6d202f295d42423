/**
 * What reading a page's article costs the content script (learning as you read, lib/page/learn-from-page): the
 * clone of the document and Readability's parse of it (lib/article's articleFromDocument) are one task that cannot
 * be cut into slices, so the content script reads only pages below a size (LEARN_MAX_ELEMENTS) at which that task
 * stays well under 50 ms. This measures the task against the page's size, in headless Chromium, on:
 *   - the seed articles as the harness news site serves them (a masthead, a menu, the article, a comment box);
 *   - the generated pages of the browser bench (data.ts) of 100 k, 300 k, 1 M and 5 M characters of text;
 *   - the hostile page of 300,000 tiny text nodes;
 *   - real article pages, when a folder of them is given (--pages ../shared/pages).
 *
 *   npx tsx scripts/bench/browser/readability.ts [--runs 5] [--pages <folder of .html>]
 *
 * Each row: the page's elements and text (scripts included), whether the content script reads it (its size limits
 * and Readability's isProbablyReaderable) and what that check costs, then the medians of the clone, the parse, and
 * the two together (one task: measured on every page, read or not), and the article text's length.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../../tests/harness/browser';
import { tinyNodesPage } from '../../../tests/harness/hostile-pages';
import { articlePage } from '../../../tests/harness/news-page';
import { median } from '../measure';
import { pageBundle } from './page-bundle';
import { makeDictionary, makePage, ROOT } from './data';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, pages: { type: 'string' } },
});
const runs = Number(values.runs);

const bundle = await pageBundle(
  `import { isProbablyReaderable } from '@mozilla/readability';
      import { readDocument } from './lib/article/page-article';
      import { smallEnoughToLearn } from './lib/page/learn-from-page';
      globalThis.kashifArticle = { readDocument, learnable: () => smallEnoughToLearn(document.body) && isProbablyReaderable(document) };`,
);

const pages: { label: string; html: string }[] = [];
const seeds = path.join(ROOT, 'seeds');
for (const f of fs
  .readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort())
  pages.push({ label: `seed ${f.slice(0, 3)}`, html: articlePage(f, fs.readFileSync(path.join(seeds, f), 'utf8')) });
if (values.pages)
  for (const f of fs
    .readdirSync(values.pages)
    .filter((f) => /\.html?$/u.test(f))
    .sort())
    pages.push({ label: f, html: fs.readFileSync(path.join(values.pages, f), 'utf8') });
const dictionary = makeDictionary(1_000);
for (const [label, chars, seed] of [
  ['generated 100 k', 100_000, 1],
  ['generated 300 k', 300_000, 3],
  ['generated 1 M', 1_000_000, 11],
  ['generated 5 M', 5_000_000, 55],
] as const)
  pages.push({ label, html: makePage(chars, dictionary.entities, [], seed).html });
pages.push({ label: '300,000 tiny text nodes', html: tinyNodesPage(300_000) });

const server = http.createServer((req, res) => {
  const k = Number(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  const page = pages[k];
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  const body = Buffer.from(page.html);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
const rows: string[] = [];
for (const [k, { label }] of pages.entries()) {
  const page = await browser.newPage();
  // a real page's images, fonts and scripts elsewhere: refused (nothing leaves the machine), so that it loads
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  // the DOM, not the load event: a real page's refused resources can hold its load event back for minutes
  await page.goto(`${origin}/${k}`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.waitForTimeout(500);
  await page.evaluate(bundle);
  type Run = { gate: number; learns: boolean; clone: number; parse: number; elements: number; pageChars: number };
  const times: (Run & { chars: number })[] = [];
  for (let r = 0; r < runs; r++)
    times.push(
      await page.evaluate(() => {
        const { readDocument, learnable } = (
          globalThis as unknown as {
            kashifArticle: { readDocument(d: Document): { text: string }; learnable(): boolean };
          }
        ).kashifArticle;
        const t0 = performance.now();
        const learns = learnable();
        const t1 = performance.now();
        const copy = document.cloneNode(true) as Document;
        const t2 = performance.now();
        const { text } = readDocument(copy);
        const t3 = performance.now();
        const elements = document.getElementsByTagName('*').length;
        const pageChars = document.body.textContent.length;
        return { gate: t1 - t0, learns, clone: t2 - t1, parse: t3 - t2, elements, pageChars, chars: text.length };
      }),
    );
  await page.close();
  const m = (key: 'gate' | 'clone' | 'parse') => median(times.map((t) => t[key]));
  const task = median(times.map((t) => t.clone + t.parse));
  const t = times[0]!;
  const row = `| ${label} | ${t.elements} | ${t.pageChars} | ${t.learns ? 'yes' : 'no'} | ${m('gate').toFixed(1)} ms | ${m('clone').toFixed(1)} ms | ${m('parse').toFixed(1)} ms | ${task.toFixed(1)} ms | ${t.chars} |`;
  process.stderr.write(`${row}\n`);
  rows.push(row);
}
await browser.close();
server.close();
process.stdout.write(`
Reading the article (clone + Readability), medians of ${runs} runs
| page | elements | text chars | read? | the check | clone | Readability | one task | article chars |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
