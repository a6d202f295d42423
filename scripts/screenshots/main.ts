/**
 * `npm run screenshots`: the README's screenshots (docs/screenshots), in Arabic and English. The manager shows the
 * built-in dictionary's build date, so the build is copied with a fixed date: the pictures change only when the
 * interface does, not each day. `npm test` takes the same pictures into test-results/screenshots instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionPath, root } from '../../tests/harness/browser';
import { openSeedArticle } from '../../tests/harness/fixtures';
import { shootInterface } from '../../tests/harness/interface-shots';
import { learningPages, TALKS_ARTICLE } from '../../tests/harness/learning-pages';
import { pageLearned, shootLearnedCard, shootLearnedManager } from '../../tests/harness/learning-shots';

const BUILT_AT = '2026-01-01T00:00:00.000Z';
const shots = path.join(root, 'docs/screenshots');

const extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-screenshots-'));
try {
  fs.cpSync(extensionPath, extensionDir, { recursive: true });
  const dictionaryFile = path.join(extensionDir, 'seed-dictionary.json');
  const dictionary = JSON.parse(fs.readFileSync(dictionaryFile, 'utf8')) as { builtAt: string };
  fs.writeFileSync(dictionaryFile, JSON.stringify({ ...dictionary, builtAt: BUILT_AT }));
  for (const lang of ['ar', 'en'] as const) {
    // learning on, as a reader finds it: the seed article is read (and its page recorded) before any picture
    const session = await openSeedArticle({
      lang,
      extension: extensionDir,
      extraPages: learningPages(TALKS_ARTICLE),
      learning: true,
    });
    try {
      await pageLearned(session);
      const layout = await shootInterface(session, lang, shots);
      console.log(`${lang}: popup ${layout.popupDir}, manager ${layout.managerDir}`);
      console.log(`${lang}: ${path.relative(root, await shootLearnedCard(session, lang, shots, BUILT_AT))}`);
      console.log(`${lang}: ${path.relative(root, await shootLearnedManager(session, lang, shots))}`);
    } finally {
      await session.close();
    }
  }
  console.log(`screenshots in ${path.relative(process.cwd(), shots) || '.'}`);
} finally {
  fs.rmSync(extensionDir, { recursive: true, force: true });
}
