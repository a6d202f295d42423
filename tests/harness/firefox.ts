import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { root } from './browser';
import type { EvaluatingPage } from './highlights';

export const firefoxExtensionPath = path.join(root, '.output/firefox-mv2');
/** The add-on's id in the manifest (wxt.config.ts) */
const ADDON_ID = 'kashif@kashif.local';
/** Fixed so that the tests know the extension's pages' address: moz-extension://<uuid>/popup.html */
const EXTENSION_UUID = '6b617368-6966-4000-8000-746573747331';

/** Debian's firefox-esr (CI installs it); KASHIF_FIREFOX overrides. */
export function firefoxPath(): string {
  const candidates = [process.env.KASHIF_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      `no Firefox found (tried ${candidates.join(', ')}): install Debian's firefox-esr (apt-get install -y firefox-esr)`,
    );
  return found;
}

/**
 * A proxy that answers nothing and writes down every request sent to it. Firefox sends it all its traffic except
 * to localhost (the test server), so what it records is every request that would have left the machine: the
 * extension's, its background page's and Firefox's own.
 */
export interface NetworkTrap {
  port: number;
  requests: string[];
  close(): Promise<void>;
}

async function networkTrap(): Promise<NetworkTrap> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** every request that tried to leave the machine */
  trap: NetworkTrap;
  /** moz-extension://<uuid> */
  origin: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * the browser's interface language (its own, as a reader who installed Firefox in that language has it): needs
   * Debian's language pack for it, firefox-esr-l10n-<lang>; the pages are asked for it first too
   */
  lang?: string;
}

/**
 * Firefox ESR over WebDriver BiDi, headless, with a fresh temporary profile (Puppeteer's, removed on close) and
 * the Firefox build installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  if (!fs.existsSync(path.join(firefoxExtensionPath, 'manifest.json')))
    throw new Error(`${firefoxExtensionPath}: not built; run npm run build:firefox first`);
  const trap = await networkTrap();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages (the popup, the manager) without system access
    args: ['--remote-allow-system-access'],
    // release builds ignore a changed remote-settings server unless this is set: without it Firefox keeps
    // fetching its settings from Mozilla's servers
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.share_proxy_settings': true,
      ...(options.lang ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang } : {}),
    },
  });
  try {
    const id = await browser.installExtension(firefoxExtensionPath);
    if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser.close();
    await trap.close();
    throw e;
  }
  const ff: FirefoxExtensionBrowser = {
    browser,
    trap,
    origin: `moz-extension://${EXTENSION_UUID}`,
    close: async () => {
      await browser.close();
      await trap.close();
    },
  };
  if (options.lang) await expectInterfaceLanguage(ff, options.lang);
  return ff;
}

/**
 * Firefox without the language pack runs in English whatever it is asked for: fail clearly rather than test
 * Arabic in an English browser.
 */
async function expectInterfaceLanguage(ff: FirefoxExtensionBrowser, lang: string): Promise<void> {
  const page = await openExtensionPage(ff, 'popup.html');
  const ui = await page.evaluate(() => (globalThis as unknown as BrowserGlobal).browser.i18n.getUILanguage());
  await page.close();
  if (ui.toLowerCase().split('-')[0] === lang.toLowerCase().split('-')[0]) return;
  await ff.close();
  throw new Error(
    `Firefox runs in ${ui}, not ${lang}: install its language pack (apt-get install -y firefox-esr-l10n-${lang})`,
  );
}
/** The WebExtension API an extension page has in Firefox. */
type BrowserGlobal = { browser: { i18n: { getUILanguage(): string } } };

/**
 * Opens one of the extension's pages in a tab. Firefox loads it, but Puppeteer never sees the navigation end
 * (the tab moves to the extension's process), so wait for the document instead.
 */
export async function openExtensionPage(ff: FirefoxExtensionBrowser, file: string, timeoutMs = 15_000): Promise<Page> {
  const page = await ff.browser.newPage();
  const url = `${ff.origin}/${file}`;
  void page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The text of the hover card, which lives in a closed shadow root: WebDriver BiDi serializes an element's shadow
 * root whatever its mode, and Puppeteer can hand that node back to the page as an argument.
 */
export async function cardText(page: Page): Promise<string> {
  const host = await page.$('kashif-card');
  if (!host) return '';
  // Puppeteer's BiDi element handle; its remote value and `from` are internal, stable within the pinned version
  type Handle = {
    remoteValue(): { value?: { shadowRoot?: unknown } };
    realm: unknown;
    constructor: { from(v: unknown, realm: unknown): unknown };
  };
  const handle = host as unknown as Handle;
  const shadow = handle.remoteValue().value?.shadowRoot;
  if (!shadow) throw new Error('kashif-card has no shadow root');
  const root = handle.constructor.from(shadow, handle.realm);
  return page.evaluate((r) => {
    const texts: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) texts.push(n.nodeValue ?? '');
      else if (n.nodeName.toLowerCase() !== 'style') n.childNodes.forEach(walk);
    };
    walk(r as Node);
    return texts.join(' ');
  }, root);
}

/** A Puppeteer page as the highlight helpers (highlights.ts) take it; its evaluate's types are Puppeteer's own. */
export function evaluating(page: Page): EvaluatingPage {
  return { evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) };
}
