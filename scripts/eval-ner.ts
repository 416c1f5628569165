// Scores the entity layer on the HELD-OUT split of a NER fixture (isHeldOutLine), two ways:
// 1. the whole analyzer through the built CLI (node dist/cli.js analyze), scored by
//    scripts/score-ner.mjs --labels ORG,PER,LOC, as an outside user would run it;
// 2. the name tagger alone, in process (tagNames over the shared tokenizer).
//
//   npx tsx scripts/eval-ner.ts [--lang fr|en] [--no-build] [--verbose]
//
// --no-build skips `npm run build` (dist/cli.js must then be current); --verbose passes
// --verbose to score-ner (every miss and spurious entity).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenize } from '../src/core/text/tokenize';
import { tagNames } from '../src/core/entities/tagger';
import { SpanScorer } from '../src/core/entities/tagger/evaluate';
import { splitNerLines } from '../src/core/entities/tagger/split';
import type { Lang } from '../src/core/types';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FIXTURES: Record<Lang, string> = {
  fr: 'test/fixtures/ner/wikinews-fr-ner.jsonl',
  en: 'test/fixtures/ner/wikigold-en-ner.jsonl',
};
const LABELS = 'ORG,PER,LOC';

function main(): void {
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const lang = (langAt >= 0 ? args[langAt + 1] : 'fr') as Lang;
  if (!FIXTURES[lang]) throw new Error(`--lang must be fr or en`);
  const { heldOut } = splitNerLines(fs.readFileSync(path.join(ROOT, FIXTURES[lang]), 'utf8'));

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-ner-'));
  const goldFile = path.join(work, 'heldout.jsonl');
  const textDir = path.join(work, 'texts');
  const predFile = path.join(work, 'pred.jsonl');
  fs.writeFileSync(goldFile, heldOut.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`held-out ${lang}: ${heldOut.length} texts (non-empty line i with i % 5 === 0)`);

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
