// Settings validation: wrong types and values give one message each and fall back to the default.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, MAX_INDEX_WORKERS, readSettings } from '../../src/extension/settingsModel';

function fromObject(values: Record<string, unknown>) {
  return readSettings((key) => values[key]);
}

describe('workspace index: settings', () => {
  it('uses the defaults when nothing is set', () => {
    const { settings, problems } = fromObject({});
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
  });

  it('accepts valid values and normalizes currency codes', () => {
    const { settings, problems } = fromObject({
      include: '**/*.txt',
      language: 'en',
      defaultDollar: 'cad',
      referenceCurrency: 'eur',
      exchangeRates: { USD: 1, eur: 0.92 },
      exchangeRatesDate: '2025-06-30',
      maxFileSizeKB: 64,
      'highlight.entityTypes': ['company', 'person'],
      'highlight.figureKinds': [],
      'index.scope': 'openEditors',
    });
    assert.deepEqual(problems, []);
    assert.equal(settings.include, '**/*.txt');
    assert.equal(settings.language, 'en');
    assert.equal(settings.defaultDollar, 'CAD');
    assert.equal(settings.referenceCurrency, 'EUR');
    assert.deepEqual(settings.exchangeRates, { USD: 1, EUR: 0.92 });
    assert.equal(settings.maxFileSizeKB, 64);
    assert.deepEqual(settings.highlightEntityTypes, ['company', 'person']);
    assert.deepEqual(settings.highlightFigureKinds, []);
    assert.equal(settings.scope, 'openEditors');
  });

  it('reports each wrong value once and keeps the default', () => {
    const { settings, problems } = fromObject({
      language: 'de',
      maxFileSizeKB: '5120',
      defaultDollar: 'dollars',
      exchangeRates: { USD: -1 },
      'highlight.entityTypes': ['company', 'planet'],
      'highlight.enabled': 'yes',
      include: '',
    });
    assert.equal(problems.length, 7);
    assert.match(problems[0], /articleLens\.include/);
    assert.ok(problems.some((p) => p.includes('articleLens.language = "de"') && p.includes('"auto", "fr" or "en"')));
    assert.equal(settings.language, 'auto');
    assert.equal(settings.maxFileSizeKB, 5120);
    assert.equal(settings.defaultDollar, 'USD');
    assert.deepEqual(settings.exchangeRates, {});
    assert.equal(settings.highlightEnabled, true);
    assert.equal(settings.highlightEntityTypes.length, 6);
  });

  it('takes the number of index workers, 0 for automatic, and refuses the rest', () => {
    assert.equal(DEFAULT_SETTINGS.indexWorkers, 0);
    assert.equal(fromObject({ 'index.workers': 3 }).settings.indexWorkers, 3);
    assert.equal(fromObject({ 'index.workers': 0 }).settings.indexWorkers, 0);
    for (const wrong of [-1, 2.5, '2', MAX_INDEX_WORKERS + 1]) {
      const { settings, problems } = fromObject({ 'index.workers': wrong });
      assert.equal(settings.indexWorkers, 0);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /articleLens\.index\.workers/);
      assert.match(problems[0], new RegExp(`from 0 \\(automatic\\) to ${MAX_INDEX_WORKERS}`));
    }
    const declared = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: number; minimum: number; maximum: number }> } } }).contributes.configuration.properties['articleLens.index.workers'];
    assert.deepEqual([declared.default, declared.minimum, declared.maximum], [DEFAULT_SETTINGS.indexWorkers, 0, MAX_INDEX_WORKERS]);
  });

  it('never shares the default arrays with the result', () => {
    const { settings } = fromObject({});
    settings.highlightEntityTypes.pop();
    assert.equal(DEFAULT_SETTINGS.highlightEntityTypes.length, 6);
  });
});
