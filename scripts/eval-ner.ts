// Scores the entity layer on the HELD-OUT split of a NER fixture (isHeldOutLine), two ways:
// 1. the whole analyzer through the built CLI (node dist/cli.js analyze), scored by
//    scripts/score-ner.mjs --labels ORG,PER,LOC, as an outside user would run it;
// 2. the name tagger alone, in process (tagNames over the shared tokenizer).
//
//   npx tsx scripts/eval-ner.ts [--lang fr|en] [--no-build] [--verbose] [--fixture en-finance|en-finance-2|en-finance-3|en-finance-4|en-finance-5|en-finance-6|en-finance-7|en-finance-8|en-finance-9|en-finance-10|press-fr|press-fr-2|press-fr-3|press-fr-4|press-fr-5|press-fr-6|regional-fr|regional-fr-2|regional-fr-3|regional-fr-4|regional-fr-5|sequoia-fr]
//
// --fixture NAME scores instead every text of one of our own NER fixtures, never trained on:
// en-finance (test/fixtures/ner/en-finance-news.jsonl, English business news) or press-fr
// (press-fr-ner.jsonl: French old press, parliament and encyclopedic texts); their unit tests hold the floors.
//
// --no-build skips `npm run build` (dist/cli.js must then be current); --verbose passes
// --verbose to score-ner (every miss and spurious entity).
//
// Tuning, never on the held-out split: the analyzer and the tagger alone on the DEV folds of
// the training split, each with the weights trained without that fold
// (npm run train-tagger -- --lang fr --dev --fold K --out DIR/foldK), in process, counts pooled:
//
//   npx tsx scripts/eval-ner.ts --dev-model DIR [--fold K] [--lang fr] [--diff] [--skip REGEX]
//
// --skip leaves out the texts a regular expression matches (to check that a change does not
// hang on one story told in many texts).
// --diff lists where the analyzer and the tagger disagree and one of them is right, with the
// source (gazetteer, rule, tagger) and tier of the analyzer's mention.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenize } from '../src/core/text/tokenize';
import { analyze } from '../src/core/analyze';
import { entityContext, ruleCandidates, type Candidate } from '../src/core/entities/candidates';
import { selectCandidates, taggerCandidates } from '../src/core/entities/merge';
import { tagNames, useTaggerModel } from '../src/core/entities/tagger';
import { SpanScorer, type LabeledSpan } from '../src/core/entities/tagger/evaluate';
import type { LexiconData } from '../src/core/entities/tagger/features';
import type { ModelData } from '../src/core/entities/tagger/model';
import { splitNerLines, type NerRecord } from '../src/core/entities/tagger/split';
import type { Lang } from '../src/core/types';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FIXTURES: Record<Lang, string> = {
  fr: 'test/fixtures/ner/wikinews-fr-ner.jsonl',
  en: 'test/fixtures/ner/wikigold-en-ner.jsonl',
};
const LABELS = 'ORG,PER,LOC';
/** Fixtures scored whole (no split: nothing is trained on them), by name, with their language. */
const WHOLE_FIXTURES: Record<string, { file: string; lang: Lang }> = {
  'en-finance': { file: 'test/fixtures/ner/en-finance-news.jsonl', lang: 'en' },
  'en-finance-2': { file: 'test/fixtures/ner/en-finance-news-2.jsonl', lang: 'en' },
  'en-finance-3': { file: 'test/fixtures/ner/en-finance-3.jsonl', lang: 'en' },
  'en-finance-4': { file: 'test/fixtures/ner/en-finance-4.jsonl', lang: 'en' },
  'en-finance-5': { file: 'test/fixtures/ner/en-finance-5.jsonl', lang: 'en' },
  'en-finance-6': { file: 'test/fixtures/ner/en-finance-6.jsonl', lang: 'en' },
  'en-finance-7': { file: 'test/fixtures/ner/en-finance-7.jsonl', lang: 'en' },
  'en-finance-8': { file: 'test/fixtures/ner/en-finance-8.jsonl', lang: 'en' },
  'en-finance-9': { file: 'test/fixtures/ner/en-finance-9.jsonl', lang: 'en' },
  'en-finance-10': { file: 'test/fixtures/ner/en-finance-10.jsonl', lang: 'en' },
  'press-fr': { file: 'test/fixtures/ner/press-fr-ner.jsonl', lang: 'fr' },
  'press-fr-2': { file: 'test/fixtures/ner/press-fr-2.jsonl', lang: 'fr' },
  'press-fr-3': { file: 'test/fixtures/ner/press-fr-3.jsonl', lang: 'fr' },
  'press-fr-4': { file: 'test/fixtures/ner/press-fr-4.jsonl', lang: 'fr' },
  'press-fr-5': { file: 'test/fixtures/ner/press-fr-5.jsonl', lang: 'fr' },
  'press-fr-6': { file: 'test/fixtures/ner/press-fr-6.jsonl', lang: 'fr' },
  'regional-fr': { file: 'test/fixtures/ner/regional-fr-ner.jsonl', lang: 'fr' },
  'regional-fr-2': { file: 'test/fixtures/ner/regional-fr-2.jsonl', lang: 'fr' },
  'regional-fr-3': { file: 'test/fixtures/ner/regional-fr-3.jsonl', lang: 'fr' },
  'regional-fr-4': { file: 'test/fixtures/ner/regional-fr-4.jsonl', lang: 'fr' },
  'regional-fr-5': { file: 'test/fixtures/ner/regional-fr-5.jsonl', lang: 'fr' },
  'sequoia-fr': { file: 'test/fixtures/ner/sequoia-fr.jsonl', lang: 'fr' },
};

const TYPE_LABEL: Record<string, string> = { company: 'ORG', organization: 'ORG', person: 'PER', place: 'LOC' };

/** The analyzer's chosen candidates (source, tier) by character span, as extractEntities picks them. */
function chosenBySpan(text: string, lang: Lang): Map<string, Candidate> {
  const tokens = tokenize(text);
  const ctx = entityContext(text, tokens, lang);
  const rules = ruleCandidates(ctx);
  const chosen = selectCandidates(tokens.length, [...rules, ...taggerCandidates(ctx, tagNames(text, tokens, lang), rules)]);
  return new Map(chosen.map((c) => [`${tokens[c.ts].start}:${tokens[c.te - 1].end - (c.endTrim ?? 0)}`, c]));
}

function devMain(args: string[], lang: Lang): void {
  const dir = args[args.indexOf('--dev-model') + 1];
  const foldAt = args.indexOf('--fold');
  const folds = foldAt >= 0 ? [Number(args[foldAt + 1])] : [0, 1, 2, 3, 4].filter((k) => fs.existsSync(path.join(dir, `fold${k}`)));
  const { train } = splitNerLines(fs.readFileSync(path.join(ROOT, FIXTURES[lang]), 'utf8'));
  const labels = new Set(LABELS.split(','));
  const analyzer = new SpanScorer(labels);
  const tagger = new SpanScorer(labels);
  const diff = args.includes('--diff');
  const skipAt = args.indexOf('--skip');
  const skip = skipAt >= 0 ? new RegExp(args[skipAt + 1]) : undefined;
  const key = (e: LabeledSpan) => `${e.start}:${e.end}:${e.label}`;
  for (const fold of folds) {
    const foldDir = path.join(dir, `fold${fold}`);
    const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(foldDir, file), 'utf8')) as T;
    useTaggerModel(lang, read<ModelData>(`tagger-${lang}.json`), read<LexiconData>(`tagger-lexicon-${lang}.json`));
    const records: NerRecord[] = train.filter((r, k) => k % 5 === fold && !(skip && skip.test(r.text)));
    for (const r of records) {
      const found = analyze(r.text, { lang, format: 'plain' }).entities.flatMap((e) => (TYPE_LABEL[e.type] ? [{ start: e.start, end: e.end, label: TYPE_LABEL[e.type] }] : []));
      const tagged = tagNames(r.text, tokenize(r.text), lang).map((s) => ({ start: s.start, end: s.end, label: s.label as string }));
      analyzer.add(r.entities, found);
      tagger.add(r.entities, tagged);
      if (!diff) continue;
      const gold = new Set(r.entities.filter((e) => labels.has(e.label)).map(key));
      const foundKeys = new Set(found.map(key));
      const taggedKeys = new Set(tagged.map(key));
      const sources = chosenBySpan(r.text, lang);
      const show = (e: LabeledSpan): string => {
        const c = sources.get(`${e.start}:${e.end}`);
        const how = c ? `${c.source}/${c.tier}${c.weak ? '/weak' : ''}` : 'link';
        return `${e.label} "${r.text.slice(e.start, e.end)}" [${how}]`;
      };
      const around = (e: LabeledSpan): string => r.text.slice(Math.max(0, e.start - 40), Math.min(r.text.length, e.end + 30)).replace(/\s+/g, ' ');
      const near = (e: LabeledSpan, list: LabeledSpan[]): string => list.filter((p) => p.start < e.end && p.end > e.start).map(show).join(' + ') || '-';
      for (const e of r.entities) {
        if (!labels.has(e.label)) continue;
        const k = key(e);
        if (taggedKeys.has(k) && !foundKeys.has(k)) console.log(`LOST  gold ${e.label} "${e.text}" analyzer: ${near(e, found)} | ${around(e)}`);
        if (!taggedKeys.has(k) && foundKeys.has(k)) console.log(`WON   gold ${e.label} "${e.text}" tagger: ${near(e, tagged).replace(/ \[link\]/g, '')} | ${around(e)}`);
      }
      for (const e of found) {
        const k = key(e);
        if (!gold.has(k) && !taggedKeys.has(k) && !r.entities.some((g) => g.start < e.end && g.end > e.start)) console.log(`EXTRA ${show(e)} | ${around(e)}`);
      }
      for (const e of tagged) {
        const k = key(e);
        if (!gold.has(k) && !foundKeys.has(k) && !r.entities.some((g) => g.start < e.end && g.end > e.start)) console.log(`SAVED tagger's spurious ${e.label} "${r.text.slice(e.start, e.end)}" | ${around(e)}`);
      }
    }
  }
  console.log(`dev folds ${folds.join(',')} of the training split (${lang}), weights trained without each fold`);
  console.log(`\n== analyzer (in process)\n${analyzer.report()}`);
  console.log(`\n== tagger alone\n${tagger.report()}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const fixtureAt = args.indexOf('--fixture');
  const whole = fixtureAt >= 0 ? WHOLE_FIXTURES[args[fixtureAt + 1]] : undefined;
  if (fixtureAt >= 0 && !whole) throw new Error(`--fixture must be one of ${Object.keys(WHOLE_FIXTURES).join(', ')}`);
  const lang = whole ? whole.lang : ((langAt >= 0 ? args[langAt + 1] : 'fr') as Lang);
  if (!FIXTURES[lang]) throw new Error(`--lang must be fr or en`);
  if (args.includes('--dev-model')) return devMain(args, lang);
  const heldOut: NerRecord[] = whole
    ? fs.readFileSync(path.join(ROOT, whole.file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as NerRecord)
    : splitNerLines(fs.readFileSync(path.join(ROOT, FIXTURES[lang]), 'utf8')).heldOut;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-ner-'));
  const goldFile = path.join(work, 'heldout.jsonl');
  const textDir = path.join(work, 'texts');
  const predFile = path.join(work, 'pred.jsonl');
  fs.writeFileSync(goldFile, heldOut.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(whole ? `${whole.file}: ${heldOut.length} texts (all)` : `held-out ${lang}: ${heldOut.length} texts (non-empty line i with i % 5 === 0)`);

  try {
    if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    execFileSync('node', [path.join(ROOT, 'scripts/jsonl-to-files.mjs'), goldFile, textDir], { stdio: 'ignore' });
    const started = Date.now();
    const predictions = execFileSync('node', [path.join(ROOT, 'dist/cli.js'), 'analyze', '--format', 'jsonl', '--lang', lang, textDir], {
      maxBuffer: 1 << 28,
    });
    const seconds = (Date.now() - started) / 1000;
    fs.writeFileSync(predFile, predictions);
    console.log(`\n== analyzer (dist/cli.js, ${seconds.toFixed(1)} s with start-up), score-ner --labels ${LABELS}`);
    const scoreArgs = [path.join(ROOT, 'scripts/score-ner.mjs'), goldFile, predFile, '--labels', LABELS];
    if (args.includes('--verbose')) scoreArgs.push('--verbose');
    process.stdout.write(execFileSync('node', scoreArgs, { maxBuffer: 1 << 28 }));
  } catch (err) {
    console.log(`analyzer run failed: ${(err as Error).message.split('\n')[0]}`);
  }

  const scorer = new SpanScorer(new Set(LABELS.split(',')));
  const tokenized = heldOut.map((r) => tokenize(r.text));
  tagNames('', [], lang); // loads the model outside the timing
  // CPU time of this process (the machine is shared), first pass (cold word cache) and second.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let started = cpuMs();
  const predicted = heldOut.map((r, k) => tagNames(r.text, tokenized[k], lang));
  const ms = cpuMs() - started;
  started = cpuMs();
  heldOut.forEach((r, k) => tagNames(r.text, tokenized[k], lang));
  const warmMs = cpuMs() - started;
  heldOut.forEach((r, k) => scorer.add(r.entities, predicted[k]));
  const chars = heldOut.reduce((sum, r) => sum + r.text.length, 0);
  console.log(`\n== tagger alone (in process, exact span + label, ${LABELS})`);
  console.log(scorer.report());
  const speed = (t: number) => `${(chars / 1e6 / (t / 1000)).toFixed(1)} MB/s, ${(t / (chars / 5000)).toFixed(2)} ms per 5 KB`;
  console.log(`tagger speed (CPU time, tokens given): first pass ${speed(ms)}; second pass ${speed(warmMs)} over ${(chars / 1e6).toFixed(2)} MB`);
  console.log(`tagger_micro_f1=${SpanScorer.f1(scorer.micro()).f.toFixed(4)}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main();
