// The label of the inlay hint after a figure (src/core/index/cards.ts), in plain Node: the
// compact value, the qualifier and direction marks, and the rule that leaves out a hint when
// the text already says the value. The VS Code side is tested in test/integration/inlayHints.test.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { approxSign, compactNumber, figureHintLabel, inlayHintLabel, normalizedValue, readWrittenDigits, textSaysValue } from '../../src/core/index/cards';
import type { Figure, Lang } from '../../src/core/types';
import { DEFAULT_SETTINGS, readSettings } from '../../src/extension/settingsModel';

function fig(text: string, kind: Figure['kind'], value: number | string, extra: Partial<Figure> = {}): Figure {
  return { start: 0, end: text.length, text, kind, value, ...extra };
}

describe('inlay hints: the label after a figure', () => {
  it('gives the full number with the hover card grouping and the unit', () => {
    assert.equal(inlayHintLabel(fig('11,6 milliards de dollars', 'money', 11_600_000_000, { unit: 'USD' })), '= 11 600 000 000 USD');
    assert.equal(inlayHintLabel(fig('la moitié', 'percent', 50, { unit: '%' })), '= 50 %');
    assert.equal(inlayHintLabel(fig('deux domaines', 'quantity', 2, { unit: 'domaine' })), '= 2 domaine');
    assert.equal(inlayHintLabel(fig('premier trimestre 2025', 'date', '2025-Q1')), '= 2025-Q1');
    assert.equal(inlayHintLabel(fig('deux', 'number', 2)), '= 2');
  });

  it('writes the value exactly as the hover card does, whatever the UI language', () => {
    for (const f of [
      fig('11,6 milliards de dollars', 'money', 11_600_000_000, { unit: 'USD' }),
      fig('106,96 dollars', 'money', 106.96, { unit: 'USD' }),
      fig('0,29 %', 'percent', 0.29, { unit: '%', direction: 'up' }),
      fig('1,5 million de clients', 'quantity', 1_500_000, { unit: 'client', approx: 'about' }),
      fig('vendredi 29 juillet', 'date', '2025-07-29'),
    ]) {
      assert.equal(inlayHintLabel(f).replace(/^\S+ /, '').replace(/ [↑↓]$/, ''), normalizedValue(f), f.text);
    }
  });

  it('puts the qualifier in place of "=" and the direction after the value', () => {
    assert.equal(inlayHintLabel(fig('80 milliards de dollars', 'money', 80e9, { unit: 'USD', approx: 'over', direction: 'up' })), '> 80 000 000 000 USD ↑');
    assert.equal(inlayHintLabel(fig('2,3 points', 'percent', 2.3, { unit: '%', direction: 'down' })), '= 2.3 % ↓');
    assert.equal(inlayHintLabel(fig('juin 2025', 'date', '2025-06', { approx: 'by' })), '≤ 2025-06');
    const signs = (['about', 'over', 'under', 'at_least', 'up_to', 'by'] as const).map(approxSign);
    assert.deepEqual(signs, ['≈', '>', '<', '≥', '≤', '≤']);
    assert.equal(approxSign(undefined), '=');
  });

  it('cuts long fractions to three decimals and says so, keeps small rates readable', () => {
    assert.equal(compactNumber(33.333333333), '33.333…');
    assert.equal(compactNumber(66.66666), '66.667…');
    assert.equal(compactNumber(0.125), '0.125');
    assert.equal(compactNumber(106.96), '106.96');
    assert.equal(compactNumber(0.000123456), '0.000123…');
    assert.equal(compactNumber(-2.3), '-2.3');
    assert.equal(compactNumber(1_234_567.5), '1 234 567.5');
    assert.equal(inlayHintLabel(fig('un tiers', 'percent', 33.333333333, { unit: '%', approx: 'over' })), '> 33.333… %');
  });

  it('reads digits as the article language writes them', () => {
    const cases: Array<[string, Lang, number | undefined]> = [
      ['1,5', 'fr', 1.5], ['1.500', 'fr', 1500], ['1.500.000', 'fr', 1_500_000], ['12.345,6', 'fr', 12345.6], ['2.5', 'fr', 2.5],
      ['1,500', 'en', 1500], ['1,500.25', 'en', 1500.25], ['2,5', 'en', 2.5], ["1'000", 'fr', 1000],
      ['1,2,3', 'fr', undefined], ['1.2.3', 'en', undefined], ['1.23.456', 'fr', undefined],
    ];
    for (const [digits, lang, expected] of cases) assert.equal(readWrittenDigits(digits, lang), expected, `${digits} (${lang})`);
  });
});

describe('inlay hints: no hint where the text already says the value', () => {
  const says = (f: Figure, lang: Lang = 'fr') => textSaysValue(f, lang);

  it('percentages written in digits with the sign, in either spacing', () => {
    for (const text of ['16 %', '16%', '16\u202f%', '16\u00a0%', '+16 %']) assert.ok(says(fig(text, 'percent', 16, { unit: '%', direction: 'up' })), text);
    assert.ok(says(fig('9,2 %', 'percent', 9.2, { unit: '%' })));
    assert.ok(says(fig('9.2%', 'percent', 9.2, { unit: '%' }), 'en'));
    assert.ok(says(fig('-2,3 %', 'percent', 2.3, { unit: '%', direction: 'down' })), 'a minus sign says the fall');
    assert.ok(says(fig('-2,3 %', 'percent', -2.3, { unit: '%' })));
    assert.ok(!says(fig('-2,3 %', 'percent', 2.3, { unit: '%' })), 'a minus read as no fall is worth showing');
    assert.ok(!says(fig('25,7', 'percent', 25.7, { unit: '%' })), 'the text does not say it is a percentage');
    assert.ok(!says(fig('la moitié', 'percent', 50, { unit: '%' })));
    assert.ok(!says(fig('16 pour cent', 'percent', 16, { unit: '%' })));
  });

  it('a value read another way than the digits say gets its hint', () => {
    assert.ok(!says(fig('1,500 %', 'percent', 1500, { unit: '%' }), 'fr'), 'French 1,500 is 1.5');
    assert.ok(says(fig('1,500', 'number', 1500), 'en'));
    assert.ok(says(fig('1.500', 'number', 1500), 'fr'));
    assert.ok(says(fig('5 400', 'number', 5400)));
    assert.ok(!says(fig('700 millions', 'number', 700e6)));
  });

  it('dates written as their value, with or without a qualifier', () => {
    assert.ok(says(fig('2025', 'date', '2025')));
    assert.ok(says(fig('2025', 'date', '2025', { approx: 'by' })));
    assert.ok(says(fig('2025-03-06', 'date', '2025-03-06')));
    assert.ok(!says(fig('6/03/2025', 'date', '2025-03-06')));
    assert.ok(!says(fig('juin 2025', 'date', '2025-06')));
    assert.ok(!says(fig('premier trimestre', 'date', '2025-Q1')));
  });

  it('money only when the text writes the currency code: a name or a symbol is a reading', () => {
    assert.ok(says(fig('50 USD', 'money', 50, { unit: 'USD' })));
    assert.ok(says(fig('USD 50', 'money', 50, { unit: 'USD' }), 'en'));
    assert.ok(says(fig('78 499 473,99 EUR', 'money', 78_499_473.99, { unit: 'EUR' })));
    assert.ok(!says(fig('50 CAD', 'money', 50, { unit: 'USD' })));
    assert.ok(!says(fig('71,50 $', 'money', 71.5, { unit: 'USD' })));
    assert.ok(!says(fig('500 euros', 'money', 500, { unit: 'EUR' })));
    assert.ok(!says(fig('11,6 milliards de dollars', 'money', 11.6e9, { unit: 'USD' })));
    assert.ok(!says(fig('120 M€', 'money', 120e6, { unit: 'EUR' })));
  });

  it('quantities whose number is in digits, whatever noun they count', () => {
    assert.ok(says(fig('29 centres de données', 'quantity', 29, { unit: 'centre de données' })));
    assert.ok(says(fig('3,8 km', 'quantity', 3.8, { unit: 'km' })));
    assert.ok(!says(fig('deux domaines', 'quantity', 2, { unit: 'domaine' })));
    assert.ok(!says(fig('3 millions de clients', 'quantity', 3e6, { unit: 'client' })));
    assert.ok(!says(fig('1,5 million de clients', 'quantity', 1.5e6, { unit: 'client' })));
  });

  it('end to end on an analyzed French sentence: hints for the scale and the period, none for 16 %', () => {
    const text = "Au premier trimestre 2025, Alibaba a réalisé un chiffre d'affaires de 11,6 milliards de dollars, en hausse de 16 % sur un an, et plus de 80 milliards de dollars de commandes.\n";
    const a = analyze(text, { lang: 'fr' });
    const labels = new Map(a.figures.map((f) => [f.text, figureHintLabel(f, a.lang)]));
    assert.equal(labels.get('11,6 milliards de dollars'), '= 11 600 000 000 USD');
    assert.equal(labels.get('premier trimestre 2025'), '= 2025-Q1');
    assert.ok(labels.has('16 %'), [...labels.keys()].join(' | '));
    assert.equal(labels.get('16 %'), undefined);
    assert.match(labels.get('80 milliards de dollars') ?? '', /^> 80 000 000 000 USD/);
  });

  it('the same in English', () => {
    const text = 'Apple said revenue rose 8% to $94.9 billion in the second quarter of 2025, with about 1.5 million new subscribers.\n';
    const a = analyze(text, { lang: 'en', date: '2025-07-31' });
    const labels = new Map(a.figures.map((f) => [f.text, figureHintLabel(f, a.lang)]));
    assert.equal(labels.get('8%'), undefined, [...labels.entries()].join(' | '));
    assert.equal(labels.get('$94.9 billion'), '= 94 900 000 000 USD', [...labels.entries()].join(' | '));
    assert.equal(labels.get('second quarter of 2025'), '= 2025-Q2', [...labels.entries()].join(' | '));
  });
});

describe('inlay hints: settings', () => {
  const declared = (key: string) => (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown; items?: { enum: string[] } }> } } }).contributes.configuration.properties[key];

  it('are off by default, for money, percent, quantity and date, as package.json declares', () => {
    assert.equal(DEFAULT_SETTINGS.inlayHintsEnabled, false);
    assert.deepEqual(DEFAULT_SETTINGS.inlayHintsFigureKinds, ['money', 'percent', 'quantity', 'date']);
    assert.equal(declared('articleLens.inlayHints.enabled').default, false);
    assert.deepEqual(declared('articleLens.inlayHints.figureKinds').default, DEFAULT_SETTINGS.inlayHintsFigureKinds);
    assert.deepEqual(declared('articleLens.inlayHints.figureKinds').items?.enum, declared('articleLens.highlight.figureKinds').items?.enum);
  });

  it('take valid values and refuse a wrong one with one message, keeping the default', () => {
    const ok = readSettings((key) => ({ 'inlayHints.enabled': true, 'inlayHints.figureKinds': ['date', 'duration', 'date'] } as Record<string, unknown>)[key]);
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.settings.inlayHintsEnabled, true);
    assert.deepEqual(ok.settings.inlayHintsFigureKinds, ['date', 'duration']);
    const wrong = readSettings((key) => ({ 'inlayHints.enabled': 'on', 'inlayHints.figureKinds': ['money', 'euros'] } as Record<string, unknown>)[key]);
    assert.equal(wrong.problems.length, 2, wrong.problems.join('\n'));
    assert.match(wrong.problems[0], /articleLens\.inlayHints\.enabled /);
    assert.match(wrong.problems[1], /articleLens\.inlayHints\.figureKinds /);
    assert.equal(wrong.settings.inlayHintsEnabled, false);
    assert.deepEqual(wrong.settings.inlayHintsFigureKinds, DEFAULT_SETTINGS.inlayHintsFigureKinds);
    wrong.settings.inlayHintsFigureKinds.pop();
    assert.equal(DEFAULT_SETTINGS.inlayHintsFigureKinds.length, 4, 'the default list is not shared');
  });
});
