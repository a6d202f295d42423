import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a head in the dual names two bodies.
const names = (text: string) =>
  tokenize(text)
    .flatMap(findOrganizations)
    .map((o) => o.name);

describe('a head in the dual', () => {
  it('names two bodies by their Latin names', () => {
    expect(names('وأعلنت شركتا Zentro وKalmix سحب الأجهزة.')).toEqual(['Zentro', 'Kalmix']);
  });

  it('names two bodies by their Arabic proper names', () => {
    expect(names('وتنافست شركتي زينترو وكالميكس على العقد.')).toEqual(['زينترو', 'كالميكس']);
  });

  it('names nothing when ordinary words follow', () => {
    expect(names('واتفقت الشركتان على تقاسم الأرباح.')).toEqual([]);
  });
});
