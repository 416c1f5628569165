// CPU-time throughput of the tokenizer and of the name tagger alone over the seed articles
// (node scripts/bench-tagger.mjs [rounds]): the parts of analyze() under src/core/text and
// src/core/entities/tagger, timed apart from the rest so that a change there is measurable.
// The sources are bundled with esbuild first, as in dist/, so imports cost what they cost there.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(os.tmpdir(), 'article-lens-bench-tagger.js'); // kept, to read a CPU profile's line numbers against
esbuild.buildSync({
  stdin: {
    contents: "export { tagNames } from './src/core/entities/tagger'; export { tokenize } from './src/core/text/tokenize'; export { detectLanguage } from './src/core/language';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: bundle, loader: { '.json': 'json' }, logLevel: 'warning',
});
const { tagNames, tokenize, detectLanguage } = createRequire(import.meta.url)(bundle);

const seedsDir = path.join(root, 'seeds');
const texts = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
const langs = texts.map((t) => detectLanguage(t));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
const rounds = Number(process.argv[2] ?? 3000);

function cpuSeconds(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
const best = (run) => Math.min(cpuSeconds(run), cpuSeconds(run), cpuSeconds(run));

for (let r = 0; r < 200; r++) for (let k = 0; k < texts.length; k++) tagNames(texts[k], tokenize(texts[k]), langs[k]);
const tokenizeSeconds = best(() => { for (let r = 0; r < rounds; r++) for (const t of texts) tokenize(t); });
// Fresh tokens each round, as analyze() gives the tagger (token strings not hashed yet).
const bothSeconds = best(() => { for (let r = 0; r < rounds; r++) for (let k = 0; k < texts.length; k++) tagNames(texts[k], tokenize(texts[k]), langs[k]); });
const tagSeconds = bothSeconds - tokenizeSeconds;
const mb = (rounds * bytes) / 1e6;
const perSeed = (s) => `${((s / rounds / texts.length) * 1e3).toFixed(3)} ms per seed`;
console.log(`tokenize: ${(mb / tokenizeSeconds).toFixed(1)} MB/s CPU, ${perSeed(tokenizeSeconds)}`);
console.log(`tagger (tokenize excluded): ${(mb / tagSeconds).toFixed(1)} MB/s CPU, ${perSeed(tagSeconds)}`);
