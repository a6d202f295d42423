import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../harness/browser';
import { openSeedArticle } from '../harness/fixtures';
import { shootInterface } from '../harness/interface-shots';

/** This run's screenshots, to look at (ignored by git); the README's are `npm run screenshots`'s, in docs/screenshots. */
const shots = path.join(root, 'test-results/screenshots');

describe.each([
  { lang: 'ar', dir: 'rtl', onThisPage: 'في هذه الصفحة' },
  { lang: 'en', dir: 'ltr', onThisPage: 'On this page' },
])('the interface in $lang', ({ lang, dir, onThisPage }) => {
  it("lays out the popup and the manager in the browser's language (screenshots in test-results/screenshots)", async () => {
    const session = await openSeedArticle({ lang });
    try {
      expect(await shootInterface(session, lang, shots)).toEqual({
        popupDir: dir,
        managerDir: dir,
        pageTitle: onThisPage,
      });
    } finally {
      await session.close();
    }
  }, 120_000);
});
