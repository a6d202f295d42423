/**
 * The dictionary in the extension's background: imported from an extension page (popup.html in a tab) with
 * runtime.sendMessage, as the options page does, and timed there: the first match request after an import reads
 * the entities, compiles the automaton and stores its tables; the second finds it cached.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Dictionary } from '../../../lib/dictionary/schema';

export interface Ready {
  /** first match request after the change, ms (compile included) */
  first: number;
  /** the same request again, ms (cached automaton) */
  second: number;
  /** the same two after the service worker was stopped (MV3 stops idle workers): tables read back from IndexedDB */
  restartFirst?: number;
  restartSecond?: number;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Replaces the extension's dictionary; returns the time the background took, ms. */
export async function importDictionary(extensionPage: Page, dictionary: Dictionary): Promise<number> {
  const r = await extensionPage.evaluate(async (d) => {
    const t0 = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'importDictionary', dictionary: d })) as Reply;
    return { reply, ms: performance.now() - t0 };
  }, dictionary);
  if (!r.reply.ok) throw new Error(`importDictionary: ${r.reply.error}`);
  return r.ms;
}

export async function dictionaryReady(extensionPage: Page, text: string): Promise<{ first: number; second: number }> {
  const r = await extensionPage.evaluate(async (t) => {
    const times: number[] = [];
    const replies: Reply[] = [];
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      replies.push((await chrome.runtime.sendMessage({ type: 'match', text: t })) as Reply);
      times.push(performance.now() - t0);
    }
    return { times, replies };
  }, text);
  const bad = r.replies.find((x) => !x.ok);
  if (bad && !bad.ok) throw new Error(`match: ${bad.error}`);
  return { first: r.times[0]!, second: r.times[1]! };
}

/** Stops the extension's service worker (as MV3 does when it idles); false when the browser would not. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<boolean> {
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // the worker starts again on the next message
    await new Promise((r) => setTimeout(r, 500));
    return true;
  } catch {
    return false;
  }
}
