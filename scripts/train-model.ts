/**
 * Trains the sequence tagger of lib/extract/model on ANERcorp's TRAIN split and writes its weights, which are
 * committed so that a build needs nothing outside the project:
 *
 *   npm run train                       # reads ../shared/eval/anercorp/ANERCorp_CamelLab_train.reconstructed.txt
 *   npm run train -- FILE [--holdout]   # --holdout: train on the first 90 %, report span F1 on the rest, write nothing
 *
 * The test split is never read: the figures are reported on it. Same file → the same weights, byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_TRAINING, readTagged, trainTagger, type TaggedSentence } from '../lib/extract/model/training';
import { tagTokens, useWeights } from '../lib/extract/model/tagger';
import { ruleMarks } from '../lib/extract/model/rule-signals';
import { findPersons } from '../lib/extract/persons';
import { findOrganizations } from '../lib/extract/organizations';
import { TAGS } from '../lib/extract/model/perceptron';

const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const file =
  args.find((a) => !a.startsWith('--')) ??
  path.join(import.meta.dirname, '../../shared/eval/anercorp/ANERCorp_CamelLab_train.reconstructed.txt');
const out = path.join(import.meta.dirname, '../lib/extract/model/weights.json');

/** ANERcorp's CoNLL layout: «word TAG» per line, a blank line between sentences. */
function readConll(p: string): TaggedSentence[] {
  if (!fs.existsSync(p)) {
    console.error(`train: ${p} not found (ANERcorp's train split, see ../shared/eval/README.md)`);
    process.exit(2);
  }
  const sentences: TaggedSentence[] = [{ words: [], tags: [] }];
  fs.readFileSync(p, 'utf8')
    .split('\n')
    .forEach((line, k) => {
      if (!line.trim()) {
        if (sentences.at(-1)!.words.length) sentences.push({ words: [], tags: [] });
        return;
      }
      const i = line.lastIndexOf(' ');
      if (i <= 0) {
        console.error(`train: ${p}:${k + 1}: expected «word TAG», got «${line}»`);
        process.exit(2);
      }
      sentences.at(-1)!.words.push(line.slice(0, i));
      sentences.at(-1)!.tags.push(line.slice(i + 1).trim());
    });
  return sentences.filter((s) => s.words.length);
}

const sentences = readConll(file);
const about =
  'Weights of the sequence tagger (lib/extract/model), trained by `npm run train` on the train split of ANERcorp ' +
  '(Benajiba et al. 2007, CAMeL Lab release, CC BY-SA 4.0): see README.md beside this file.';
if (!holdout) {
  const encoded = trainTagger(sentences, { ...DEFAULT_TRAINING, about });
  fs.writeFileSync(out + '.tmp', JSON.stringify(encoded) + '\n');
  fs.renameSync(out + '.tmp', out);
  console.log(
    `train: ${sentences.length} sentences → ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`,
  );
} else {
  const cut = Math.floor(sentences.length * 0.9);
  const encoded = trainTagger(sentences.slice(0, cut), { ...DEFAULT_TRAINING, about });
  useWeights(encoded);
  const stats = new Map<string, { gold: number; out: number; hit: number }>();
  const stat = (t: string) => stats.get(t) ?? (stats.set(t, { gold: 0, out: 0, hit: 0 }), stats.get(t)!);
  for (const s of sentences.slice(cut).flatMap(readTagged)) {
    const sentence = { start: 0, end: 0, tokens: s.tokens };
    const { spans } = tagTokens(s.tokens, ruleMarks(s.tokens, findPersons(sentence), findOrganizations(sentence)));
    const gold: string[] = [];
    let open: { type: string; from: number } | undefined;
    for (let i = 0; i <= s.tags.length; i++) {
      const tag = i < s.tags.length ? TAGS[s.tags[i]!]! : 'O';
      if (open && !tag.startsWith('I-')) {
        gold.push(`${open.type}:${open.from}:${i}`);
        open = undefined;
      }
      if (tag.startsWith('B-')) open = { type: tag.slice(2), from: i };
    }
    const got = spans.map((x) => `${x.type}:${x.from}:${x.to}`);
    for (const g of gold) {
      stat(g.split(':')[0]!).gold++;
      if (got.includes(g)) stat(g.split(':')[0]!).hit++;
    }
    for (const o of got) stat(o.split(':')[0]!).out++;
  }
  for (const [type, { gold, out: o, hit }] of [...stats].sort()) {
    const p = hit / (o || 1),
      r = hit / (gold || 1);
    console.log(
      `${type}: gold=${gold} out=${o} exact P/R/F1=${p.toFixed(3)}/${r.toFixed(3)}/${((2 * p * r) / (p + r || 1)).toFixed(3)}`,
    );
  }
}
