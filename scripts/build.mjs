// Bundles the three entry points with esbuild: the extension (CommonJS, `vscode` external),
// the workspace-index worker it starts, and the command-line analyzer.
// Usage: node scripts/build.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { largeJsonAsString } from './large-json.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --tests also bundles the integration suites: test/integration/index.ts and every
// test/integration/**/*.test.ts -> out/test/integration/ (`vscode` and `mocha` external).
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.json': 'json' },
  // esbuild rewrites \p{..} regex literals into new RegExp(...) calls for node20 (a new object at every
  // call where the literal is inside a function); Node 20 runs them natively.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [largeJsonAsString],
};

const entries = [
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The core as a library, for benchmarks and other Node hosts.
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/extension/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
];

if (tests) {
  const suites = fs
    .readdirSync('test/integration', { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.test.ts') || rel === 'index.ts');
  fs.rmSync('out/test/integration', { recursive: true, force: true });
  for (const rel of suites) {
    entries.push({
      entryPoints: [`test/integration/${rel}`],
      outfile: `out/test/integration/${rel.replace(/\.ts$/, '.js')}`,
      external: ['vscode', 'mocha'],
    });
  }
}

// An entry point whose source does not exist yet is skipped rather than failing the build.
const existing = entries.filter((e) => fs.existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of existing) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('[build] watching for changes');
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
  // VS Code validates and completes the user's entity list with this schema (contributes.jsonValidation).
  fs.copyFileSync('src/core/data/entity-list.schema.json', 'dist/entity-list.schema.json');
  console.log(`[build] ${existing.map((e) => e.outfile).join(', ')}${production ? ' (production)' : ''}`);
}
