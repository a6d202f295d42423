/**
 * Extraction off the manager's UI thread: articles in, a dictionary out, progress along the way. The manager
 * cancels by terminating the worker.
 */
import { buildDictionary, type Article } from '@/lib/extract/build';

export type ExtractRequest = { articles: Article[] };
export type ExtractReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; dictionary: ReturnType<typeof buildDictionary> }
  | { type: 'error'; message: string };

self.onmessage = (e: MessageEvent<ExtractRequest>) => {
  try {
    const dictionary = buildDictionary(e.data.articles, {
      onProgress: (done, total) => postMessage({ type: 'progress', done, total } satisfies ExtractReply),
    });
    postMessage({ type: 'done', dictionary } satisfies ExtractReply);
  } catch (err) {
    postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ExtractReply);
  }
};
