import type { ReviewItem } from '@/lib/dictionary/review';
import type { Entity } from '@/lib/dictionary/schema';
import { articleFromText } from '@/lib/extract/article-file';
import type { Article } from '@/lib/extract/build';
import { decodeText } from '@/lib/encoding/decode';
import { bdi, button, el } from '@/lib/ui/dom';
import { t } from '@/lib/ui/i18n';
import type { ExtractReply } from './extract-worker';
import ExtractWorker from './extract-worker?worker';

/**
 * A file's text, decoded as the CLI decodes it (lib/encoding/decode.ts). The import is all or nothing and has no
 * place for a warning, so a file with invalid UTF-8 bytes is refused with the CLI's warning as the reason.
 */
export async function readArticleText(file: File): Promise<string> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) throw new Error(decoded.error);
  if (decoded.value.warnings.length)
    throw new Error(`${decoded.value.warnings.join('; ')}; fix or convert the file and import it again`);
  return decoded.value.text;
}

export async function articlesFromFiles(files: File[]): Promise<Article[]> {
  const articles: Article[] = [];
  const used = new Map<string, number>();
  for (const file of files) {
    const base = file.name.replace(/\.[^.]+$/u, '');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const article = articleFromText(file.name, n === 1 ? base : `${base}-${n}`, await readArticleText(file));
    if (!article) throw new Error(`${file.name}: the page has no article text`);
    articles.push(article);
  }
  return articles;
}

/**
 * Runs the extraction in a worker, showing progress in `box` with a Stop button; resolves with the entities found,
 * or undefined when the reader stopped it.
 */
export function extractInWorker(articles: Article[], box: HTMLElement): Promise<Entity[] | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new ExtractWorker();
    const bar = el('progress', { max: String(articles.length), value: '0' });
    const stop = button(t('cancelImport'), () => {
      worker.terminate();
      box.replaceChildren();
      resolve(undefined);
    });
    box.replaceChildren(el('p', { text: `${t('importCorpus')}: ${articles.length}` }), bar, stop);
    worker.onmessage = (e: MessageEvent<ExtractReply>) => {
      if (e.data.type === 'progress') bar.value = e.data.done;
      else {
        worker.terminate();
        if (e.data.type === 'done') resolve(e.data.dictionary.entities);
        else reject(new Error(e.data.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ articles });
  });
}

/** The review list: everything checked; the reader unchecks what is wrong and accepts. Nothing is written before. */
export function reviewList(
  items: ReviewItem[],
  accept: (entities: Entity[]) => Promise<void>,
  cancel: () => void,
): HTMLElement {
  const boxes = items.map((item, k) => {
    const box = el('input', { type: 'checkbox', id: `review-${k}` });
    box.checked = true;
    return box;
  });
  const list = el(
    'ul',
    { class: 'review' },
    ...items.map((item, k) =>
      el(
        'li',
        {},
        boxes[k]!,
        el(
          'label',
          { for: `review-${k}` },
          el('span', { class: `badge ${item.entity.type}`, text: t(item.entity.type) }),
          ' ',
          bdi(item.entity.name),
          ' ',
          el('span', { class: 'muted', text: item.known ? t('knownEntity') : t('newEntity') }),
          item.newRoles.length
            ? el('span', { class: 'facts', text: ` — ${item.newRoles.map((r) => r.title).join('، ')}` })
            : '',
          item.newAliases.length ? el('span', { class: 'facts', text: ` (${item.newAliases.join('، ')})` }) : '',
        ),
      ),
    ),
  );
  const status = el('p', { role: 'status' });
  return el(
    'section',
    { class: 'review-box' },
    el('h2', { text: `${t('review')} (${items.length})` }),
    items.length ? list : el('p', { class: 'muted', text: t('noResults') }),
    status,
    el(
      'div',
      { class: 'buttons' },
      button(
        t('accept'),
        () => {
          const chosen = items.filter((_, k) => boxes[k]!.checked).map((i) => i.entity);
          if (chosen.length)
            void accept(chosen).catch((e: unknown) => {
              status.textContent = String(e);
            });
        },
        { id: 'accept-review' },
      ),
      button(t('cancel'), cancel),
    ),
  );
}
