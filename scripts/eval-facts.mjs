#!/usr/bin/env node
// Scores the fact linker alone: feeds the GOLD entities and figures of each article to
// linkFacts and compares its facts with the gold facts (entity id + figure start + predicate,
// the matching of scripts/score.mjs).
// Usage: node --import tsx scripts/eval-facts.mjs [GOLD.jsonl] [-v]   (default test/fixtures/seeds.gold.jsonl)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreFactsOnGold } from '../test/unit/facts-harness.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const goldPath = args.find((a) => !a.startsWith('-')) ?? path.join(root, 'test/fixtures/seeds.gold.jsonl');
const result = scoreFactsOnGold(fs.readFileSync(goldPath, 'utf8'), root);
if (verbose) for (const line of result.misses) console.log(line);
const pct = (x) => (100 * x).toFixed(1);
console.log(`facts on gold inputs: P ${pct(result.precision)} R ${pct(result.recall)} F1 ${pct(result.f1)} ` +
  `(tp ${result.tp}, predicted ${result.predicted}, gold ${result.gold})`);
