// Scoring the analyzer's names against a NER fixture, the rule of scripts/score-ner.mjs: micro F1
// over ORG, PER, LOC, exact span + label. Shared by the NER tests (held-out split and our own fixtures).
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { SpanScorer, type LabeledSpan } from '../../src/core/entities/tagger/evaluate';
import type { NerRecord } from '../../src/core/entities/tagger/split';
import type { EntityType, Lang } from '../../src/core/types';

export const SCORED_LABELS = new Set(['ORG', 'PER', 'LOC']);

const LABEL_OF_TYPE: Record<EntityType, string | null> = {
  company: 'ORG',
  organization: 'ORG',
  person: 'PER',
  place: 'LOC',
  product: 'MISC',
  ticker: null,
};

/** The raw lines of a fixture of test/fixtures/ner/. */
export function readNerFixture(file: string): string {
  return fs.readFileSync(path.join(__dirname, '../fixtures/ner', file), 'utf8');
}

/** Every record of a fixture of test/fixtures/ner/, one JSON object a line. */
export function nerRecords(file: string): NerRecord[] {
  return readNerFixture(file)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NerRecord);
}

/** The analyzer's micro F1 on these records, and the scorer's report for a failure message. */
export function analyzerScore(records: NerRecord[], lang: Lang): { f: number; report: string } {
  const scorer = new SpanScorer(SCORED_LABELS);
  for (const r of records) {
    const predicted: LabeledSpan[] = [];
    for (const e of analyze(r.text, { lang }).entities) {
      const label = LABEL_OF_TYPE[e.type];
      if (label !== null) predicted.push({ start: e.start, end: e.end, label });
    }
    scorer.add(r.entities, predicted);
  }
  return { f: SpanScorer.f1(scorer.micro()).f, report: scorer.report() };
}
