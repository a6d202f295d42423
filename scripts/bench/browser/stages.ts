/**
 * What each step of reading a page's text costs a content script, one step at a time, each timed inside one task
 * on a freshly loaded generated page (the same pages as main.ts):
 *
 *   floor, main world          the floor of main.ts: a TreeWalker reading every text node, in the page's own world
 *   TreeWalker, isolated       the same pass in Kashif's isolated world: what any content script pays to read the text
 *   collectText                Kashif's walk (lib/page/page-text), the text handed out in pieces as it is
 *   collectText, text code     the same, each piece written in the background's text code, as Kashif sends it
 *   + sending                  the same, then each coded piece sent to the background (runtime.sendMessage's own
 *                              time on the page's thread; the reply comes later and is not counted)
 *
 * The steps run in Kashif's own isolated world with Kashif paused, so that its content script has read nothing and
 * made no DOM wrappers there (a node's wrapper in an isolated world is made at its first use, and that is most of
 * the cost of a first pass). lib/page is bundled for the page with esbuild. main.ts measures the whole of
 * Kashif's work; this tells how much of it a step needs.
 *
 *   npx tsx scripts/bench/browser/stages.ts [--mb 5] [--runs 5]      (needs `npm run build` first)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../../../tests/harness/browser';
import { makeDictionary, makePage } from './data';
import { importDictionary } from './dictionary';
import { median } from '../measure';
import { pageBundle } from './page-bundle';
import { setPaused } from './runs';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '5' }, runs: { type: 'string', default: '5' } },
});
const chars = Number(values.mb) * 1_000_000;
const runs = Number(values.runs);

/** lib/page's walk and text code as one script for the page, under globalThis.kashifStages */
const bundle = await pageBundle(
  `import { PageText } from './lib/page/page-text';
      import { collectText } from './lib/page/text-walk';
      import { TextCodeWriter } from './lib/text-code/encode';
      globalThis.kashifStages = { collectText, PageText, TextCodeWriter };`,
);

/** Each step: an async expression whose value is the step's time in ms (one task: nothing in it yields). */
const TREEWALKER = `(async () => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return performance.now() - t0;
})()`;
const collect = (coded: boolean, send: boolean) => `(async () => {
  const { collectText, PageText, TextCodeWriter } = kashifStages;
  const code = ${coded} ? (await chrome.runtime.sendMessage({ type: 'textCode' })).value : undefined;
  const pieces = [];
  const t0 = performance.now();
  const page = new PageText((piece) => pieces.push(piece), code && new TextCodeWriter(code));
  await collectText(document.body, () => undefined, page);
  page.finish();
  if (${send}) for (const piece of pieces) void chrome.runtime.sendMessage({ type: 'match', ...piece });
  return performance.now() - t0;
})()`;
const STEPS: { name: string; world: 'main' | 'kashif'; expression: string }[] = [
  { name: 'floor, main world', world: 'main', expression: TREEWALKER },
  { name: 'TreeWalker, isolated', world: 'kashif', expression: TREEWALKER },
  { name: 'collectText', world: 'kashif', expression: collect(false, false) },
  { name: 'collectText, text code', world: 'kashif', expression: collect(true, false) },
  { name: '+ sending', world: 'kashif', expression: collect(true, true) },
];

const dictionary = makeDictionary(1_000);
const body = Buffer.from(makePage(chars, dictionary.entities, [], chars === 1_000_000 ? 11 : 55).html);
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page.html`;

const browser = await launchWithExtension();
const popup = await browser.context.newPage();
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await importDictionary(popup, dictionary);
await setPaused(popup, true);

/** Loads the page; the id of the execution context a step runs in (Kashif's: its content script's world). */
async function loaded(world: 'main' | 'kashif'): Promise<{ page: Page; cdp: CDPSession; contextId: number }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForTimeout(500); // the content script has started, asked whether Kashif is on and stopped
  const context =
    world === 'main'
      ? contexts.find((c) => c.auxData?.isDefault && c.origin === new URL(url).origin) // not the blank document's before it
      : contexts.find((c) => c.origin === `chrome-extension://${browser.extensionId}`);
  if (!context) throw new Error(`stages: no ${world} world in ${url}`);
  return { page, cdp, contextId: context.id };
}

const times = new Map<string, number[]>(STEPS.map((s) => [s.name, []]));
for (let k = 0; k < runs; k++) {
  for (const step of STEPS) {
    const { page, cdp, contextId } = await loaded(step.world);
    if (step.world === 'kashif') await cdp.send('Runtime.evaluate', { expression: bundle, contextId });
    const r = (await cdp.send('Runtime.evaluate', {
      expression: step.expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: number }; exceptionDetails?: { exception?: { description?: string } } };
    if (typeof r.result.value !== 'number')
      throw new Error(`stages: ${step.name}: ${r.exceptionDetails?.exception?.description ?? 'no result'}`);
    times.get(step.name)!.push(r.result.value);
    await page.close();
  }
}
await setPaused(popup, false);
await browser.context.close();
server.close();

const floor = median(times.get(STEPS[0]!.name)!);
console.log(`${values.mb} MB page, ${runs} runs, one step per freshly loaded page (ms, median, and ÷ the floor)`);
for (const [name, xs] of times)
  console.log(
    `${name.padEnd(24)} ${median(xs).toFixed(0).padStart(5)} ms  ${(median(xs) / floor).toFixed(1).padStart(4)}×   runs: ${xs.map((x) => x.toFixed(0)).join(' ')}`,
  );
