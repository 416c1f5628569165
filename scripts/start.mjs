// `npm start`: the product's quick start. Installs what is missing, builds, runs the CLI analyzer
// on seeds/ once, then serves a real VS Code (offline: the VS Code server from the code-server
// cache) with the extension loaded and seeds/ open, until Ctrl+C.
// Usage: node scripts/start.mjs   (ARTICLE_LENS_PORT=8765 picks the port)
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(repoRoot);

function runStep(label, args) {
  console.log(`[start] ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] ${label} failed`);
    process.exit(1);
  }
}

// Dependencies first: the harness module below imports nothing outside Node, but the build does.
runStep('dependencies', ['scripts/ensure-deps.mjs']);
runStep('build', ['scripts/build.mjs']);
runStep('offline VS Code', ['scripts/setup-vscode.mjs']);

const { cleanupStack, freePort, startServer, vscodeVersion, workbenchUrl } = await import('../test/runner/harness.mjs');

console.log('\n[start] the CLI analyzer on seeds/ (node dist/cli.js analyze --format text seeds):');
try {
  const text = execFileSync(process.execPath, ['dist/cli.js', 'analyze', '--format', 'text', 'seeds'], { encoding: 'utf8' });
  const lines = text.split('\n');
  // One line per article (the unindented headers), then the first entities of the first one.
  console.log(lines.filter((line) => line && !/^\s/.test(line)).join('\n'));
  console.log(lines.slice(1, 9).join('\n'));
  console.log('  ...');
} catch (err) {
  console.log(`  the analyzer failed: ${err.message.split('\n')[0]}`);
}

// A profile that lasts between runs, so a person's layout and settings stay.
const profileDir = path.join(repoRoot, '.cache', 'start-profile');
fs.mkdirSync(profileDir, { recursive: true });
const logFile = path.join(repoRoot, 'test-results', 'start-server.log');
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const seeds = path.join(repoRoot, 'seeds');

const cleanup = cleanupStack();
const port = Number(process.env.ARTICLE_LENS_PORT ?? 0) || (await freePort());
const server = await startServer({ tmpRoot: profileDir, logFile, port });
let stopping = false;
cleanup.register(() => {
  stopping = true;
  return server.stop();
});

const url = workbenchUrl(server, { folder: seeds, extensionDevelopmentPath: repoRoot });
console.log(`\n[start] VS Code ${vscodeVersion()} with Article Lens loaded, seeds/ open. Open this URL in a browser:\n\n  ${url}\n`);
const hasDesktopCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
if (hasDesktopCode) {
  console.log(`[start] or in desktop VS Code:\n\n  code --extensionDevelopmentPath=${repoRoot} ${seeds}\n`);
}
console.log(`[start] server log: ${path.relative(repoRoot, logFile)}; Ctrl+C to stop`);
server.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`[start] the VS Code server exited (${code}); see ${path.relative(repoRoot, logFile)}`);
  process.exit(1);
});
