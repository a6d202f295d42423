import { describe, expect, it } from 'vitest';
import { parseDictionary, validateDictionary } from '../../lib/dictionary/load';

const valid = () => ({
  format: 'kashif-dictionary',
  version: 1,
  builtAt: '2025-01-01T00:00:00.000Z',
  sources: [{ id: 'a', file: 'seeds/a.txt', chars: 10, date: '2024-01-09' }],
  entities: [
    {
      id: 'p-1',
      type: 'person',
      name: 'سيرغي لافروف',
      aliases: ['لافروف'],
      roles: [{ title: 'وزير الخارجية الروسي', country: 'روسيا', source: 'a', date: '2024-01-09' }],
      mentions: [{ source: 'a', count: 3, snippet: '… الوزير لافروف …' }],
      related: [{ id: 'o-1', count: 1 }],
    },
    {
      id: 'o-1',
      type: 'org',
      name: 'وزارة الخارجية الروسية',
      aliases: [],
      roles: [],
      mentions: [{ source: 'a', count: 1, snippet: '' }],
      related: [],
    },
  ],
});

describe('the dictionary format', () => {
  it("keeps a source page's address, http(s) only", () => {
    const d = valid();
    Object.assign(d.sources[0]!, { url: 'https://example.com/news/1' });
    expect(validateDictionary(d, 'd.json').ok).toBe(true);
    Object.assign(d.sources[0]!, { url: 'javascript:alert(1)' });
    expect(validateDictionary(d, 'd.json')).toEqual({
      ok: false,
      error: expect.stringMatching(/^d\.json: sources\[0\]\.url: /u),
    });
  });

  it("keeps what learning from pages records: the state, the sites, the times, and the source page's site", () => {
    const d = valid();
    const learned = {
      state: 'new',
      sites: ['news.example'],
      firstSeen: '2026-12-01T10:00:00.000Z',
      lastSeen: '2026-12-01T10:00:00.000Z',
    };
    Object.assign(d.entities[0]!, { origin: 'learned', learned });
    Object.assign(d.sources[0]!, { site: 'news.example' });
    const r = validateDictionary(d, 'd.json');
    expect(r.ok && r.value.entities[0]!.learned).toEqual(learned);
    expect(r.ok && r.value.sources[0]!.site).toBe('news.example');
    Object.assign(d.entities[0]!, { learned: { ...learned, state: 'maybe' } });
    expect(validateDictionary(d, 'd.json')).toEqual({
      ok: false,
      error: expect.stringMatching(/^d\.json: entities\[0\]\.learned\.state: /u),
    });
    Object.assign(d.entities[0]!, { learned: { ...learned, lastSeen: 'yesterday' } });
    expect(validateDictionary(d, 'd.json')).toEqual({
      ok: false,
      error: expect.stringMatching(/^d\.json: entities\[0\]\.learned\.lastSeen: /u),
    });
  });

  it('accepts a valid dictionary', () => {
    const r = validateDictionary(valid(), 'd.json');
    expect(r.ok).toBe(true);
  });

  it('names the file and the path of the bad field', () => {
    const d = valid();
    (d.entities[0]!.roles[0] as { title: string }).title = '';
    const r = validateDictionary(d, 'd.json');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^d\.json: entities\[0\]\.roles\[0\]\.title: /u) });
  });

  it('rejects a wrong type, a bad date, a missing field, a wrong version', () => {
    const cases: [(d: ReturnType<typeof valid>) => void, RegExp][] = [
      [
        (d) => {
          (d.entities[1] as { type: string }).type = 'city';
        },
        /entities\[1\]\.type/u,
      ],
      [
        (d) => {
          d.entities[0]!.roles[0]!.date = '9 January 2024';
        },
        /entities\[0\]\.roles\[0\]\.date: expected a date as YYYY-MM-DD/u,
      ],
      [
        (d) => {
          delete (d.entities[0] as { aliases?: string[] }).aliases;
        },
        /entities\[0\]\.aliases/u,
      ],
      [
        (d) => {
          (d as { version: number }).version = 2;
        },
        /^d\.json: version/u,
      ],
      [
        (d) => {
          d.entities[0]!.mentions[0]!.count = 0;
        },
        /entities\[0\]\.mentions\[0\]\.count/u,
      ],
    ];
    for (const [spoil, message] of cases) {
      const d = valid();
      spoil(d);
      const r = validateDictionary(d, 'd.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('rejects two entities with one id', () => {
    const d = valid();
    d.entities[1]!.id = 'p-1';
    const r = validateDictionary(d, 'd.json');
    expect(r).toEqual({ ok: false, error: 'd.json: entities[1].id: "p-1" is used by another entity' });
  });

  it('says when the text is not JSON', () => {
    const r = parseDictionary('{"format": "kashif-dictionary",', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^broken\.json: not valid JSON/u);
  });
});
