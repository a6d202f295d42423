import { describe, expect, it } from 'vitest';
import { importDictionary, ImportInterrupted } from '../../entrypoints/options/import-dictionary';
import type { Dictionary } from '../../lib/dictionary/schema';
import { RefusedError, type ask } from '../../lib/messages/client';

const dictionary: Dictionary = {
  format: 'kashif-dictionary',
  version: 1,
  builtAt: '2025-01-01T00:00:00Z',
  sources: [],
  entities: [],
};
const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

/** A background whose import commits (or not) and whose reply is then lost or refused. */
function background(options: { commits: boolean; reply: 'lost' | 'refused' | 'ok' }) {
  let committedId: string | undefined;
  const send = (async (type: string, input: { importId?: string }) => {
    if (type === 'importDictionary') {
      if (options.commits) committedId = input.importId;
      if (options.reply === 'lost') throw new Error(CLOSED);
      if (options.reply === 'refused') throw new RefusedError('kashif: importDictionary: bad request');
      return { entities: 7 };
    }
    return committedId !== undefined && committedId === input.importId
      ? { committed: true, entities: 7 }
      : { committed: false, entities: 0 };
  }) as typeof ask;
  return send;
}

describe("the manager's import", () => {
  it('reports an import that committed as done, though its reply was lost', async () => {
    expect(await importDictionary(dictionary, background({ commits: true, reply: 'lost' }))).toBe(7);
  });

  it("reports an import that did not commit as interrupted, not with the channel's error", async () => {
    await expect(importDictionary(dictionary, background({ commits: false, reply: 'lost' }))).rejects.toBeInstanceOf(
      ImportInterrupted,
    );
  });

  it("passes the background's own refusal on, and a normal reply through", async () => {
    await expect(importDictionary(dictionary, background({ commits: false, reply: 'refused' }))).rejects.toThrow(
      'bad request',
    );
    expect(await importDictionary(dictionary, background({ commits: true, reply: 'ok' }))).toBe(7);
  });
});
