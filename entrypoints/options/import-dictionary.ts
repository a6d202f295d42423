import type { Dictionary } from '@/lib/dictionary/schema';
import { ask, RefusedError } from '@/lib/messages/client';

/** Says the reply was lost and the stored dictionary shows the import did not commit. */
export class ImportInterrupted extends Error {}

/**
 * Imports a dictionary; resolves with its number of entities once it is stored. When the reply is lost (the
 * service worker was stopped: «the message channel closed»), the stored state decides: an import that committed
 * is reported as done, one that did not as interrupted (nothing changed), never with the channel's raw error.
 */
export async function importDictionary(dictionary: Dictionary, send: typeof ask = ask): Promise<number> {
  const importId = crypto.randomUUID();
  try {
    return (await send('importDictionary', { dictionary, importId })).entities;
  } catch (e) {
    if (e instanceof RefusedError) throw e;
    const status = await send('importStatus', { importId });
    if (status.committed) return status.entities;
    throw new ImportInterrupted(e instanceof Error ? e.message : String(e));
  }
}
