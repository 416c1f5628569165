// What each pass of the entity layer costs: every rule pass ruleCandidates() calls, and the steps
// extractEntities() chains (entityContext, the tagger, selectCandidates, linkMentions...), in ms
// per article, sorted by cost. Run: npx tsx scripts/bench-passes.ts [FOLDER] [--seconds N]
// [--no-tagger] [--expand NAME,...] (default seeds/; a folder's first 300 articles). --expand lists
// where functions' time goes: its hottest lines (in the bundle) and its callees.
// How: extractEntities() and ruleCandidates() are kept out of the optimizing compiler for the run
// (%NeverOptimizeFunction), so the passes they call are not inlined into them and each keeps its
// own frame; V8's sampling profiler then gives each pass its time, callees included. Nothing in
// the product code knows about it, so the product path pays nothing. The passes themselves are
// compiled as in analyze(). It is sampled: a pass under about 0.5 % of the layer is noise; run
// it twice and read the larger passes. GC shows on its own line (the passes' allocations).
// The code is bundled first as dist/ is (esbuild, one scope): run from src/ under tsx, imported
// constants are read through module objects, and some passes ran up to 20x slower.
// The "(self)" lines of the two parents are mostly the harness's own cost (unoptimized calls).
// It asserts nothing: a tool to find and check speed work, beside bench-compare.mjs.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type * as Entities from '../src/core/entities';
import type * as Candidates from '../src/core/entities/candidates';
import type * as Language from '../src/core/language';
import type * as Tokenize from '../src/core/text/tokenize';
import { benchArticles } from './bench-articles.mjs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k < 0 ? undefined : args.splice(k, 2)[1];
};
const seconds = Number(flag('--seconds') ?? 8);
const expand = flag('--expand');
const noTagger = args.includes('--no-tagger');
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '../seeds');
const texts = benchArticles(dir);
const root = path.join(__dirname, '..');
const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-passes-')), 'core.js');
esbuild.buildSync({
  stdin: {
    contents: ["export { extractEntities } from './src/core/entities';", "export { ruleCandidates } from './src/core/entities/candidates';",
      "export { detectLanguage } from './src/core/language';", "export { tokenize } from './src/core/text/tokenize';"].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: bundle, loader: { '.json': 'json' }, logLevel: 'warning',
  supported: { 'regexp-unicode-property-escapes': true }, // as scripts/build.mjs bundles dist/
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(bundle) as typeof Entities & Pick<typeof Candidates, 'ruleCandidates'> & typeof Language & typeof Tokenize;
const { extractEntities, ruleCandidates, detectLanguage, tokenize } = core;
const bundleLines = fs.readFileSync(bundle, 'utf8').split('\n');
fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
const prepared = texts.map((text) => ({ text, lang: detectLanguage(text), tokens: tokenize(text) }));
const runAll = (): void => {
  for (const p of prepared) extractEntities(p.text, { lang: p.lang, tokens: p.tokens, noTagger });
};

/** The functions whose callees are listed: never optimized, so they inline none of them. */
const PARENTS = new Set(['extractEntities', 'ruleCandidates']);
v8.setFlagsFromString('--allow-natives-syntax');
const neverOptimize = new Function('f', '%NeverOptimizeFunction(f)') as (f: unknown) => void;
neverOptimize(extractEntities);
neverOptimize(ruleCandidates);

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function main(): Promise<void> {
  for (let i = 0; i < 20; i++) runAll();
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 50 });
  await post(session, 'Profiler.start');
  let articles = 0;
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
    runAll();
    articles += prepared.length;
  }
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();

  // Time of each node alone, then with its callees.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[k]));
  const total = new Map<number, number>();
  const totalOf = (n: ProfileNode): number => {
    let sum = self.get(n.id) ?? 0;
    for (const c of n.children ?? []) sum += totalOf(byId.get(c)!);
    total.set(n.id, sum);
    return sum;
  };
  const root = profile.nodes[0];
  totalOf(root);

  // Every callee of a parent, summed by name over the call paths (a pass may show in several).
  const passes = new Map<string, number>();
  const add = (name: string, us: number): void => void passes.set(name, (passes.get(name) ?? 0) + us);
  let layer = 0;
  let gc = 0;
  const visit = (n: ProfileNode, insideParent: boolean): void => {
    const name = n.callFrame.functionName;
    if (name === '(garbage collector)') gc += total.get(n.id)!;
    if (PARENTS.has(name)) {
      if (name === 'extractEntities' && !insideParent) layer += total.get(n.id)!;
      add(`${name} (self)`, self.get(n.id) ?? 0);
      for (const c of n.children ?? []) {
        const child = byId.get(c)!;
        if (PARENTS.has(child.callFrame.functionName)) visit(child, true);
        // An arrow function of a parent (extractEntities' afterLinking list) stands for the passes it calls.
        else if (child.callFrame.functionName === '') visitAnonymous(child);
        else add(child.callFrame.functionName, total.get(c)!);
      }
      return;
    }
    for (const c of n.children ?? []) visit(byId.get(c)!, insideParent);
  };
  const visitAnonymous = (n: ProfileNode): void => {
    add('(anonymous) (self)', self.get(n.id) ?? 0);
    for (const c of n.children ?? []) {
      const child = byId.get(c)!;
      if (child.callFrame.functionName === '') visitAnonymous(child);
      else add(child.callFrame.functionName, total.get(c)!);
    }
  };
  visit(root, false);

  const ms = (us: number): string => (us / 1000 / articles).toFixed(4).padStart(8);
  const pct = (us: number): string => ((100 * us) / layer).toFixed(1).padStart(5);
  console.log(`${articles} articles in ${seconds} s (${dir}${noTagger ? ', no tagger' : ''}); ms per article, % of extractEntities`);
  console.log(`${'extractEntities'.padEnd(36)} ${ms(layer)} 100.0`);
  for (const [name, us] of [...passes].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(34)} ${ms(us)} ${pct(us)}`);
  console.log(`${'(garbage collector, whole run)'.padEnd(36)} ${ms(gc)} ${pct(gc)}`);
  for (const name of expand?.split(',') ?? []) expandFunction(profile, byId, self, total, name, (us) => `${ms(us)} ${pct(us)}`);
}

/** Where the time of the function named `name` goes: its lines by ticks, its callees by time. */
function expandFunction(profile: Profile, byId: Map<number, ProfileNode>, self: Map<number, number>, total: Map<number, number>, name: string, show: (us: number) => string): void {
  const lines = new Map<number, number>();
  const callees = new Map<string, number>();
  let selfUs = 0;
  let ticks = 0;
  for (const n of profile.nodes) {
    if ((n.callFrame.functionName || '(anonymous)') !== name) continue;
    selfUs += self.get(n.id) ?? 0;
    for (const p of n.positionTicks ?? []) {
      lines.set(p.line, (lines.get(p.line) ?? 0) + p.ticks);
      ticks += p.ticks;
    }
    for (const c of n.children ?? []) {
      const child = byId.get(c)!;
      const key = child.callFrame.functionName || '(anonymous)';
      callees.set(key, (callees.get(key) ?? 0) + total.get(c)!);
    }
  }
  console.log(`\n${name}: self ${show(selfUs)}; its lines (share of its self time):`);
  for (const [line, t] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((100 * t) / ticks).toFixed(1).padStart(5)} %  ${(bundleLines[line - 1] ?? '').trim().slice(0, 140)}`);
  }
  console.log(`${name}: callees`);
  for (const [callee, us] of [...callees].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${callee.padEnd(34)} ${show(us)}`);
}

void main();
