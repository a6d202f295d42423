// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Responses } from '../../lib/messages/protocol';
import {
  LEARN_MAX_ELEMENTS,
  LEARN_MAX_TEXT_CHARS,
  MAX_READS_PER_ADDRESS,
  PageLearner,
  SETTLE_MAX_MS,
  SETTLE_MS,
  smallEnoughToLearn,
  type LearnPage,
} from '../../lib/page/learn-from-page';

/** A made-up article: a headline, three long paragraphs naming an official, and a "most read" box naming another. */
const PARAGRAPH =
  'قال وزير الخارجية سليم البرقاوي في مؤتمر صحفي إن المفاوضات مع الوفد الزائر ستستأنف الأسبوع المقبل، وإن الطرفين اتفقا على تشكيل لجنة مشتركة تتابع تنفيذ ما اتفق عليه في الجولة السابقة من المحادثات.';
const ARTICLE = `<header><nav><a href="/">الرئيسية</a></nav></header>
<main><article><h1>البرقاوي: المفاوضات تستأنف الأسبوع المقبل</h1>
${[1, 2, 3].map((k) => `<p>${PARAGRAPH} (${k})</p>`).join('\n')}
</article>
<aside><h2>الأكثر قراءة</h2><ul><li><a href="/x">نادر الفاخوري يفتتح معرضًا</a></li></ul></aside></main>`;

function page(body: string, title = 'البرقاوي: المفاوضات تستأنف') {
  document.documentElement.lang = 'ar';
  document.title = title;
  document.body.innerHTML = body;
}

const reply: Responses['learnPage'] = { added: 1, confirmed: 0, revision: 7 };

/** Runs the idle callbacks the learner asked for, as the browser would once idle. */
function idleNow() {
  const calls = vi.mocked(requestIdleCallback).mock.calls;
  const pending = [...calls];
  calls.length = 0;
  for (const [callback] of pending) callback({ didTimeout: false, timeRemaining: () => 50 });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the size a page may have to be read for learning', () => {
  it('reads an article page, and refuses one past either limit', () => {
    page(ARTICLE);
    expect(smallEnoughToLearn(document.body)).toBe(true);
    page(`<p>${'ك'.repeat(LEARN_MAX_TEXT_CHARS + 1)}</p>`);
    expect(smallEnoughToLearn(document.body)).toBe(false);
    page('<span>ا</span>'.repeat(LEARN_MAX_ELEMENTS + 1));
    expect(smallEnoughToLearn(document.body)).toBe(false);
  });

  it('does not count the text of scripts and styles', () => {
    page(`${ARTICLE}<script>var analytics = "${'x'.repeat(LEARN_MAX_TEXT_CHARS + 1)}";</script>`);
    expect(smallEnoughToLearn(document.body)).toBe(true);
  });
});

describe('learning from the page the reader reads', () => {
  function learner() {
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 1),
    );
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const learn = vi.fn<LearnPage>(() => Promise.resolve(reply));
    const learned = vi.fn();
    const l = new PageLearner(learn, learned);
    l.enabled = true;
    return { l, learn, learned };
  }

  it('sends the article body in idle time, with its title and language, and hands back the reply', async () => {
    page(ARTICLE);
    const { l, learn, learned } = learner();
    l.schedule();
    expect(learn).not.toHaveBeenCalled();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(1);
    const sent = learn.mock.calls[0]![0];
    expect(sent.text).toContain('سليم البرقاوي');
    // the "most read" box is furniture, not the article
    expect(sent.text).not.toContain('الفاخوري');
    expect(sent.title).toContain('البرقاوي');
    expect(sent.lang).toBe('ar');
    expect(sent.url).toBe(location.href);
    await vi.waitFor(() => expect(learned).toHaveBeenCalledWith(reply));
  });

  it('reads each address once per load', () => {
    page(ARTICLE);
    const { l, learn } = learner();
    l.schedule();
    idleNow();
    l.schedule();
    idleNow();
    l.pageChanged();
    vi.runAllTimers();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(1);
  });
  it('learns nothing when learning is off, and stops a read that waits when it is turned off', () => {
    page(ARTICLE);
    const { l, learn } = learner();
    l.enabled = false;
    l.schedule();
    expect(requestIdleCallback).not.toHaveBeenCalled();
    l.enabled = true;
    l.schedule();
    l.enabled = false;
    idleNow();
    expect(learn).not.toHaveBeenCalled();
  });

  it('skips pages that are not articles: a front page read whole would give its furniture names', () => {
    const { l, learn } = learner();
    page('<h2>آخر الأخبار</h2><p>سليم البرقاوي يلتقي وفدًا زائرًا</p><p>نادر الفاخوري يفتتح معرضًا</p>');
    l.schedule();
    idleNow();
    expect(learn).not.toHaveBeenCalled();
  });

  it('skips pages too large to read in one short task', () => {
    const { l, learn } = learner();
    page(`<article>${`<p>${PARAGRAPH}</p>`.repeat(Math.ceil(LEARN_MAX_TEXT_CHARS / PARAGRAPH.length) + 1)}</article>`);
    l.schedule();
    idleNow();
    expect(learn).not.toHaveBeenCalled();
  });
});

/** Another made-up article, as a single-page site swaps it in: another official, the same furniture. */
const SECOND =
  'أعلنت وزيرة الثقافة ليلى الخطيب افتتاح مهرجان المسرح العربي بمشاركة عشرين فرقة من اثني عشر بلدًا، وقالت إن المهرجان يعود هذا العام بعد غياب طويل وببرنامج أوسع من أي دورة سابقة.';
function swapArticle(headline: string, paragraph: string) {
  document.querySelector('article')!.innerHTML =
    `<h1>${headline}</h1>` + [1, 2, 3].map((k) => `<p>${paragraph} (${k})</p>`).join('');
}

describe('learning the article a single-page site swaps in', () => {
  function learner() {
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 1),
    );
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const learn = vi.fn<LearnPage>(() => Promise.resolve(reply));
    const l = new PageLearner(learn, () => undefined);
    l.enabled = true;
    page(ARTICLE);
    l.schedule();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(1);
    return { l, learn };
  }
  /** The page's batches of changes, as the content script reports them. */
  function batchesFor(l: PageLearner, ms: number, every = 200) {
    for (let t = 0; t < ms; t += every) {
      l.pageChanged();
      vi.advanceTimersByTime(every);
      idleNow();
    }
  }

  it('reads the new article once the page has settled at the new address, under that address', () => {
    // the canonical address a site leaves in place would name the new article after the old one
    const stale = document.createElement('link');
    stale.rel = 'canonical';
    stale.href = `${location.origin}/article/1`;
    document.head.append(stale);
    const { l, learn } = learner();
    expect(learn.mock.calls[0]![0].url).toBe(stale.href);
    history.pushState(null, '', '/culture/festival');
    swapArticle('افتتاح مهرجان المسرح العربي', SECOND);
    l.pageChanged();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    idleNow();
    expect(learn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
    const sent = learn.mock.calls[1]![0];
    expect(sent.text).toContain('ليلى الخطيب');
    expect(sent.text).not.toContain('سليم البرقاوي');
    expect(sent.url).toBe(`${location.origin}/culture/festival`);
    stale.remove();
  });

  it("takes the new article's date from its dateline when the site left the old one's metadata", () => {
    const stale = document.createElement('link');
    stale.rel = 'canonical';
    stale.href = `${location.origin}/article/1`;
    const published = document.createElement('meta');
    published.setAttribute('property', 'article:published_time');
    published.content = '2026-11-28T09:30:00+03:00';
    document.head.append(stale, published);
    try {
      const { l, learn } = learner();
      expect(learn.mock.calls[0]![0].date).toBe('2026-11-28');
      history.pushState(null, '', '/culture/festival');
      swapArticle('افتتاح مهرجان المسرح العربي', `نشر في 30 نوفمبر 2026. ${SECOND}`);
      l.pageChanged();
      vi.advanceTimersByTime(SETTLE_MS);
      idleNow();
      expect(learn.mock.calls[1]![0].date).toBe('2026-11-30');
    } finally {
      stale.remove();
      published.remove();
    }
  });

  it('does not learn again the article read at the previous address when the site appends the next one', () => {
    const { l, learn } = learner();
    // an endless page: the next article goes under the first, and the address follows the reader
    const next = document.createElement('article');
    next.innerHTML = '<h1>افتتاح مهرجان المسرح العربي</h1>' + [1, 2, 3].map((k) => `<p>${SECOND} (${k})</p>`).join('');
    document.querySelector('article')!.append(next);
    history.replaceState(null, '', '/culture/festival');
    l.pageChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
    const sent = learn.mock.calls[1]![0].text;
    expect(sent).toContain('ليلى الخطيب');
    expect(sent).not.toContain('سليم البرقاوي');
  });

  it('waits while the page keeps changing, but not past SETTLE_MAX_MS', () => {
    const { l, learn } = learner();
    history.pushState(null, '', '/culture/festival');
    swapArticle('افتتاح مهرجان المسرح العربي', SECOND);
    batchesFor(l, SETTLE_MAX_MS - 400);
    expect(learn).toHaveBeenCalledTimes(1);
    batchesFor(l, 600);
    expect(learn).toHaveBeenCalledTimes(2);
  });

  it('notices a navigation the browser reports, with no change of the page after it', () => {
    const { l, learn } = learner();
    swapArticle('افتتاح مهرجان المسرح العربي', SECOND);
    l.pageChanged();
    history.pushState(null, '', '/culture/festival');
    dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(SETTLE_MS);
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
  });

  it('never reads again a page that rewrites its text at the same address', () => {
    const { l, learn } = learner();
    for (let k = 0; k < 50; k++) {
      swapArticle(`عاجل ${k}`, SECOND);
      batchesFor(l, 2 * SETTLE_MAX_MS, 1000);
    }
    expect(learn).toHaveBeenCalledTimes(1);
  });

  it('does not send the old article under a new address, and gives up after a few reads', () => {
    const { l, learn } = learner();
    history.pushState(null, '', '/photos?n=2');
    const reads = vi.spyOn(document, 'cloneNode');
    batchesFor(l, 20 * SETTLE_MAX_MS, 3000);
    expect(learn).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledTimes(MAX_READS_PER_ADDRESS);
    // the article swapped in late, after the reads were given up: it is not read either
    swapArticle('افتتاح مهرجان المسرح العربي', SECOND);
    batchesFor(l, 2 * SETTLE_MAX_MS);
    expect(learn).toHaveBeenCalledTimes(1);
  });

  it('reads an article swapped in after a few quiet seconds at the new address', () => {
    const { l, learn } = learner();
    history.pushState(null, '', '/culture/festival');
    l.pageChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    idleNow();
    swapArticle('افتتاح مهرجان المسرح العربي', SECOND);
    l.pageChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
    expect(learn.mock.calls[1]![0].text).toContain('ليلى الخطيب');
  });
});
