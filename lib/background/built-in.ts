import { browser } from 'wxt/browser';
import { validateDictionary } from '../dictionary/load';
import type { Dictionary } from '../dictionary/schema';
import type { DictionaryStore } from '../db/dictionary-store';

/** The dictionary `npm run build` made from seeds/, shipped inside the extension (public/). */
export const BUILT_IN_PATH = '/seed-dictionary.json';

/**
 * Loads the built-in dictionary into the store. Validated before anything is written, merged in one transaction:
 * a bad or missing file leaves the stored dictionary as it was, and the error is reported, not swallowed.
 */
export async function loadBuiltInDictionary(store: DictionaryStore): Promise<boolean> {
  return store.loadBuiltIn(await readBuiltInDictionary());
}

/** The built-in dictionary file, validated. (Reading the extension's own file is not a network request.) */
export async function readBuiltInDictionary(): Promise<Dictionary> {
  const response = await fetch(browser.runtime.getURL(BUILT_IN_PATH));
  if (!response.ok) throw new Error(`${BUILT_IN_PATH}: cannot read the built-in dictionary (${response.status})`);
  const parsed = validateDictionary(await response.json(), BUILT_IN_PATH);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
