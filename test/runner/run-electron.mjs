// Runs the same integration suites in desktop VS Code with @vscode/test-electron, for machines
// that have it (or a network to download it). VSCODE_EXECUTABLE_PATH points at a local `code`
// binary; without it @vscode/test-electron downloads VS Code (ARTICLE_LENS_VSCODE_VERSION, default
// the version the offline runner tests against). Expects `node scripts/build.mjs --tests`.
//
// Usage: node test/runner/run-electron.mjs   (ARTICLE_LENS_TEST_GREP, ARTICLE_LENS_KEEP as in run-server.mjs)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cleanupStack, copySeeds, diffTrees, formatSeconds, hashTree, makeTempDir, repoRoot, resultsDir, seedsDir } from './harness.mjs';
import { collectVscodeLogs, printReport, readMochaReport } from './report.mjs';

const logDir = path.join(resultsDir, 'integration-electron');
const reportFile = path.join(logDir, 'report.json');
const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index');
const keep = process.env.ARTICLE_LENS_KEEP === '1';

const started = Date.now();
if (!fs.existsSync(testsEntry + '.js')) {
  console.error(`${testsEntry}.js is missing: run \`node scripts/build.mjs --tests\``);
  process.exit(1);
}
fs.rmSync(logDir, { recursive: true, force: true });
fs.mkdirSync(logDir, { recursive: true });
const seedsBefore = hashTree(seedsDir);
const cleanup = cleanupStack();
const tmpRoot = makeTempDir('article-lens-electron-');
cleanup.register(() => {
  if (keep) console.log(`kept temp folders in ${tmpRoot}`);
  else fs.rmSync(tmpRoot, { recursive: true, force: true });
});

const counts = { passed: 0, failed: 0 };
try {
  const workspace = copySeeds(tmpRoot);
  const userDataDir = path.join(tmpRoot, 'user');
  cleanup.register(() => collectVscodeLogs(userDataDir, logDir));
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  const code = await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.ARTICLE_LENS_VSCODE_VERSION ?? '1.139.1' }),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    extensionTestsEnv: { ARTICLE_LENS_TEST_REPORT: reportFile, ARTICLE_LENS_TEST_GREP: process.env.ARTICLE_LENS_TEST_GREP ?? '' },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${path.join(tmpRoot, 'extensions')}`,
    ],
  }).catch((err) => {
    // runTests rejects when the tests fail as well as when VS Code does not start.
    console.log(`VS Code run ended with: ${err?.message ?? err}`);
    return 1;
  });
  const tierCounts = printReport(readMochaReport(reportFile), 'integration (electron)');
  counts.passed += tierCounts.passed;
  counts.failed += tierCounts.failed;
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
} catch (err) {
  console.error(`electron run failed: ${err.message}`);
  counts.failed += 1;
} finally {
  await cleanup.run();
}

const changed = diffTrees(seedsBefore, hashTree(seedsDir));
if (changed.length > 0) {
  console.error(`seeds/ changed during the run: ${changed.join(', ')}`);
  counts.failed += 1;
}
console.log(`logs: ${path.relative(repoRoot, logDir)}/; ${formatSeconds(Date.now() - started)} in all`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
