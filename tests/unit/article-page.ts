/**
 * A made-up news page with the furniture real pages have around their article: a masthead with the editor, a menu
 * with names, a «most read» list, a related-stories aside with a captioned picture, a comments block. Every
 * furniture name is one the body never uses, so a test can tell which part of the page a name came from.
 */
export const BODY_SENTENCES = [
  'أعلن الدكتور خالد منصور وزير الصحة أن الوزارة بدأت حملة وطنية جديدة للتطعيم في جميع المحافظات، وذلك بالتعاون مع منظمة الصحة العالمية.',
  'وقال منصور خلال مؤتمر صحفي عقده اليوم في مقر الوزارة إن الحملة تستهدف أكثر من عشرة ملايين طفل، وإن الفرق الطبية ستعمل طوال أيام الأسبوع.',
  'من جهتها، أكدت السفيرة ليلى حداد ممثلة الاتحاد الأوروبي أن الاتحاد سيقدم دعما ماليا للحملة، مشيرة إلى أهمية التعاون بين الجانبين في مجال الصحة العامة.',
  'وأضاف الوزير أن نتائج المرحلة الأولى ستعلن خلال شهر، وأن الوزارة ستنشر تقارير دورية عن سير العمل في كل محافظة.',
];

export const FURNITURE_NAMES = [
  'سمير العلي',
  'نادر فهمي',
  'مروان زيدان',
  'سلمى عادل',
  'هشام رضوان',
  'بنك الاستثمار الوطني',
];

export function newsPage(head = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
<header class="masthead"><div class="logo">صحيفة الغد</div><p>رئيس التحرير: سمير العلي</p></header>
<nav class="menu"><ul><li><a href="/a">أخبار</a></li><li><a href="/b">مقالات نادر فهمي</a></li><li><a href="/c">رياضة</a></li></ul></nav>
<div class="container">
  <div class="most-read"><h3>الأكثر قراءة</h3><ul>
    <li><a href="/1">الوزير مروان زيدان يفتتح مصنعا جديدا</a></li>
    <li><a href="/2">بنك الاستثمار الوطني يرفع الفائدة</a></li></ul></div>
  <article>
    <h1>وزير الصحة يطلق حملة وطنية للتطعيم</h1>
    <div class="article-body">${BODY_SENTENCES.map((s) => `<p>${s}</p>`).join('\n')}</div>
  </article>
  <aside class="related"><h3>أخبار ذات صلة</h3>
    <figure><img src="x.jpg" alt=""><figcaption>النائبة سلمى عادل خلال جلسة البرلمان</figcaption></figure>
    <ul><li><a href="/3">النائبة سلمى عادل تطالب بمراجعة الموازنة</a></li></ul></aside>
  <section class="comments" id="comments"><h3>التعليقات</h3>
    <div class="comment"><span class="author">هشام رضوان</span><p>مقال رائع، شكرا للكاتب على هذا التقرير المفصل.</p></div></section>
</div>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>`;
}
