// Lists every error of the whole analyzer on the DEV folds of the French (or English) training split,
// each fold with the weights trained without it, as one JSON line per error, for bucketing by cause:
//
//   npx tsx scripts/dev-errors.ts --dev-model DIR [--lang fr] [--predictions FILE] > /tmp/errors.jsonl
//
// kind: miss (a gold name nothing overlaps), fp (a found name no gold name overlaps; `goldMisc` when a
// MISC gold name overlaps it), type (same span, other label), boundary (overlapping, other span).
// Never run on the held-out split (src/core/entities/tagger/split.ts).

import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { tokenize } from '../src/core/text/tokenize';
import { entityContext, ruleCandidates, type Candidate } from '../src/core/entities/candidates';
import { selectCandidates, taggerCandidates } from '../src/core/entities/merge';
import { tagNames } from '../src/core/entities/tagger';
import { useTaggerModel } from '../src/core/entities/tagger';
import type { LexiconData } from '../src/core/entities/tagger/features';
import type { ModelData } from '../src/core/entities/tagger/model';
import { splitNerLines, type NerEntity } from '../src/core/entities/tagger/split';
import type { Lang } from '../src/core/types';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FIXTURES: Record<Lang, string> = { fr: 'test/fixtures/ner/wikinews-fr-ner.jsonl', en: 'test/fixtures/ner/wikigold-en-ner.jsonl' };
const TYPE_LABEL: Record<string, string> = { company: 'ORG', organization: 'ORG', person: 'PER', place: 'LOC' };
const LABELS = new Set(['ORG', 'PER', 'LOC']);

const args = process.argv.slice(2);
const dir = args[args.indexOf('--dev-model') + 1];
const lang = (args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'fr') as Lang;
const predAt = args.indexOf('--predictions');
const predictions: string[] = [];
const { train } = splitNerLines(fs.readFileSync(path.join(ROOT, FIXTURES[lang]), 'utf8'));
/** The analyzer's chosen candidates (source, tier) by character span, as extractEntities picks them. */
function chosenBySpan(text: string): Map<string, Candidate> {
  const tokens = tokenize(text);
  const ctx = entityContext(text, tokens, lang);
  const rules = ruleCandidates(ctx);
  const chosen = selectCandidates(tokens.length, [...rules, ...taggerCandidates(ctx, tagNames(text, tokens, lang), rules)]);
  return new Map(chosen.map((c) => [`${tokens[c.ts].start}:${tokens[c.te - 1].end - (c.endTrim ?? 0)}`, c]));
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

for (const fold of [0, 1, 2, 3, 4]) {
  const foldDir = path.join(dir, `fold${fold}`);
  const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(foldDir, file), 'utf8')) as T;
  useTaggerModel(lang, read<ModelData>(`tagger-${lang}.json`), read<LexiconData>(`tagger-lexicon-${lang}.json`));
  train.forEach((r, doc) => {
    if (doc % 5 !== fold) return;
    const found: NerEntity[] = analyze(r.text, { lang, format: 'plain' }).entities.flatMap((e) =>
      TYPE_LABEL[e.type] ? [{ start: e.start, end: e.end, label: TYPE_LABEL[e.type], text: e.text }] : [],
    );
    predictions.push(JSON.stringify({ doc, fold, entities: found }));
    const gold = r.entities.filter((e) => LABELS.has(e.label));
    const ctx = (e: NerEntity) => ({
      before: r.text.slice(Math.max(0, e.start - 50), e.start).replace(/\s+/g, ' '),
      after: r.text.slice(e.end, e.end + 40).replace(/\s+/g, ' '),
    });
    const sources = chosenBySpan(r.text);
    const how = (p: NerEntity): string => {
      const c = sources.get(`${p.start}:${p.end}`);
      return c ? `${c.source}/${c.tier}${c.weak ? '/weak' : ''}` : 'link';
    };
    const same = (a: NerEntity, b: NerEntity) => a.start === b.start && a.end === b.end;
    for (const g of gold) {
      if (found.some((p) => same(p, g) && p.label === g.label)) continue;
      const near = found.filter((p) => overlaps(p, g));
      const kind = near.length === 0 ? 'miss' : near.some((p) => same(p, g)) ? 'type' : 'boundary';
      console.log(JSON.stringify({ fold, doc, kind, label: g.label, text: g.text, pred: near.map((p) => `${p.label}:${p.text}`), src: near.map(how), ...ctx(g) }));
    }
    for (const p of found) {
      if (r.entities.some((g) => overlaps(g, p) && LABELS.has(g.label))) continue;
      const misc = r.entities.find((g) => overlaps(g, p));
      console.log(JSON.stringify({ fold, doc, kind: 'fp', label: p.label, text: p.text, goldMisc: misc ? misc.text : undefined, src: [how(p)], ...ctx(p) }));
    }
  });
}

// --predictions FILE also writes the analyzer's mentions of every dev text (doc = index among the training lines).
if (predAt >= 0) fs.writeFileSync(args[predAt + 1], predictions.join('\n') + '\n');
