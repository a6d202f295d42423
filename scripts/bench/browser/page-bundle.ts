import { build } from 'esbuild';
import { ROOT } from './data';

/**
 * Bundles a few lines of imports from the project into one script a bench can add to a page (as an IIFE: the
 * page has no module loader). `entry` imports what it needs and hangs it on `globalThis`.
 */
export async function pageBundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]!.text;
}
