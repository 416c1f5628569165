// Runs `npm ci` when node_modules is missing or older than package-lock.json, so `npm test`
// and `npm start` work right after `git clone`. Uses only Node's built-ins: it runs before
// any dependency exists.
// Usage: node scripts/ensure-deps.mjs
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(repoRoot, 'package-lock.json');
// npm writes this file at the end of every install; its age is the age of node_modules.
const installedLock = path.join(repoRoot, 'node_modules', '.package-lock.json');

function staleReason() {
  if (!fs.existsSync(installedLock)) return 'node_modules is missing';
  if (fs.statSync(installedLock).mtimeMs < fs.statSync(lockFile).mtimeMs) return 'node_modules is older than package-lock.json';
  return null;
}

const reason = staleReason();
if (reason) {
  const started = Date.now();
  console.log(`[ensure-deps] ${reason}: npm ci`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[ensure-deps] npm ci failed (${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`[ensure-deps] npm ci done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
