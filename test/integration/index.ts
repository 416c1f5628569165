// Mocha entry that runs inside the VS Code extension host (the extensionTestsPath of both
// runners: test/runner/run-server.mjs and test/runner/run-electron.mjs). Loads every bundled
// suite next to it (out/test/integration/**/*.test.js, built from test/integration/**/*.test.ts
// by `node scripts/build.mjs --tests`), runs them, and writes a mocha JSON report for the runner.
// Suites may use either mocha style: describe/it or suite/test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Where the runner reads the report; the runners set the variable, the default suits a manual run. */
const reportFile = process.env.ARTICLE_LENS_TEST_REPORT ?? path.resolve(__dirname, '../../../test-results/integration/report.json');

function findSuites(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.test.js'))
    .sort()
    .map((rel) => path.join(dir, rel));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    reporter: 'json',
    reporterOptions: { output: reportFile },
    grep: process.env.ARTICLE_LENS_TEST_GREP || undefined,
  });
  // Also install the tdd globals (suite/test/suiteSetup), as the VS Code samples use them.
  Mocha.interfaces.tdd(mocha.suite);

  const suites = findSuites(__dirname);
  for (const file of suites) mocha.addFile(file);
  fs.rmSync(reportFile, { force: true });
  console.log(`[integration] ${suites.length} suite file(s) in ${__dirname}; report -> ${reportFile}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const ran = runner.stats?.tests ?? 0;
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (ran === 0) reject(new Error('no integration test ran'));
        else resolve();
      });
      // One line per test in the extension host's log, for reading while it runs.
      runner.on('pass', (test) => console.log(`[integration] ok   ${test.fullTitle()}`));
      runner.on('fail', (test, err) => console.log(`[integration] FAIL ${test.fullTitle()}: ${err?.message ?? err}`));
    } catch (err) {
      reject(err);
    }
  });
}
