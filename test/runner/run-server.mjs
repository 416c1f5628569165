// Runs the integration suites inside a real VS Code, offline: the VS Code server from the
// code-server cache (scripts/setup-vscode.mjs) with the workbench in headless Chromium, the
// extension loaded from this repository and a temp copy of seeds/ as the workspace.
// Expects `node scripts/build.mjs --tests` to have run (the npm script does it).
//
// Usage: node test/runner/run-server.mjs
//   ARTICLE_LENS_TEST_GREP=smoke   run only the tests whose full title matches (mocha grep)
//   ARTICLE_LENS_HEADED=1          show the browser (when a display exists)
//   ARTICLE_LENS_KEEP=1            keep the temp folders (workspace copy, VS Code user data)
//   ARTICLE_LENS_TEST_TIMEOUT=300  seconds to wait for the suites to finish
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assertHarnessReady, cleanupStack, copySeeds, diffTrees, formatSeconds, hashTree, launchBrowser,
  makeTempDir, repoRoot, resultsDir, seedsDir, startServer, vscodeVersion, workbenchUrl,
} from './harness.mjs';
import { collectVscodeLogs, printReport, readMochaReport } from './report.mjs';

const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index');
const logDir = path.join(resultsDir, 'integration');
const reportFile = path.join(logDir, 'report.json');
const timeoutMs = Number(process.env.ARTICLE_LENS_TEST_TIMEOUT ?? 300) * 1000;
const keep = process.env.ARTICLE_LENS_KEEP === '1';

async function main() {
  const started = Date.now();
  assertHarnessReady();
  if (!fs.existsSync(testsEntry + '.js')) throw new Error(`${testsEntry}.js is missing: run \`node scripts/build.mjs --tests\``);
  const main = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).main;
  if (!fs.existsSync(path.join(repoRoot, main))) throw new Error(`the extension bundle ${main} is missing: run \`npm run build\``);

  fs.rmSync(logDir, { recursive: true, force: true });
  fs.mkdirSync(logDir, { recursive: true });
  const seedsBefore = hashTree(seedsDir);
  const cleanup = cleanupStack();
  const tmpRoot = makeTempDir('article-lens-it-');
  cleanup.register(() => {
    if (keep) console.log(`kept temp folders in ${tmpRoot}`);
    else fs.rmSync(tmpRoot, { recursive: true, force: true });
  });

  let counts = { passed: 0, failed: 0 };
  try {
    const workspace = copySeeds(tmpRoot);
    const server = await startServer({
      tmpRoot,
      logFile: path.join(logDir, 'server.log'),
      env: { ARTICLE_LENS_TEST_REPORT: reportFile, ARTICLE_LENS_TEST_GREP: process.env.ARTICLE_LENS_TEST_GREP ?? '' },
    });
    cleanup.register(() => collectVscodeLogs(server.userDataDir, logDir));
    cleanup.register(() => server.stop());
    console.log(`VS Code ${vscodeVersion()} server on ${server.url} (log: ${path.relative(repoRoot, logDir)}/server.log)`);

    const browser = await launchBrowser();
    cleanup.register(() => browser.close());
    const page = await browser.newPage();
    const workbenchLog = fs.createWriteStream(path.join(logDir, 'workbench.log'));
    cleanup.register(() => new Promise((r) => workbenchLog.end(r)));
    page.on('console', (msg) => workbenchLog.write(`[console.${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => workbenchLog.write(`[pageerror] ${err.message}\n`));

    // The workbench reports the end of the tests by calling these functions in the page
    // (honoured with --enable-smoke-test-driver); they must exist before it loads.
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    await page.exposeFunction('codeAutomationLog', (...args) => {
      const line = args.join(' ');
      workbenchLog.write(`[automation] ${line}\n`);
      // The test entry's own per-test lines, echoed live.
      const mine = line.indexOf('[integration]');
      if (mine >= 0) console.log(`  ${line.slice(mine + '[integration] '.length)}`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      if (Array.isArray(logs)) for (const entry of logs) workbenchLog.write(`[exit-log] ${JSON.stringify(entry)}\n`);
      onExit(Number(code));
    });

    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: testsEntry });
    const loadStarted = Date.now();
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(logDir, 'timeout.png') }).catch(() => {});
      throw new Error(`the tests did not finish within ${timeoutMs / 1000}s (screenshot: ${path.relative(repoRoot, logDir)}/timeout.png)`);
    }
    console.log(`extension host finished with exit code ${code} in ${formatSeconds(Date.now() - loadStarted)}`);

    counts = printReport(readMochaReport(reportFile), 'integration');
    if (code !== 0 && counts.failed === 0) {
      console.log(`the test entry failed (exit code ${code}) with no failing test: see ${path.relative(repoRoot, logDir)}/`);
      counts.failed = 1;
    }
  } catch (err) {
    console.error(`integration run failed: ${err.message}`);
    counts.failed += 1;
  } finally {
    await cleanup.run();
  }

  const changed = diffTrees(seedsBefore, hashTree(seedsDir));
  if (changed.length > 0) {
    console.error(`seeds/ changed during the run (tests must only write in the temp copy): ${changed.join(', ')}`);
    counts.failed += 1;
  }
  if (counts.passed === 0) console.error('no test ran');
  console.log(`logs: ${path.relative(repoRoot, logDir)}/ (server.log, workbench.log, vscode-logs/ = extension host logs); ${formatSeconds(Date.now() - started)} in all`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}

await main();
