/**
 * Made-up news pages to learn from, for the browser tests and the screenshots: an article whose body names
 * officials the built-in dictionary does not know, in a page whose furniture (masthead, menu, "most read") names
 * others, which must never be learned. Every name here is invented.
 */
import { escapeHtml } from './news-page';

export interface LearningPage {
  path: string;
  title: string;
  /** officials the article's body names with their titles: learned */
  body: string[];
  /** officials only the furniture names: never learned */
  furniture: string[];
  html: string;
}

function page(
  path: string,
  title: string,
  date: string,
  paragraphs: string[],
  body: string[],
  furniture: { editor: string; mostRead: [string, string][] },
): LearningPage {
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | أخبار المشرق</title>
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="article:published_time" content="${date}T09:30:00+03:00">
<style>
  body { font: 18px/1.8 "Noto Naskh Arabic", "DejaVu Sans", serif; margin: 0; background: #fafafa; color: #222; }
  header { background: #3a1f4a; color: #fff; padding: 12px 24px; }
  header nav a { color: #eadcf5; margin-inline-end: 16px; text-decoration: none; }
  main { display: flex; gap: 24px; max-width: 1040px; margin: 24px auto; padding: 0 16px; }
  article { flex: 3; background: #fff; padding: 16px 24px; border-radius: 6px; }
  aside { flex: 1; font-size: 15px; }
</style>
</head>
<body>
<header><strong>أخبار المشرق</strong> · <span class="editor">رئيس التحرير ${escapeHtml(furniture.editor)}</span>
<nav><a href="/">الرئيسية</a><a href="/">سياسة</a><a href="/">اقتصاد</a><a href="/">رياضة</a></nav></header>
<main>
<article id="article">
<h1>${escapeHtml(title)}</h1>
<p class="dateline">عمّان — ${date}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside id="most-read"><h2>الأكثر قراءة</h2><ul>
${furniture.mostRead.map(([title, name]) => `<li><a href="/news/${encodeURIComponent(name)}">${escapeHtml(title.replace('$', name))}</a></li>`).join('\n')}
</ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة لأخبار المشرق</p></footer>
</body>
</html>
`;
  return { path, title, body, furniture: [furniture.editor, ...furniture.mostRead.map(([, n]) => n)], html };
}

export const TALKS_ARTICLE = page(
  '/learn/talks',
  'البرقاوي: المفاوضات مع الوفد الزائر تستأنف الأسبوع المقبل',
  '2026-11-28',
  [
    'قال وزير الخارجية سليم البرقاوي في مؤتمر صحفي اليوم إن المفاوضات مع الوفد الزائر ستستأنف الأسبوع المقبل، وإن الطرفين اتفقا على تشكيل لجنة مشتركة تتابع تنفيذ ما اتفق عليه في الجولة السابقة.',
    'وأضاف البرقاوي أن رئيس الوزراء منصور الدباغ سيترأس الجلسة الافتتاحية، وأن الحكومة ملتزمة بما وقعت عليه في الاتفاق الإطاري وبالجدول الزمني الذي حددته اللجنة.',
    'من جهتها، قالت المتحدثة باسم وزارة الخارجية إن الوزارة تلقت ردًا مكتوبًا من الوفد، وإن سليم البرقاوي سيلتقي نظيره مساء الخميس لبحث المسائل العالقة قبل الجولة المقبلة.',
    'وكان منصور الدباغ قد دعا في كلمة أمام البرلمان إلى تسريع المحادثات، مؤكدًا أن الحكومة ستطلع النواب على نتائجها أولًا بأول، وأن أي اتفاق سيعرض على المجلس قبل توقيعه.',
  ],
  ['سليم البرقاوي', 'منصور الدباغ'],
  {
    editor: 'ناصر الحلبي',
    mostRead: [
      ['وزير الداخلية $ يتفقد المعابر الحدودية', 'فارس العتيبي'],
      ['رئيس البرلمان $ يستقبل وفدًا برلمانيًا', 'عادل القيسي'],
    ],
  },
);

export const BUDGET_ARTICLE = page(
  '/learn/budget',
  'الحكومة تقر مشروع الموازنة العامة للعام المقبل',
  '2026-11-29',
  [
    'أقر مجلس الوزراء مشروع الموازنة العامة للعام المقبل، وقال وزير المالية كريم الزعبي إن الموازنة تخفض العجز وتزيد الإنفاق على التعليم والصحة وتحافظ على دعم السلع الأساسية للأسر.',
    'وأوضح الزعبي في مؤتمر صحفي أن الحكومة ستعرض المشروع على البرلمان الأسبوع المقبل، وأن وزارته أعدت جداول تفصيلية بالإيرادات والنفقات يطلع عليها النواب قبل المناقشة العامة.',
    'وقال كريم الزعبي إن الإيرادات الضريبية ارتفعت هذا العام، وإن الحكومة لن تفرض ضرائب جديدة على السلع الأساسية، مشيرًا إلى أن الموازنة تتضمن مخصصات للمشاريع الكبرى في المحافظات.',
    'وكان رئيس الوزراء منصور الدباغ قد وعد في خطاب أمام البرلمان بموازنة تحمي الأسر محدودة الدخل، وقال منصور الدباغ إن الحكومة ستنشر تقريرًا عن تنفيذها كل ثلاثة أشهر.',
  ],
  ['كريم الزعبي', 'منصور الدباغ'],
  {
    editor: 'ناصر الحلبي',
    mostRead: [['وزير الداخلية $ يتفقد المعابر الحدودية', 'فارس العتيبي']],
  },
);

export const CULTURE_ARTICLE = page(
  '/learn/culture',
  'افتتاح مهرجان المسرح العربي بمشاركة عشرين فرقة',
  '2026-11-30',
  [
    'افتتحت وزيرة الثقافة ليلى الخطيب مساء أمس مهرجان المسرح العربي بمشاركة عشرين فرقة من اثني عشر بلدًا، وقالت إن المهرجان يعود هذا العام بعد غياب طويل وبرنامج أوسع من أي دورة سابقة.',
    'وأضافت ليلى الخطيب أن الوزارة خصصت جوائز جديدة للنصوص المسرحية الشابة، وأن العروض ستقام في ثلاث مدن للمرة الأولى، على أن تختتم الدورة بندوة عن مستقبل المسرح في المنطقة.',
    'وحضر الافتتاح عدد من الفنانين والنقاد، وقالت ليلى الخطيب في كلمتها إن المسرح كان دائمًا مرآة لأسئلة الناس، وإن الوزارة ستدعم الفرق المستقلة بمنح سنوية تعلن في مطلع العام.',
  ],
  ['ليلى الخطيب'],
  {
    editor: 'ناصر الحلبي',
    mostRead: [['رئيس البرلمان $ يستقبل وفدًا برلمانيًا', 'عادل القيسي']],
  },
);

/** The pages as serveNewsSite's extra pages. */
export function learningPages(...pages: LearningPage[]): Record<string, string> {
  return Object.fromEntries(pages.map((p) => [p.path, p.html]));
}

/** An article a single-page site shows: its address, headline and paragraphs. */
interface SpaArticle {
  path: string;
  title: string;
  paragraphs: string[];
  /** officials its body names with their titles */
  body: string[];
}

const SPA_ARTICLES: SpaArticle[] = [
  {
    path: '/spa/transport',
    title: 'السرحاني: خط الحافلات السريع يعمل مطلع الصيف',
    paragraphs: [
      'قال وزير النقل وليد السرحاني في مؤتمر صحفي اليوم إن خط الحافلات السريع بين العاصمة والمدن المجاورة سيبدأ العمل مطلع الصيف المقبل، وإن الوزارة أنهت اختبار الحافلات الجديدة على الطرق كلها.',
      'وأضاف السرحاني أن رئيس الوزراء نبيل الشمايلة سيفتتح المحطة الرئيسية، وأن الحكومة خصصت مبالغ إضافية لصيانة الطرق التي تمر بها الحافلات وللجسور التي تحتاج إلى تدعيم قبل التشغيل.',
      'وكان نبيل الشمايلة قد وعد في خطاب أمام البرلمان بتخفيف الازدحام في العاصمة، وقال وليد السرحاني إن أجرة الخط الجديد ستبقى في متناول الطلاب والعمال وإن الاشتراك الشهري سيخفض للأسر.',
    ],
    body: ['وليد السرحاني', 'نبيل الشمايلة'],
  },
  {
    path: '/spa/health',
    title: 'وزارة الصحة تطلق حملة التطعيم الموسمية في المدارس',
    paragraphs: [
      'أطلقت وزيرة الصحة سلمى العكايلة اليوم حملة التطعيم الموسمية في المدارس الحكومية والخاصة، وقالت إن الحملة تستمر ستة أسابيع وتشمل الطلاب في جميع المحافظات دون استثناء ودون أي رسوم.',
      'وأوضحت سلمى العكايلة في مؤتمر صحفي أن الوزارة وزعت اللقاحات على المراكز الصحية، وأن فرقًا متنقلة ستزور القرى البعيدة، على أن تنشر الوزارة تقريرًا أسبوعيًا عن سير الحملة وأعداد المطعمين.',
      'ودعت العكايلة الأهالي إلى التعاون مع الفرق الصحية، مؤكدة أن اللقاحات آمنة وأن الحملة تأتي قبل موسم الشتاء بوقت كاف، وأن المراكز ستفتح أبوابها مساء للعائلات التي لا تستطيع الحضور نهارًا.',
    ],
    body: ['سلمى العكايلة'],
  },
  {
    path: '/spa/farming',
    title: 'خطة لدعم المزارعين بعد موسم جفاف طويل',
    paragraphs: [
      'أعلن وزير الزراعة هشام القضماني اليوم خطة لدعم المزارعين المتضررين من موسم الجفاف الطويل، وقال إن الخطة تشمل قروضًا ميسرة وتوزيع بذور محسنة وإعفاء صغار المزارعين من رسوم المياه لعام كامل.',
      'وأضاف هشام القضماني أن الوزارة حصرت الأضرار في المحافظات الجنوبية، وأن فرقها الميدانية زارت أكثر من ثلاثة آلاف مزرعة، على أن تصرف التعويضات الأولى قبل نهاية الشهر المقبل للمزارعين المسجلين.',
      'وقال القضماني إن الحكومة ستحفر آبارًا جديدة وتوسع شبكات الري بالتنقيط، مشيرًا إلى أن الخطة أعدت بالتشاور مع نقابة المزارعين وأنها ستعرض على مجلس الوزراء في جلسته المقبلة لإقرارها.',
    ],
    body: ['هشام القضماني'],
  },
];

/**
 * A single-page news site: it loads on its first article and swaps the others in without loading a page, as such
 * sites do, leaving its canonical address and og:title on the first. `window.__kashifTestNavigate(k, how)`:
 * `push` changes the address first and swaps the article in 600 ms later (as if fetched); `replace` swaps it first
 * and changes the address 400 ms later, with no change of the page after it. Going back shows the earlier article.
 */
export function singlePageSite(): { path: string; articles: SpaArticle[]; furniture: string[]; html: string } {
  const first = SPA_ARTICLES[0]!;
  const base = page(first.path, first.title, '2026-11-27', first.paragraphs, first.body, {
    editor: 'رامي الفاعوري',
    mostRead: [['وزير الداخلية $ يتفقد المعابر الحدودية', 'طارق المومني']],
  });
  const script = `<script>
const articles = ${JSON.stringify(SPA_ARTICLES.map(({ path, title, paragraphs }) => ({ path, title, paragraphs })))};
const article = document.getElementById('article');
function render(k) {
  const a = articles[k];
  document.title = a.title + ' | أخبار المشرق';
  article.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = a.title;
  article.append(h1);
  for (const text of a.paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
}
window.__kashifTestNavigate = (k, how) => {
  if (how === 'push') {
    history.pushState({ k }, '', articles[k].path);
    article.replaceChildren('جارٍ التحميل…');
    setTimeout(() => render(k), 600);
  } else {
    render(k);
    setTimeout(() => history.replaceState({ k }, '', articles[k].path), 400);
  }
};
addEventListener('popstate', (e) => render(e.state ? e.state.k : 0));
</script>`;
  const html = base.html
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<link rel="canonical" href="${first.path}">`)
    .replace('</body>', `${script}\n</body>`);
  return { path: first.path, articles: SPA_ARTICLES, furniture: base.furniture, html };
}
