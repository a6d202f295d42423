// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Responses } from '../../lib/messages/protocol';
import {
  LEARN_MAX_ELEMENTS,
  LEARN_MAX_TEXT_CHARS,
  PageLearner,
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

  it('reads each address once per load, and again after a single-page navigation', () => {
    page(ARTICLE);
    const { l, learn } = learner();
    l.schedule();
    idleNow();
    l.schedule();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/article/2#comments');
    l.schedule();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
    history.pushState(null, '', '/article/2#top');
    l.schedule();
    idleNow();
    expect(learn).toHaveBeenCalledTimes(2);
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
