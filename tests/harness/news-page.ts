/**
 * Seed articles as realistic news pages, for the demo and the browser tests: a site header and navigation, the
 * article (one <p> per line of the text file, so that the article element's textContent is the file's text
 * exactly), a name now and then inside <strong> or <a>, a comment box, and a few scripts.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Puts the second word of a paragraph in <strong> and the fourth in <a>: page text stays the same, names get split by markup. */
function withInlineMarkup(line: string): string {
  const words = line.split(/( +)/u);
  return words
    .map((w, k) =>
      k === 2 && w.trim()
        ? `<strong>${escapeHtml(w)}</strong>`
        : k === 6 && w.trim()
          ? `<a href="#">${escapeHtml(w)}</a>`
          : escapeHtml(w),
    )
    .join('');
}

export function articlePage(id: string, text: string, siteName = 'أخبار الدبلوماسية'): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  // the first line long enough to be a headline (some articles open with a section name)
  const title = lines.find((l) => l.trim().split(/\s+/u).length >= 4) ?? lines.find((l) => l.trim()) ?? id;
  const body = lines.map((l) => `<p>${withInlineMarkup(l)}</p>`).join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title.slice(0, 80))}</title>
<style>
  body { font: 18px/1.8 "Noto Naskh Arabic", "DejaVu Sans", serif; margin: 0; background: #fafafa; color: #222; }
  header { background: #14324a; color: #fff; padding: 12px 24px; }
  header nav a { color: #cfe3f5; margin-inline-end: 16px; text-decoration: none; }
  main { max-width: 760px; margin: 24px auto; padding: 0 16px; }
  article { background: #fff; padding: 16px 24px; border-radius: 6px; }
  aside { margin-top: 24px; }
  textarea { width: 100%; height: 80px; }
</style>
<script>window.analytics = { page: ${JSON.stringify(id)} };</script>
</head>
<body>
<header><strong>${escapeHtml(siteName)}</strong><nav><a href="/">الرئيسية</a><a href="/">سياسة</a><a href="/">اقتصاد</a><a href="/">رأي</a></nav></header>
<main>
<article id="article" data-id="${escapeHtml(id)}">
${body}
</article>
<aside>
<label for="comment">أضف تعليقك</label>
<textarea id="comment"></textarea>
</aside>
</main>
<script>document.documentElement.dataset.loaded = "yes";</script>
</body>
</html>
`;
}

export function indexPage(ids: string[]): string {
  const items = ids
    .map((id) => `<li><a href="/article/${encodeURIComponent(id)}">${escapeHtml(id)}</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار</title></head><body><h1>آخر الأخبار</h1><ul>${items}</ul></body></html>`;
}
