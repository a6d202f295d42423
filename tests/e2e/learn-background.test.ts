import { afterAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '../../lib/extract/build';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';

// The built background learns an article as the CLI's build reads it. Its tagger weights are not in background.js
// (read on the first page): a name only the tagger reads whole («شي جين بينغ», not «جين بينغ») shows they were.
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
});

const ARTICLE =
  'واجتمع شي جين بينغ مع فلاديمير بوتين في موسكو. وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة ترفض التصعيد.';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

describe('the background learning from a page', () => {
  it('learns what the CLI reads in the article, and matches the new names as new, also after a worker restart', async () => {
    browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const ask = (message: object) =>
      page
        .evaluate(async (m) => (await chrome.runtime.sendMessage(m)) as Reply, message)
        .then((r) => {
          if (!r.ok) throw new Error(r.error);
          return r.value;
        });
    const learned = (await ask({ type: 'learnPage', url: 'https://a.example/1', title: 'خبر', text: ARTICLE })) as {
      added: number;
    };
    const cli = buildDictionary([{ id: 'a', file: 'a', text: ARTICLE }])
      .entities.map((e) => e.name)
      .sort();
    expect(cli).toContain('شي جين بينغ');
    expect(learned.added).toBe(cli.length);
    const rows = (await ask({ type: 'listEntities' })) as { name: string; origin: string; learnedState?: string }[];
    expect(
      rows
        .filter((r) => r.origin === 'learned')
        .map((r) => r.name)
        .sort(),
    ).toEqual(cli);

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const matched = (await ask({ type: 'match', text: 'صرح شي جين بينغ وغوتيريش' })) as {
      entities: { name: string; learned?: string }[];
    };
    expect(matched.entities.map((e) => [e.name, e.learned])).toEqual([
      ['شي جين بينغ', 'new'],
      ['أنطونيو غوتيريش', undefined],
    ]);
  });
});
