import { afterAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '../../lib/extract/build';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxExtensionBrowser } from '../harness/firefox';

// The Firefox build's background learns an article as the CLI reads it, its tagger weights read on the first page
// (a name only the tagger reads whole shows they were), as in Chromium (learn-background.test.ts).
let ff: FirefoxExtensionBrowser | undefined;
afterAll(async () => {
  await ff?.close();
});

const ARTICLE = 'واجتمع شي جين بينغ مع فلاديمير بوتين في موسكو.';

describe('the Firefox background learning from a page', () => {
  it('learns what the CLI reads in the article, and matches the new names as new', async () => {
    ff = await launchFirefoxWithExtension();
    const page = await openExtensionPage(ff, 'popup.html');
    const ask = async (message: object) => {
      const r = await page.evaluate(
        async (m) =>
          (await (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
          ).browser.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string },
        message,
      );
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const cli = buildDictionary([{ id: 'a', file: 'a', text: ARTICLE }]).entities.map((e) => e.name);
    expect(cli).toContain('شي جين بينغ');
    const learned = (await ask({ type: 'learnPage', url: 'https://a.example/1', title: 'خبر', text: ARTICLE })) as {
      added: number;
    };
    expect(learned.added).toBe(cli.length);
    const matched = (await ask({ type: 'match', text: 'صرح شي جين بينغ' })) as {
      entities: { name: string; learned?: string }[];
    };
    expect(matched.entities).toMatchObject([{ name: 'شي جين بينغ', learned: 'new' }]);
  }, 120_000);
});
