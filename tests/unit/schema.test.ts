import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../lib/dictionary/schema';

describe('dictionary schema', () => {
  it('rejects a file of the wrong format', () => {
    expect(Dictionary.safeParse({ format: 'x' }).success).toBe(false);
  });
});
