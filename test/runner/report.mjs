// Reading and printing mocha JSON reports, and keeping VS Code's own logs, for both runners.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The mocha JSON report written by test/integration/index.ts, or null when none was written. */
export function readMochaReport(file) {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Prints each failing test with its error and returns the counts. A missing report counts as
 * one failure: the suites did not run to the end.
 */
export function printReport(report, label) {
  if (!report) {
    console.log(`${label}: no test report was written (the test entry did not run or crashed)`);
    return { passed: 0, failed: 1, pending: 0 };
  }
  for (const failure of report.failures ?? []) {
    console.log(`\n  FAIL ${failure.fullTitle}`);
    const err = failure.err ?? {};
    const text = err.stack || err.message || JSON.stringify(err);
    console.log(text.split('\n').slice(0, 12).map((line) => `       ${line}`).join('\n'));
  }
  const stats = report.stats ?? {};
  const passed = stats.passes ?? 0;
  const failed = stats.failures ?? 0;
  const pending = stats.pending ?? 0;
  console.log(`\n${label}: ${stats.tests ?? passed + failed} test(s) in ${stats.suites ?? '?'} suite(s), ${pending} pending, ${stats.duration ?? '?'} ms`);
  return { passed, failed, pending };
}

/** Copies VS Code's logs (extension host, server, renderer) into logDir/vscode-logs. */
export function collectVscodeLogs(userDataDir, logDir) {
  const source = path.join(userDataDir, 'logs');
  if (fs.existsSync(source)) fs.cpSync(source, path.join(logDir, 'vscode-logs'), { recursive: true });
}
