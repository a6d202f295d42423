import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Request } from '../../lib/messages/protocol';

const root = path.resolve(import.meta.dirname, '../..');
const requestTypes = Request.options.map((o) => o.shape.type.value);

/** Every .ts file below a folder of the project, as [path from the root, source]. */
function sources(folder: string): [string, string][] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [path.join(folder, f), fs.readFileSync(path.join(root, folder, f), 'utf8')]);
}

describe('conventions', () => {
  it('gives every request type a handler in the background service', async () => {
    // the service is typed to have one, but a handler can still be a stub: this reads the object the entrypoint serves
    const { createBackground } = await import('../../lib/background/dictionary-service');
    const { service } = createBackground({
      store: {} as never,
      readBuiltIn: () => Promise.reject(new Error('unused')),
      tellTabs: () => Promise.resolve(),
      setBadge: () => Promise.resolve(),
      openManager: () => Promise.resolve(),
    });
    expect(Object.keys(service).sort()).toEqual([...requestTypes].sort());
    for (const type of requestTypes) expect(typeof service[type], type).toBe('function');
  });

  it("tests every request type in the service's tests", () => {
    const tests = fs.readFileSync(path.join(root, 'tests/unit/dictionary-service.test.ts'), 'utf8');
    const untested = requestTypes.filter((type) => !tests.includes(`service.${type}(`));
    expect(untested).toEqual([]);
  });

  // a lib/ folder nobody tests is a concept whose behaviour nothing pins down
  const unitTests = sources('tests/unit').map(([, source]) => source);
  const folders = fs
    .readdirSync(path.join(root, 'lib'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it.each(folders)('lib/%s has unit tests', (folder) => {
    // imported, or named as a path (the CLI's tests run it as a process)
    const usesIt = new RegExp(`['"\`](\\.\\./)*lib/${folder}/`);
    expect(unitTests.some((source) => usesIt.test(source))).toBe(true);
  });

  it('keeps what tests and scripts share in tests/harness: tests import nothing from scripts/', () => {
    const intoScripts = /from '(\.\.\/)+scripts\//;
    expect(
      sources('tests')
        .filter(([, source]) => intoScripts.test(source))
        .map(([file]) => file),
    ).toEqual([]);
  });

  it('lets scripts/ take from tests/ only its harness', () => {
    const intoTests = /from '(\.\.\/)+tests\/(?!harness\/)/;
    expect(
      sources('scripts')
        .filter(([, source]) => intoTests.test(source))
        .map(([file]) => file),
    ).toEqual([]);
  });
});
