import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const unitTests = readdirSync(join(root, 'tests/unit')).filter((f) => f.endsWith('.test.ts'));
const testSources = unitTests.map((f) => readFileSync(join(root, 'tests/unit', f), 'utf8'));

describe('conventions', () => {
  // a lib/ folder nobody tests is a concept whose behaviour nothing pins down
  const folders = readdirSync(join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(folders)('lib/%s has unit tests', (folder) => {
    // imported, or named as a path (the CLI's tests run it as a process)
    const usesIt = new RegExp(`['"\`](\\.\\./)*lib/${folder}/`);
    expect(testSources.some((source) => usesIt.test(source))).toBe(true);
  });
});
