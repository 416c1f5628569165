// Settings as users write them, including wrong ones: the include/exclude glob matcher never
// throws and never hangs on what a settings file can hold, and the settings reader turns every
// value of the wrong type into the default with one plain message. The glob check runs in a
// child process with a timeout: a regular expression that backtracks would otherwise hang the suite.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { GlobMatcher } from '../../src/core/index/glob';
import { DEFAULT_SETTINGS, readSettings, SETTING_KEYS } from '../../src/extension/settingsModel';

const root = path.resolve(__dirname, '../..');
const DEEP_PATH = `${'abcdefghijklmnopqrstuvwxyz'.split('').join('/')}/${'a'.repeat(40)}.txt`;

/** Milliseconds one match takes in a fresh process, or undefined when it does not end within timeoutMs. */
function matchTimeInChild(include: string, exclude: string, file: string, timeoutMs = 10000): number | undefined {
  const script = `const { GlobMatcher } = require(${JSON.stringify(path.join(root, 'src/core/index/glob.ts'))});
const m = new GlobMatcher(${JSON.stringify(include)}, ${JSON.stringify(exclude)});
const t = performance.now(); m.matches([${JSON.stringify(file)}]); process.stdout.write(String(performance.now() - t));`;
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8', timeout: timeoutMs });
  return r.status === 0 ? Number(r.stdout) : undefined;
}

describe('robustness: settings a user can write', function () {
  this.timeout(60000);

  it('the glob matcher accepts malformed globs without throwing', function () {
    for (const glob of ['**/*.{txt', '[', '**/[a-', '{{{', '}', '**/*.(txt', '\\', '***', '**/*.txt)', '[]', '[!]', '{,}', '', ' ', '**/*.{txt,md', '?*?*?*', '**/*.[!a-z]']) {
      const m = new GlobMatcher(glob, glob);
      assert.equal(typeof m.matches(['a/b.txt', '/abs/a/b.txt']), 'boolean', glob);
    }
  });

  for (const [label, glob] of [
    ['twenty "**/" in a row', `${'**/'.repeat(20)}x`],
    ['stars between letters', `${'*a'.repeat(25)}*b`],
    ['nested braces with stars', `${'{*,'.repeat(12)}x${'}'.repeat(12)}`],
  ] as const) {
    it(`the glob matcher ends quickly on ${label}, against a deep path`, function () {
      const ms = matchTimeInChild(glob, '', DEEP_PATH);
      assert.ok(ms !== undefined && ms < 1000, `matching ${JSON.stringify(glob)} against a 27-level path did not end within 10 s (or took ${ms} ms): the extension host would freeze`);
    });
  }

  it('every setting of the wrong type or out of range gives the default and one message each', function () {
    const wrong: Record<string, unknown> = {
      include: 42, exclude: ['**/x'], maxFiles: -3, 'index.scope': 'everything', 'index.workers': 'four', language: 'de', defaultDollar: 7,
      referenceCurrency: 'EURO', exchangeRates: { EUR: -1 }, exchangeRatesDate: 'yesterday', maxFileSizeKB: 'big', entitiesFile: ['a.json'],
      'highlight.enabled': 'yes', 'highlight.entityTypes': 'company', 'highlight.figureKinds': ['money', 'colour'],
      'inlayHints.enabled': 1, 'inlayHints.figureKinds': 'money',
    };
    const { settings, problems } = readSettings((key) => wrong[key]);
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS });
    assert.equal(problems.length, Object.keys(wrong).length, problems.join('\n'));
    for (const key of Object.values(SETTING_KEYS)) assert.ok(problems.some((p) => p.includes(`articleLens.${key} `)), `no message for ${key}`);
  });

  it('a rate table that is not valid gives the default table, whatever is wrong in it', function () {
    for (const rates of [[], 'EUR=0.9', { EUR: '0.9' }, { EURO: 1 }, { EUR: 0 }, { EUR: Infinity }, { EUR: Number.NaN }, { EUR: null }, { '': 1 }, 12]) {
      const { settings, problems } = readSettings((key) => (key === 'exchangeRates' ? rates : undefined));
      assert.deepEqual(settings.exchangeRates, {}, JSON.stringify(rates));
      assert.equal(problems.length, 1, JSON.stringify(rates));
    }
  });

  it('a value that cannot even be printed (a cycle) still gives one message, not a crash', function () {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { settings, problems } = readSettings((key) => (key === 'exchangeRates' ? cyclic : undefined));
    assert.deepEqual(settings.exchangeRates, {});
    assert.equal(problems.length, 1);
  });
});
