// Compares the cost of the analyzer's layers between versions of the code, on a shared, noisy
// machine: node scripts/bench-compare.mjs [--runs N] [--dir FOLDER] [--only stage,...] VERSION...
// Stages: mask, language, articleDate, tokenize, entityRules (the entity layer without the tagger), entities, tagger,
// figures, facts, analyze (language, tokenize, tagger, facts and analyze by default). With one VERSION (`.`) it says
// where the time of that code goes.
// A VERSION is a git ref (main, HEAD~3) or a folder holding a src/ tree (a worktree). Each one
// is bundled as dist/ is; then processes of each version run in turn, N times (default 5), and
// each stage keeps its least CPU time over many one-pass rounds of the articles (default
// seeds/): other jobs inflate some rounds, rarely all of them, so the minimum is the steadiest
// figure (a few per cent between runs of the same code; single wall-time runs vary by 2x here).
// Prints ms per article for each stage and version. It asserts nothing.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchArticles } from './bench-articles.mjs';
import { printUsage } from './usage.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGES = ['mask', 'language', 'articleDate', 'tokenize', 'entityRules', 'entities', 'tagger', 'figures', 'facts', 'analyze'];
/** The stages run unless --only names some: the layers analyze() calls, and analyze itself. */
const DEFAULT_STAGES = ['language', 'tokenize', 'tagger', 'facts', 'analyze'];

if (process.argv[2] === '--child') child(process.argv.slice(3));
else compare(process.argv.slice(2));

/** One version's least CPU time per article for each stage, printed as one JSON line. */
function child([bundle, dir, only]) {
  const m = createRequire(import.meta.url)(bundle);
  const texts = benchArticles(dir);
  const prepared = texts.map((text) => {
    const lang = m.detectLanguage(text);
    const tokens = m.tokenize(text);
    const entities = m.extractEntities(text, { lang, tokens });
    const figures = m.extractFigures(text, { lang, defaultDollar: 'USD', entitySpans: entities, tokens });
    return { text, lang, tokens, entities, figures };
  });
  const stages = {
    mask: (p) => m.maskNonProse(p.text, 'plain'),
    language: (p) => m.detectLanguage(p.text),
    articleDate: (p) => m.articleDate(p.text, p.lang),
    tokenize: (p) => m.tokenize(p.text),
    // As in analyze(): the entity rules have read the tokens first (their strings are hashed).
    entities: (p) => m.extractEntities(p.text, { lang: p.lang, tokens: p.tokens }),
    entityRules: (p) => m.extractEntities(p.text, { lang: p.lang, tokens: p.tokens, noTagger: true }),
    tagger: (p) => m.tagNames(p.text, p.tokens, p.lang),
    figures: (p) => m.extractFigures(p.text, { lang: p.lang, defaultDollar: 'USD', entitySpans: p.entities, tokens: p.tokens }),
    facts: (p) => m.linkFacts(p.text, p.entities, p.figures, { lang: p.lang, tokens: p.tokens }),
    analyze: (p) => m.analyze(p.text),
  };
  const out = {};
  for (const name of only.split(',')) {
    const run = stages[name];
    for (let i = 0; i < 30; i++) for (const p of prepared) run(p);
    let best = Infinity;
    for (let round = 0; round < 300; round++) {
      const start = process.cpuUsage();
      for (const p of prepared) run(p);
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000 / texts.length);
    }
    out[name] = best;
  }
  console.log(JSON.stringify(out));
}

/** The value after a flag, or undefined where there is none (the end of the arguments, or another flag). */
function valueAfter(args, k) {
  return k + 1 < args.length && !args[k + 1].startsWith('--') ? args[k + 1] : undefined;
}

function compare(args) {
  let runs = 5;
  let dir = path.join(root, 'seeds');
  let only = DEFAULT_STAGES.join(',');
  const versions = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--help' || arg === '-h') return printUsage(import.meta.url);
    if (arg === '--runs' || arg === '--dir' || arg === '--only') {
      const value = valueAfter(args, k++);
      if (value === undefined) return printUsage(import.meta.url, `bench-compare: ${arg} takes a value`);
      if (arg === '--runs') runs = Number(value);
      else if (arg === '--dir') dir = path.resolve(value);
      else only = value;
    } else if (arg.startsWith('-')) return printUsage(import.meta.url, `bench-compare: unknown option ${arg}`);
    else versions.push(arg);
  }
  const unknown = only.split(',').filter((stage) => !STAGES.includes(stage));
  if (unknown.length > 0) return printUsage(import.meta.url, `bench-compare: unknown stage ${unknown.join(', ')} (stages: ${STAGES.join(', ')})`);
  if (!(Number.isInteger(runs) && runs >= 1)) return printUsage(import.meta.url, 'bench-compare: --runs takes a whole number of at least 1');
  if (!fs.existsSync(dir)) return printUsage(import.meta.url, `bench-compare: no folder ${dir}`);
  if (versions.length === 0) return printUsage(import.meta.url, 'bench-compare: name at least one VERSION');
  // A VERSION that is no folder with a src/ tree must be a commit git knows, checked before any bundling.
  for (const version of versions) {
    if (fs.existsSync(path.join(path.resolve(version), 'src'))) continue;
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${version}^{commit}`], { cwd: root, stdio: 'ignore' });
    } catch {
      return printUsage(import.meta.url, `bench-compare: ${version} is neither a folder holding src/ nor a git ref`);
    }
  }

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-compare-'));
  const bundles = versions.map((version, k) => {
    let tree = path.resolve(version);
    if (!fs.existsSync(path.join(tree, 'src'))) {
      // A git ref: its tree, next to this checkout's node_modules.
      tree = path.join(scratch, `tree-${k}`);
      fs.mkdirSync(tree);
      execFileSync('sh', ['-c', `git archive ${JSON.stringify(version)} src | tar -x -C ${JSON.stringify(tree)}`], { cwd: root });
    }
    const outfile = path.join(scratch, `bundle-${k}.js`);
    esbuild.buildSync({
      stdin: {
        contents: ["export { analyze } from './src/core/analyze';", "export { detectLanguage } from './src/core/language';",
          "export { tokenize } from './src/core/text/tokenize';", "export { tagNames } from './src/core/entities/tagger';",
          "export { extractEntities } from './src/core/entities';", "export { extractFigures } from './src/core/figures';",
          "export { linkFacts } from './src/core/facts';", "export { maskNonProse } from './src/core/text/markup';",
          "export { articleDate } from './src/core/articleDate';"].join('\n'),
        resolveDir: tree,
        loader: 'ts',
      },
      nodePaths: [path.join(root, 'node_modules')],
      bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile, loader: { '.json': 'json' }, logLevel: 'warning',
      supported: { 'regexp-unicode-property-escapes': true }, // as scripts/build.mjs bundles dist/
    });
    return outfile;
  });

  const best = versions.map(() => ({}));
  for (let r = 0; r < runs; r++) {
    bundles.forEach((bundle, k) => {
      const res = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundle, dir, only], { encoding: 'utf8' }));
      for (const [stage, ms] of Object.entries(res)) best[k][stage] = Math.min(best[k][stage] ?? Infinity, ms);
    });
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  const width = Math.max(12, ...versions.map((v) => v.length + 2));
  console.log('ms/article'.padEnd(12) + versions.map((v) => v.padStart(width)).join(''));
  for (const stage of only.split(',')) console.log(stage.padEnd(12) + best.map((b) => b[stage].toFixed(4).padStart(width)).join(''));
}
