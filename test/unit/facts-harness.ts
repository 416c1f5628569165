// Shared by the fact-linker tests and scripts/eval-facts.mjs: runs linkFacts on the gold
// entities and figures of each article and scores its facts against the gold facts.
import fs from 'node:fs';
import path from 'node:path';
import { linkFacts } from '../../src/core/facts';
import type { ArticleAnalysis, Fact } from '../../src/core/types';

export interface FactScore {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
}

const key = (f: Fact) => `${f.entity}|${f.figure}|${f.predicate}`;

export function scoreFactsOnGold(goldJsonl: string, root: string): FactScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  for (const line of goldJsonl.split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as ArticleAnalysis & { file: string };
    const text = fs.readFileSync(path.join(root, doc.file), 'utf8');
    const facts = linkFacts(text, doc.entities, doc.figures, { lang: doc.lang });
    const figureText = new Map(doc.figures.map((f) => [f.start, f.text]));
    const show = (f: Fact) => `${f.entity} ${f.predicate} "${figureText.get(f.figure)}"@${f.figure}`;
    const goldKeys = new Set(doc.facts.map(key));
    const predKeys = new Set(facts.map(key));
    predicted += predKeys.size;
    gold += goldKeys.size;
    for (const f of doc.facts) {
      if (predKeys.has(key(f))) tp++;
      else misses.push(`${path.basename(doc.file)} missed ${show(f)}`);
    }
    for (const f of facts) if (!goldKeys.has(key(f))) misses.push(`${path.basename(doc.file)} extra  ${show(f)}`);
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1, misses };
}
