import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useWeights } from '../../lib/extract/model/tagger';
import { lazyTaggerWeights, TAGGER_WEIGHTS_FILE } from '../../lib/learn/tagger-weights';
import { COMMITTED_WEIGHTS } from '../../lib/learn/tagger-weights-file';

const committed = () =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../..', COMMITTED_WEIGHTS), 'utf8')) as unknown;

afterEach(() => useWeights(undefined));

describe("the background's tagger weights", () => {
  it('are read once, on the first page', async () => {
    let reads = 0;
    const prepare = lazyTaggerWeights(() => {
      reads++;
      return Promise.resolve(committed());
    });
    expect(reads).toBe(0);
    await Promise.all([prepare(), prepare()]);
    await prepare();
    expect(reads).toBe(1);
  });

  it('refuse a file that is not the weights, and are read again on the next page after a failure', async () => {
    const answers: (() => Promise<unknown>)[] = [
      () => Promise.reject(new Error('gone')),
      () => Promise.resolve({ not: 'weights' }),
      () => Promise.resolve(committed()),
    ];
    const prepare = lazyTaggerWeights(() => answers.shift()!());
    await expect(prepare()).rejects.toThrow('gone');
    await expect(prepare()).rejects.toThrow(`${TAGGER_WEIGHTS_FILE}: not the tagger's weights`);
    await expect(prepare()).resolves.toBeUndefined();
    expect(answers).toEqual([]);
  });
});
