import { browser } from 'wxt/browser';
import { validateDictionary } from '../dictionary/load';
import type { DictionaryStore } from '../db/dictionary-store';

/** The dictionary `npm run build` made from seeds/, shipped inside the extension (public/). */
export const BUILT_IN_PATH = '/seed-dictionary.json';

/**
 * Loads the built-in dictionary into the store. Validated before anything is written, merged in one transaction:
 * a bad or missing file leaves the stored dictionary as it was, and the error is reported, not swallowed.
 */
export async function loadBuiltInDictionary(store: DictionaryStore): Promise<boolean> {
  const response = await fetch(browser.runtime.getURL(BUILT_IN_PATH));
  if (!response.ok) throw new Error(`${BUILT_IN_PATH}: cannot read the built-in dictionary (${response.status})`);
  const parsed = validateDictionary(await response.json(), BUILT_IN_PATH);
  if (!parsed.ok) throw new Error(parsed.error);
  return store.loadBuiltIn(parsed.value);
}
