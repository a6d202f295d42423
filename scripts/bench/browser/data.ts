/**
 * The in-browser benchmark's inputs, the same on every run (seeded PRNG):
 * - dictionaries of N entries: the seed dictionary's entities plus synthetic Arabic persons (2–3 words) and
 *   organizations (2–5 words); the 1,000-entry dictionary is a prefix of the 100,000-entry one;
 * - news pages of a given amount of text: seed sentences recombined, names of the dictionary inserted (most from
 *   the first 1,000 entries, some from the rest of the 100,000), realistic markup: headings, paragraphs, links,
 *   person names split by <strong>, glued clitics (و، ب، ل), a few <script> and <textarea> holding names too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../../lib/arabic/normalize';
import type { Dictionary, Entity } from '../../../lib/dictionary/schema';
import {
  ADJ_F,
  ADJ_M,
  DOMAINS,
  familyName,
  FOREIGN_GIVEN,
  GIVEN,
  HEADS_F,
  HEADS_M,
  LATIN,
  PLACES,
  TRADES,
} from '../names';
import { seeded, type Random } from '../random';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

// ---------------------------------------------------------------------------------------------------------------
// names

function person(rng: Random): { name: string; aliases: string[] } {
  const foreign = rng.chance(0.15);
  const given = rng.pick(foreign ? FOREIGN_GIVEN : GIVEN);
  const family = familyName(rng);
  const middle = !foreign && rng.chance(0.35) ? rng.pick(GIVEN) : '';
  const name = [given, middle, family].filter(Boolean).join(' ');
  const aliases: string[] = [];
  if (middle && rng.chance(0.5)) aliases.push(`${given} ${family}`);
  if (!given.includes(' ') && rng.chance(0.05)) aliases.push(`أبو ${given} ${family}`);
  return { name, aliases };
}

function org(rng: Random): { name: string; aliases: string[] } {
  if (rng.chance(0.2))
    return {
      name: `${rng.pick(['مجموعة', 'شركة', 'مؤسسة', 'مجمع'])} ${familyName(rng)} ${rng.pick(TRADES)}`,
      aliases: [],
    };
  const masculine = rng.chance(HEADS_M.length / (HEADS_M.length + HEADS_F.length));
  const words = [rng.pick(masculine ? HEADS_M : HEADS_F), rng.pick(DOMAINS)];
  if (rng.chance(0.6)) words.push(rng.pick(masculine ? ADJ_M : ADJ_F));
  if (words.join(' ').split(' ').length < 5 && rng.chance(0.45)) words.push(`ب${rng.pick(PLACES)}`);
  const aliases: string[] = [];
  if (rng.chance(0.25)) {
    let acronym = '';
    for (let n = rng.int(3, 5); n > 0; n--) acronym += LATIN[rng.int(0, LATIN.length - 1)];
    aliases.push(acronym);
  }
  return { name: words.join(' '), aliases };
}

export function seedDictionary(): Dictionary {
  const file = path.join(ROOT, 'public/seed-dictionary.json');
  if (!fs.existsSync(file)) throw new Error(`${file}: missing; run npm run build first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Dictionary;
}

/** Seed entities first, then synthetic ones (60% persons, 40% organizations), names unique once normalized. */
export function makeDictionary(size: number, seed = seedDictionary()): Dictionary {
  const entities: Entity[] = seed.entities.slice(0, size);
  const seen = new Set(entities.map((e) => normalize(e.name)));
  const rng = seeded(0xbe5c);
  for (let k = 0; entities.length < size; k++) {
    const isPerson = rng.chance(0.6);
    const { name, aliases } = isPerson ? person(rng) : org(rng);
    const key = normalize(name);
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({
      id: `bench-${isPerson ? 'p' : 'o'}-${k}`,
      type: isPerson ? 'person' : 'org',
      name,
      aliases,
      roles: [],
      mentions: [],
      related: [],
    });
  }
  return { format: 'kashif-dictionary', version: 1, builtAt: new Date(0).toISOString(), sources: [], entities };
}

/** Every string a dictionary can be found by (names and aliases), for the reference (mark.js) regex. */
export function dictionaryNames(dictionary: Dictionary): string[] {
  const names = new Set<string>();
  for (const e of dictionary.entities) {
    names.add(e.name);
    for (const a of e.aliases) names.add(a);
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------------------------
// pages

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

interface SeedText {
  sentences: string[];
  headings: string[];
}

function seedText(): SeedText {
  const dir = path.join(ROOT, 'seeds');
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.length <= 90 && !/[.!?؟:]$/u.test(line)) {
        headings.push(line);
        continue;
      }
      for (const s of line.split(/(?<=[.!?؟])\s+/u)) if (s.trim()) sentences.push(s.trim());
    }
  }
  return { sentences, headings };
}

const TITLES = [
  'وزير الخارجية',
  'رئيس الحكومة',
  'الأمين العام',
  'السفير',
  'المدير العام',
  'رئيس المجلس',
  'الناطق الرسمي',
  'وزيرة الصحة',
  'نائب الرئيس',
  'المبعوث الخاص',
];
// {p} a person, {o} an organization, {t} a title; «و{p}», «ب{o}», «ل{o}» glue a clitic to the name, as Arabic writes it
const CLAUSES = [
  'وأكد {t}، {p}، خلال لقائه ممثلي {o}، أن الحوار يبقى السبيل الوحيد.',
  'من جهته، دعا {p} إلى تعزيز التنسيق مع {o} في المرحلة المقبلة.',
  'وشارك في الاجتماع كل من {p} و{p}، إلى جانب ممثلين عن {o}.',
  'وأعلنت {o} أن {t} {p} سيزور المنطقة الأسبوع المقبل.',
  'وفي تصريح صحفي، قال {p} إن {o} ستواصل دعم هذه الجهود.',
  'واستقبل {t} {p} وفدا عن {o} برئاسة {p}.',
  'وذكر بيان صادر عن {o} أن المحادثات تناولت ملفات عدة.',
  'كما التقى {p} بممثلي {o} ول{o}.',
  'وأشاد {p} بالدور الذي تضطلع به {o}.',
];

export interface Page {
  html: string;
  /** characters of readable text (what Kashif reads; scripts and textareas left out) */
  textChars: number;
  /** UTF-8 bytes of that text */
  textBytes: number;
}

/**
 * An article page of about `chars` characters of text. Names come from `pool` (the 1,000-entry dictionary's
 * entities) with probability 0.7 and from `extra` (entries only the 100,000-entry dictionary has) otherwise.
 */
export function makePage(chars: number, pool: readonly Entity[], extra: readonly Entity[], seed: number): Page {
  const rng = seeded(seed);
  const { sentences, headings } = seedText();
  const persons = pool.filter((e) => e.type === 'person');
  const orgs = pool.filter((e) => e.type === 'org');
  const extraPersons = extra.filter((e) => e.type === 'person');
  const extraOrgs = extra.filter((e) => e.type === 'org');
  const pickName = (type: 'person' | 'org') => {
    const fromExtra = rng.chance(0.3) && extra.length > 0;
    const list = type === 'person' ? (fromExtra ? extraPersons : persons) : fromExtra ? extraOrgs : orgs;
    const e = rng.pick(list);
    return e.aliases.length && rng.chance(0.2) && !/^[A-Z]/u.test(e.aliases[0]!) ? e.aliases[0]! : e.name;
  };
  // a name in markup: a person's first word in <strong> now and then (the name is split), an organization in <a>
  const personHtml = (name: string) => {
    const words = name.split(' ');
    if (words.length > 1 && rng.chance(0.25))
      return `<strong>${escapeHtml(words[0]!)}</strong> ${escapeHtml(words.slice(1).join(' '))}`;
    if (rng.chance(0.08)) return `<a href="/people/${rng.int(1, 99999)}">${escapeHtml(name)}</a>`;
    return escapeHtml(name);
  };
  const orgHtml = (name: string) =>
    rng.chance(0.2) ? `<a href="/org/${rng.int(1, 99999)}">${escapeHtml(name)}</a>` : escapeHtml(name);

  const out: string[] = [];
  let text = 0;
  let bytes = 0;
  const addText = (s: string) => {
    text += s.length;
    bytes += Buffer.byteLength(s);
  };
  let paragraphs = 0;
  out.push(`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>أرشيف الأخبار الدبلوماسية</title>
<style>
  body { font: 18px/1.8 "DejaVu Sans", serif; margin: 0; background: #fafafa; color: #222; }
  header { background: #14324a; color: #fff; padding: 12px 24px; }
  header nav a { color: #cfe3f5; margin-inline-end: 16px; text-decoration: none; }
  main { max-width: 760px; margin: 24px auto; padding: 0 16px; }
  article { background: #fff; padding: 16px 24px; border-radius: 6px; margin-bottom: 16px; }
  textarea { width: 100%; height: 60px; }
</style>
<script>window.analytics = { page: "archive", t0: Date.now() };</script>
</head>
<body>
<header><strong>أخبار الدبلوماسية</strong><nav><a href="/">الرئيسية</a><a href="/">سياسة</a><a href="/">اقتصاد</a><a href="/">رأي</a></nav></header>
<main>
`);
  while (text < chars) {
    // an article: a headline, 6–20 paragraphs, sometimes a comment box or an embedded script
    const heading = rng.pick(headings);
    out.push(`<article>\n<h2><a href="/a/${rng.int(1, 999999)}">${escapeHtml(heading)}</a></h2>\n`);
    addText(heading);
    for (let p = rng.int(6, 20); p > 0 && text < chars; p--) {
      const parts: string[] = [];
      for (let s = rng.int(2, 5); s > 0; s--) {
        if (rng.chance(0.4)) {
          const clause = rng.pick(CLAUSES);
          let plain = '';
          const html = clause
            .split(/(\{[pot]\})/u)
            .map((piece) => {
              if (piece === '{p}') {
                const n = pickName('person');
                plain += n;
                return personHtml(n);
              }
              if (piece === '{o}') {
                const n = pickName('org');
                plain += n;
                return orgHtml(n);
              }
              if (piece === '{t}') {
                const t = rng.pick(TITLES);
                plain += t;
                return escapeHtml(t);
              }
              plain += piece;
              return escapeHtml(piece);
            })
            .join('');
          parts.push(html);
          addText(plain);
        } else {
          const sentence = rng.pick(sentences);
          // a plain link on one word now and then
          const words = sentence.split(' ');
          const k = rng.int(0, words.length - 1);
          parts.push(
            rng.chance(0.15)
              ? words.map((w, i) => (i === k ? `<a href="/tag/${i}">${escapeHtml(w)}</a>` : escapeHtml(w))).join(' ')
              : escapeHtml(sentence),
          );
          addText(sentence);
        }
      }
      out.push(`<p>${parts.join(' ')}</p>\n`);
      addText(' '.repeat(parts.length - 1));
      paragraphs++;
    }
    if (rng.chance(0.05))
      out.push(`<script>window.analytics.names = ${JSON.stringify([pickName('person'), pickName('org')])};</script>\n`);
    if (rng.chance(0.03))
      out.push(
        `<aside><label>أضف تعليقك</label><textarea>رأيي في تصريحات ${escapeHtml(pickName('person'))} حول ${escapeHtml(pickName('org'))}</textarea></aside>\n`,
      );
    out.push('</article>\n');
  }
  out.push(
    `</main>\n<footer><p>جميع الحقوق محفوظة</p></footer>\n<script>document.documentElement.dataset.paragraphs = "${paragraphs}";</script>\n</body>\n</html>\n`,
  );
  return { html: out.join(''), textChars: text, textBytes: bytes };
}
