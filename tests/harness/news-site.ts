import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { articlePage, indexPage } from './news-page';

export interface NewsSite {
  origin: string;
  ids: string[];
  /** the text of each article, as the page shows it */
  texts: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Serves the .txt articles of a folder as news pages on localhost: /article/<id>. Extra pages (for tests) can be
 * given as path → HTML.
 */
export async function serveNewsSite(folder: string, extraPages: Record<string, string> = {}): Promise<NewsSite> {
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map(
    files.map((f) => [
      path.basename(f, '.txt'),
      fs.readFileSync(path.join(folder, f), 'utf8').replace(/\r\n?/gu, '\n'),
    ]),
  );
  const ids = [...texts.keys()];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const id = decodeURIComponent(url.pathname.replace(/^\/article\//u, ''));
    const html =
      extraPages[url.pathname] ??
      (url.pathname === '/' ? indexPage(ids) : texts.has(id) ? articlePage(id, texts.get(id)!) : undefined);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // a length, not chunks: the benchmarks' large pages load as a real site sends them
    const body = Buffer.from(html);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    ids,
    texts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
