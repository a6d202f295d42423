import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: channels named by their letters spelled out in Arabic.
const names = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => o.name);

describe('channels named by their letters', () => {
  it('each spelling of the letters is the one channel', () => {
    expect(names('وقال الوزير لشبكة " سي ان ان " إن الحوار مستمر.')).toEqual(['سي إن إن']);
    expect(names('وفي مقابلة مع سي أن أن قال السفير إن الحوار مستمر.')).toEqual(['سي إن إن']);
    expect(names('وبثت قناة بي بي سي المقابلة كاملة.')).toEqual(['بي بي سي']);
  });

  it('the letters one by one in other words are no channel', () => {
    expect(names('وقال إن سي ستكون البداية.')).toEqual([]);
  });
});
