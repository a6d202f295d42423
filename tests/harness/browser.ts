import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const root = path.resolve(import.meta.dirname, '../..');
export const extensionPath = path.join(root, '.output/chrome-mv3');

/** Debian's Chromium (CI installs it); KASHIF_CHROMIUM overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.KASHIF_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      `no Chromium found (tried ${candidates.join(', ')}): install Debian's chromium (apt-get install -y chromium)`,
    );
  return found;
}

/**
 * Debian's chromium package has only the en-US interface: without chromium-l10n it falls back to English whatever
 * LANGUAGE says. Fail clearly rather than test Arabic in an English browser.
 */
async function expectInterfaceLanguage(worker: Worker, lang: string, close: () => Promise<void>): Promise<void> {
  const ui = await worker.evaluate(() => chrome.i18n.getUILanguage());
  if (ui.toLowerCase().split('-')[0] === lang.toLowerCase().split('-')[0]) return;
  await close();
  throw new Error(
    `Chromium runs in ${ui}, not ${lang}: install its interface languages (apt-get install -y chromium-l10n)`,
  );
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headed?: boolean;
  /** the browser's interface language (its own, not an emulation): needs Chromium's locale files, chromium-l10n */
  lang?: string;
  /** the unpacked extension to load (the build by default); its path gives the extension its id */
  extension?: string;
  /** an existing profile to reopen (kept on close); a fresh one, removed on close, by default */
  profile?: string;
}

/** A Chromium profile with the built extension loaded, headless unless `headed`. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = options.extension ?? extensionPath;
  if (!fs.existsSync(path.join(extension, 'manifest.json')))
    throw new Error(`${extension}: not built; run npm run build first`);
  const profile = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-sandbox',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    // On Linux, Chromium takes its interface language from LANGUAGE (--lang alone changes the extension's words but
    // not chrome.i18n.getUILanguage). No Playwright `locale`: that emulation is set on each page after it opens, and
    // a popup window the extension opens itself could run its script first, in the browser's real (English) locale.
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
    viewport: { width: 1100, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (options.lang) await expectInterfaceLanguage(worker, options.lang, () => context.close());
  // the built-in dictionary is loaded at install: wait until the background has it
  await worker.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const dbs = await indexedDB.databases();
      if (dbs.some((d) => d.name === 'kashif')) {
        const count = await new Promise<number>((resolve) => {
          const open = indexedDB.open('kashif');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('meta')) {
              db.close();
              resolve(0);
              return;
            }
            const req = db.transaction('meta').objectStore('meta').get('dictionary');
            req.onsuccess = () => {
              db.close();
              resolve((req.result as { builtInBuiltAt?: string } | undefined)?.builtInBuiltAt ? 1 : 0);
            };
            req.onerror = () => {
              db.close();
              resolve(0);
            };
          };
          open.onerror = () => resolve(0);
        });
        if (count) return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the built-in dictionary was not loaded within 10 s');
  });
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
