// Bundles the three entry points with esbuild: the extension (CommonJS, `vscode` external),
// the workspace-index worker it starts, and the command-line analyzer.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.json': 'json' },
};

const entries = [
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/extension/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
];

const existing = [];
for (const e of entries) {
  const fs = await import('node:fs');
  if (fs.existsSync(e.entryPoints[0])) existing.push(e);
}

if (watch) {
  for (const e of existing) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('[build] watching for changes');
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
  console.log(`[build] ${existing.map((e) => e.outfile).join(', ')}${production ? ' (production)' : ''}`);
}
