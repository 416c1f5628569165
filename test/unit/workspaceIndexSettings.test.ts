// Settings validation: wrong types and values give one message each and fall back to the default.
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings } from '../../src/extension/settingsModel';

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

  it('never shares the default arrays with the result', () => {
    const { settings } = fromObject({});
    settings.highlightEntityTypes.pop();
    assert.equal(DEFAULT_SETTINGS.highlightEntityTypes.length, 6);
  });
});
