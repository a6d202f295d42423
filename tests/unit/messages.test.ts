import { describe, expect, it } from 'vitest';
import { parseToContent } from '../../lib/messages/content';
import { EXTENSION_PAGES_ONLY, Request, type RequestType } from '../../lib/messages/protocol';
import { admit, type MessageSender } from '../../lib/messages/server';

const self = { id: 'kashifid', origin: 'chrome-extension://kashifid' };
const popup: MessageSender = { id: 'kashifid', url: 'chrome-extension://kashifid/popup.html' };
// the manager open in a tab: a tab, but the extension's own page
const managerTab: MessageSender = {
  id: 'kashifid',
  url: 'chrome-extension://kashifid/options.html#add=person',
  tab: { id: 4 },
};
// a content script: this extension's id, but the page's url and tab
const contentScript: MessageSender = {
  id: 'kashifid',
  url: 'https://news.example/article',
  tab: { id: 4 },
  frameId: 0,
};
const lookalike: MessageSender = {
  id: 'kashifid',
  url: 'chrome-extension://kashifid.example/options.html',
  tab: { id: 4 },
};

const entity = { id: 'p-x', type: 'person', name: 'اسم', aliases: [], roles: [], mentions: [], related: [] };
const dictionary = {
  format: 'kashif-dictionary',
  version: 1,
  builtAt: '2025-01-01T00:00:00Z',
  sources: [],
  entities: [entity],
};
/** one valid message of each request type that changes or reveals the whole dictionary */
const destructive: Record<string, object> = {
  saveEntities: { entities: [entity] },
  deleteEntities: { ids: ['p-x'] },
  mergeEntities: { into: 'p-x', from: ['p-y'] },
  addReviewed: { entities: [entity] },
  importDictionary: { dictionary, importId: 'i-1' },
  exportDictionary: {},
  resetDictionary: {},
  pruneLearned: { states: ['new'] },
  restoreLearned: { id: 'p-x' },
};

describe('requests to the background', () => {
  it("accepts the requests that change or reveal the dictionary only from the extension's own pages", () => {
    expect([...EXTENSION_PAGES_ONLY].sort()).toEqual(Object.keys(destructive).sort());
    for (const [type, fields] of Object.entries(destructive)) {
      const message = { type, ...fields };
      expect(admit(message, popup, self), type).toEqual({ request: Request.parse(message) });
      expect(admit(message, managerTab, self), type).toHaveProperty('request');
      expect(admit(message, contentScript, self), type).toEqual({
        refused: `refused: ${type} is accepted only from the extension's own pages`,
      });
      expect(admit(message, lookalike, self), type).toHaveProperty('refused');
      expect(admit(message, { id: 'kashifid' }, self), type).toHaveProperty('refused');
    }
  });

  it('accepts what a content script needs from it', () => {
    const asks: { type: RequestType }[] = [
      { type: 'match', text: 'نص' } as { type: 'match' },
      { type: 'card', id: 'p-x' } as { type: 'card' },
      { type: 'textCode' },
      { type: 'learnPage', url: 'https://news.example/article', title: 'خبر', text: 'نص' } as { type: 'learnPage' },
      { type: 'keepLearned', id: 'p-x' } as { type: 'keepLearned' },
      { type: 'rejectLearned', id: 'p-x' } as { type: 'rejectLearned' },
      { type: 'openInManager', id: 'p-x' } as { type: 'openInManager' },
      { type: 'setLearning', host: 'news.example', enabled: false } as { type: 'setLearning' },
    ];
    for (const m of asks) expect(admit(m, contentScript, self)).toHaveProperty('request');
  });

  it('refuses an article body longer than the limit', () => {
    const long = { type: 'learnPage', url: 'https://news.example/a', title: '', text: 'ن'.repeat(1_000_001) };
    expect(admit(long, contentScript, self)).toEqual({
      refused: expect.stringContaining('bad request: text') as string,
    });
  });

  it('refuses messages of other extensions and malformed ones, naming the bad field', () => {
    expect(admit({ type: 'stats' }, { ...popup, id: 'other' }, self)).toEqual({
      refused: 'refused: not from this extension',
    });
    expect(admit({ type: 'search', query: 'x' }, popup, self)).toEqual({
      refused: expect.stringContaining('bad request: limit') as string,
    });
    expect(admit({ type: 'drop tables' }, popup, self)).toHaveProperty('refused');
  });
});

describe('messages to content scripts', () => {
  it('takes valid messages of this extension', () => {
    expect(parseToContent({ type: 'reveal', id: 'p-x', index: 2 }, 'kashifid', 'kashifid')).toEqual({
      type: 'reveal',
      id: 'p-x',
      index: 2,
    });
    expect(parseToContent({ type: 'dictionaryChanged', revision: 3 }, 'kashifid', 'kashifid')).toEqual({
      type: 'dictionaryChanged',
      revision: 3,
    });
    expect(parseToContent({ type: 'settingsChanged' }, 'kashifid', 'kashifid')).toEqual({ type: 'settingsChanged' });
  });

  it('ignores malformed messages and other senders', () => {
    expect(parseToContent({ type: 'reveal', id: 'p-x', index: '2' }, 'kashifid', 'kashifid')).toBeUndefined();
    expect(parseToContent({ type: 'dictionaryChanged' }, 'kashifid', 'kashifid')).toBeUndefined();
    expect(parseToContent({ type: 'pageText' }, 'other', 'kashifid')).toBeUndefined();
    expect(parseToContent('pageText', 'kashifid', 'kashifid')).toBeUndefined();
  });
});
