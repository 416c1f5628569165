// `npm test`: runs the three tiers one after the other — unit (mocha in Node), integration
// (inside VS Code), UI check (a person's actions in VS Code) — every tier even when an earlier
// one fails, then prints each tier's time and result and one closing `N passed, M failed` line.
// Usage: node test/runner/all.mjs   (after scripts/ensure-deps.mjs)
import { spawn } from 'node:child_process';

const tiers = [
  { name: 'unit', script: 'test:unit' },
  { name: 'integration', script: 'test:integration' },
  { name: 'ui', script: 'test:ui' },
];

/** Test counts from what a tier printed: our runners' closing line, or mocha's spec summary. */
function countsFrom(output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(\d+) passed, (\d+) failed/.exec(lines[i].trim());
    if (m) return { passed: Number(m[1]), failed: Number(m[2]) };
  }
  const passing = /^\s*(\d+) passing/m.exec(lines.join('\n'));
  const failing = /^\s*(\d+) failing/m.exec(lines.join('\n'));
  if (passing || failing) return { passed: Number(passing?.[1] ?? 0), failed: Number(failing?.[1] ?? 0) };
  return null;
}

function runTier(tier) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n===== ${tier.name}: npm run ${tier.script} =====`);
    const child = spawn('npm', ['run', '--silent', tier.script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
    });
    child.on('exit', (code, signal) => {
      const counts = countsFrom(output);
      // A tier that failed without a failing test (type errors, a crash) counts as one failure.
      const failed = Math.max(counts?.failed ?? 0, code === 0 ? 0 : 1);
      resolve({ ...tier, ok: code === 0, code: code ?? signal, passed: counts?.passed ?? 0, failed, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const results = [];
for (const tier of tiers) results.push(await runTier(tier));

console.log('\n===== summary =====');
for (const r of results) {
  const status = r.ok ? 'ok  ' : 'FAIL';
  console.log(`${status} ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(7)} s`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) && passed > 0 ? 0 : 1);
