// The long fuzz run of the analyzer: the hostile texts and the checks of the robustness suites
// (test/unit/robustness-support.ts), for as many cases as asked, on analyze() and on each layer
// on its own. Unlike the suite it does not stop at the first failure: it groups problems by kind,
// shrinks the shortest text of each kind to a minimal one, and prints them all at the end.
//
//   node scripts/fuzz.mjs [--runs 200000] [--seed N] [--dist] [--any-only]
//
// Builds nothing: by default the TypeScript sources run through tsx; --dist uses dist/core.js
// (written by `npm run build`) for analyze() and still checks the layers from the sources.
// Exit code 1 when a problem was found.
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const runs = Number(option('--runs', '20000'));
const seed = Number(option('--seed', String(Date.now() % 2 ** 31)));
const useDist = process.argv.includes('--dist');

// The sources load as CommonJS through tsx, as in the mocha suites (.mocharc.json: tsx/cjs).
require('tsx/cjs/api').register();
const src = (rel) => require(path.join(root, rel));
const support = src('test/unit/robustness-support.ts');
const fc = require('fast-check');
const { extractFigures } = src('src/core/figures/index.ts');
const { extractEntities } = src('src/core/entities/index.ts');
const { linkFacts } = src('src/core/facts/index.ts');
const { analyze } = useDist ? require(path.join(root, 'dist/core.js')) : src('src/core/analyze.ts');

/** Problems of one text in every layer and in analyze(); a throw is a problem too. */
function problemsOf(text, lang, checkDeterminism) {
  const problems = [];
  const guard = (layer, run) => {
    try {
      return run();
    } catch (err) {
      problems.push(`${layer} throws: ${String(err?.message ?? err).slice(0, 120)}`);
      return undefined;
    }
  };
  const result = guard('analyze', () => analyze(text, { lang, date: '2025-06-15' }));
  if (result) problems.push(...support.analysisProblems(text, result).map((p) => `analyze: ${p}`));
  const l = result?.lang ?? 'fr';
  const figures = guard('extractFigures', () => extractFigures(text, { lang: l, refDate: '2025-06-15', defaultDollar: 'USD' }));
  if (figures) problems.push(...support.figureProblems(text, figures).map((p) => `extractFigures: ${p}`));
  const entities = guard('extractEntities', () => extractEntities(text, { lang: l }));
  if (entities) problems.push(...support.entityProblems(text, entities).map((p) => `extractEntities: ${p}`));
  if (figures && entities) {
    const facts = guard('linkFacts', () => linkFacts(text, entities, figures, { lang: l }));
    if (facts) problems.push(...support.factProblems(facts, entities, figures).map((p) => `linkFacts: ${p}`));
  }
  if (checkDeterminism && result) {
    const again = guard('analyze', () => analyze(text, { lang, date: '2025-06-15' }));
    if (again && JSON.stringify(again) !== JSON.stringify(result)) problems.push('analyze: a second call gives another result');
  }
  return problems;
}

/** The kind of a problem: the message without the quoted texts and numbers that vary. */
const kindOf = (problem) => problem.replace(/"(?:[^"\\]|\\.)*"/g, 'S').replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, 'N');

/** Removes chunks of the text, then single units, while the problem of this kind remains. */
function shrink(text, lang, kind) {
  const still = (t) => problemsOf(t, lang, false).some((p) => kindOf(p) === kind);
  let current = text;
  for (let chunk = Math.max(1, current.length >> 1); chunk >= 1; chunk = chunk === 1 ? 0 : chunk >> 1) {
    for (let i = 0; i < current.length; ) {
      const candidate = current.slice(0, i) + current.slice(i + chunk);
      if (candidate.length < current.length && still(candidate)) current = candidate;
      else i += chunk;
    }
  }
  return current;
}

const found = new Map(); // kind -> { text, lang, problem, count }
const slowest = []; // { msPerKb, length, text }
const arbitrary = process.argv.includes('--any-only') ? support.anyString : fc.oneof({ arbitrary: support.hostileText, weight: 4 }, { arbitrary: support.anyString, weight: 1 });
const langs = [undefined, 'fr', 'en'];
const batch = 1000;
const started = Date.now();
let done = 0;
console.log(`fuzz: ${runs} cases, seed ${seed}, analyze() from ${useDist ? 'dist/core.js' : 'the sources (tsx)'}`);
for (let b = 0; done < runs; b++) {
  const texts = fc.sample(arbitrary, { numRuns: Math.min(batch, runs - done), seed: seed + b });
  for (const text of texts) {
    const lang = langs[done % 3];
    const t0 = performance.now();
    const problems = problemsOf(text, lang, done % 10 === 0);
    const ms = performance.now() - t0;
    if (text.length >= 2000) {
      slowest.push({ msPerKb: ms / (text.length / 1024), length: text.length, text });
      slowest.sort((a, b2) => b2.msPerKb - a.msPerKb);
      slowest.length = Math.min(slowest.length, 3);
    }
    for (const problem of problems) {
      const kind = kindOf(problem);
      const seen = found.get(kind);
      if (!seen) found.set(kind, { text, lang, problem, count: 1 });
      else {
        seen.count++;
        if (text.length < seen.text.length) Object.assign(seen, { text, lang, problem });
      }
    }
    done++;
  }
  if ((b + 1) % 10 === 0) console.log(`  ${done} cases, ${found.size} kind(s) of problem, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

console.log(`\nfuzz: ${done} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ${found.size} kind(s) of problem`);
for (const [kind, { text, lang, problem, count }] of found) {
  const minimal = shrink(text, lang, kind);
  const after = problemsOf(minimal, lang, false).find((p) => kindOf(p) === kind) ?? problem;
  console.log(`\n- ${count} case(s): ${kind}\n  minimal input (lang ${lang ?? 'detected'}): ${JSON.stringify(minimal)}\n  ${after}`);
}
if (slowest.length) {
  console.log('\nslowest texts of 2 KB or more (ms per KB, all layers and analyze):');
  for (const s of slowest) console.log(`  ${s.msPerKb.toFixed(2)} ms/KB, ${s.length} units: ${JSON.stringify(s.text.slice(0, 120))}…`);
}
if (found.size > 0) process.exitCode = 1;
