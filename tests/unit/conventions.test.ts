import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Request } from '../../lib/messages/protocol';

const root = path.resolve(import.meta.dirname, '../..');
const requestTypes = Request.options.map((o) => o.shape.type.value);

describe('conventions', () => {
  it('gives every request type a handler in the background service', async () => {
    // the service is typed to have one, but a handler can still be a stub: this reads the object the entrypoint serves
    const { createBackground } = await import('../../lib/background/dictionary-service');
    const { service } = createBackground({ store: {} as never, readBuiltIn: () => Promise.reject(new Error('unused')), tellTabs: () => Promise.resolve(), setBadge: () => Promise.resolve() });
    expect(Object.keys(service).sort()).toEqual([...requestTypes].sort());
    for (const type of requestTypes) expect(typeof service[type], type).toBe('function');
  });

  it('tests every request type in the service\'s tests', () => {
    const tests = fs.readFileSync(path.join(root, 'tests/unit/dictionary-service.test.ts'), 'utf8');
    const untested = requestTypes.filter((type) => !tests.includes(`service.${type}(`));
    expect(untested).toEqual([]);
  });
});
