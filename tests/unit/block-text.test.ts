import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../lib/article/block-text';

const body = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;

describe('the reading text of an element', () => {
  it('ends a line at each block and at <br>, never inside inline markup', () => {
    expect(
      blockText(
        body('<div><p>قال <b>الوزير</b> خالد منصور</p><p>وأضاف<br>منصور</p><ul><li>أولا</li><li>ثانيا</li></ul></div>'),
      ),
    ).toBe('قال الوزير خالد منصور\nوأضاف\nمنصور\nأولا\nثانيا');
  });

  it('leaves out figures and their captions, scripts and hidden elements', () => {
    expect(
      blockText(
        body(
          '<p>نص</p><figure><img alt=""><figcaption>النائبة سلمى عادل</figcaption></figure><script>x</script><p aria-hidden="true">مخفي</p><span style="display:none">مخفي</span>',
        ),
      ),
    ).toBe('نص');
  });

  it('leaves out a paragraph made only of links (a promotion, a related headline), keeps one with a link inside', () => {
    expect(
      blockText(
        body(
          '<p><a href="/x">تابعوا أخبارنا عبر غوغل نيوز</a></p><p>قال <a href="/m">خالد منصور</a> إن الحملة بدأت في جميع المحافظات</p>',
        ),
      ),
    ).toBe('قال خالد منصور إن الحملة بدأت في جميع المحافظات');
  });

  it("leaves out the element names it is told to (a whole page's masthead)", () => {
    expect(blockText(body('<header><p>رئيس التحرير</p></header><p>الخبر</p>'), { skip: new Set(['header']) })).toBe(
      'الخبر',
    );
  });

  it('gives each paragraph exactly one line, its words in order, whatever the spacing', () => {
    const word = fc.stringMatching(/^[\u0621-\u064A]{1,8}$/u);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 8 });
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0');
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, space), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const html = paragraphs.map(([words, s]) => `<p>${s}${words.join(s)}${s}</p>`).join('');
        expect(blockText(body(html)).split('\n')).toEqual(paragraphs.map(([words]) => words.join(' ')));
      }),
    );
  });
});
