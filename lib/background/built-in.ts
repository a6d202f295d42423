import { browser } from 'wxt/browser';
import { validateDictionary } from '../dictionary/load';
import type { Dictionary } from '../dictionary/schema';

/** The dictionary `npm run build` made from seeds/, shipped inside the extension (public/). */
export const BUILT_IN_PATH = '/seed-dictionary.json';

/**
 * The built-in dictionary file, validated before anything is written: a bad or missing file leaves the stored
 * dictionary as it was, and the error is reported, not swallowed. (Reading the extension's own file is not a
 * network request.)
 */
export async function readBuiltInDictionary(): Promise<Dictionary> {
  const response = await fetch(browser.runtime.getURL(BUILT_IN_PATH));
  if (!response.ok) throw new Error(`${BUILT_IN_PATH}: cannot read the built-in dictionary (${response.status})`);
  const parsed = validateDictionary(await response.json(), BUILT_IN_PATH);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** One of the extension's own files, as JSON (the build copies it in: getURL's typing knows only public/). */
export async function readPackagedJson(file: string): Promise<unknown> {
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(`/${file}`));
  if (!response.ok) throw new Error(`/${file}: cannot read it (${response.status})`);
  return response.json();
}
