// The analyzer under hostile input: whatever the text, analyze() returns, quickly, an analysis
// that keeps every promise of the annotation format (spec: offsets inside the text, text ===
// slice, no overlaps, facts that point at real figures and entities, finite numbers), the same
// one on every call, and honors its options. Property-based: fast-check builds the texts from
// pieces the grammar reacts to plus the accidents of real files (see robustness-support.ts).
// Each property runs within a time budget (ROBUSTNESS_MS, ROBUSTNESS_RUNS: robustness-support.ts);
// scripts/fuzz.mjs runs the same properties for as many cases as asked.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { ArticleAnalysis, Figure } from '../../src/core/types';
import {
  analysisProblems,
  anyString,
  checkProperty,
  FRENCH_MONTHS,
  hostileText,
  isoDate,
  plainEnglishContext,
  plainFrenchContext,
  showText,
  tally,
} from './robustness-support';


function assertSound(text: string, result: ArticleAnalysis): void {
  const problems = analysisProblems(text, result);
  assert.deepEqual(problems, [], `analysis of ${showText(text)} breaks the format:\n  ${problems.slice(0, 8).join('\n  ')}`);
}

function figureAt(result: ArticleAnalysis, start: number, end: number): Figure | undefined {
  return result.figures.find((f) => f.start <= start && f.end >= end);
}

describe('robustness: analyze() under hostile input', function () {
  this.timeout(60000);
  after(function () {
    console.log(`      (${tally.cases} random cases in ${tally.properties} properties of the robustness suites so far)`);
  });

  it('returns a sound analysis for article-like hostile text (numbers, names, noise, CR/CRLF, BOM)', function () {
    checkProperty(
      fc.property(hostileText, (text) => {
        assertSound(text, analyze(text));
      }),
      1,
    );
  });

  it('returns a sound analysis for any string at all, in both languages', function () {
    checkProperty(
      fc.property(anyString, fc.constantFrom(undefined, 'fr' as const, 'en' as const), (text, lang) => {
        assertSound(text, analyze(text, { lang }));
      }),
      1,
    );
  });

  it('returns a sound analysis of Markdown with markup, code and addresses among the words', function () {
    const markup = fc.constantFrom('```\n', '~~~\n', '`', '``', '](https://x.org/2025/05 "t")', '[a]: https://x.org/3 %\n', '<b>', '</b>', '<!--', '-->', '---\n', '+++\n', 'title: ', 'https://a.b/1,5', ' www.x.fr/2 ', 'ceo@acme.com', '![img](a(1).png)', '\n\n');
    checkProperty(
      fc.property(fc.array(fc.oneof(hostileText, markup), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        assertSound(text, analyze(text, { format: 'markdown' }));
      }),
      1,
    );
  });

  it('is deterministic: the same text gives the same analysis, whatever was analyzed in between', function () {
    checkProperty(
      fc.property(hostileText, hostileText, (a, b) => {
        const first = analyze(a);
        analyze(b, { lang: 'en', date: '2001-01-01', defaultDollar: 'CAD' });
        analyze(b, { lang: 'fr' });
        assert.deepEqual(analyze(a), first, `second analysis of ${showText(a)} differs`);
      }),
      0.4,
    );
  });

  it('honors the lang option and copies the file option', function () {
    checkProperty(
      fc.property(hostileText, fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        const result = analyze(text, { lang, file: 'dir/a.txt' });
        assert.equal(result.lang, lang);
        assert.equal(result.file, 'dir/a.txt');
        assertSound(text, result);
      }),
      0.4,
    );
  });

  it('honors the date option: a date without a year is resolved against it, and within a year of it', function () {
    checkProperty(
      fc.property(plainFrenchContext, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 }), plainFrenchContext, isoDate, (before, day, month, after, date) => {
        const planted = `${day} ${FRENCH_MONTHS[month]}`;
        const text = `${before} le ${planted} ${after}.`;
        const at = text.indexOf(planted);
        const withDate = analyze(text, { lang: 'fr', date });
        assertSound(text, withDate);
        const figure = figureAt(withDate, at, at + planted.length);
        assert.ok(figure && figure.kind === 'date', `no date figure over ${JSON.stringify(planted)} in ${JSON.stringify(text)}: ${JSON.stringify(withDate.figures)}`);
        const monthDay = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const year = Number(date.slice(0, 4));
        const allowed = [year - 1, year, year + 1].map((y) => `${y}-${monthDay}`);
        assert.ok(allowed.includes(String(figure.value)), `${JSON.stringify(planted)} with date ${date} gave ${JSON.stringify(figure.value)}, expected one of ${allowed.join(', ')}`);
        // Without a date and no year in the text, only what is written is kept.
        const withoutDate = analyze(text, { lang: 'fr' });
        const bare = figureAt(withoutDate, at, at + planted.length);
        assert.equal(bare?.value, `--${monthDay}`, `${JSON.stringify(text)} without a date`);
      }),
      0.4,
    );
  });

  it('honors the defaultDollar option for a bare "dollars", in French and English', function () {
    checkProperty(
      fc.property(
        fc.constantFrom('fr' as const, 'en' as const),
        plainFrenchContext,
        plainEnglishContext,
        fc.integer({ min: 2, max: 999 }),
        fc.constantFrom('USD', 'CAD', 'AUD', 'HKD', 'SGD', 'NZD'),
        (lang, frContext, enContext, amount, dollar) => {
          const planted = lang === 'fr' ? `${amount} millions de dollars` : `${amount} million dollars`;
          const text = lang === 'fr' ? `${frContext} ${planted} ${frContext}.` : `${enContext} ${planted} ${enContext}.`;
          const at = text.indexOf(planted);
          const result = analyze(text, { lang, defaultDollar: dollar });
          assertSound(text, result);
          const figure = figureAt(result, at, at + planted.length);
          assert.ok(figure && figure.kind === 'money', `no money figure over ${JSON.stringify(planted)} in ${JSON.stringify(text)}: ${JSON.stringify(result.figures)}`);
          assert.equal(figure.unit, dollar, `${JSON.stringify(text)} with defaultDollar ${dollar}`);
          assert.equal(figure.value, amount * 1e6);
        },
      ),
      0.4,
    );
  });

  // Fixed cases that random generation reaches only by luck: each one a known trap.
  const TRAPS: Array<[string, string]> = [
    ['empty', ''],
    ['one space', ' '],
    ['BOM only', '\ufeff'],
    ['BOM then text', '\ufeffLe chiffre d’affaires a atteint 12 millions d’euros.'],
    ['CR line ends', 'Alibaba\ra gagné 3 %\rle 2 juillet 2025\r'],
    ['CRLF line ends', 'Alibaba Group\r\na gagné 3 %\r\n\r\nle 2 juillet 2025\r\n'],
    ['lone high surrogate at the end', 'Apple a gagné 12 %\ud800'],
    ['lone low surrogate before a number', '\udc0012 millions de dollars'],
    ['surrogate pair split by the text end', '12 % 😀'.slice(0, -1)],
    ['astral digits', '𝟏𝟐 millions d’euros et ١٢٣ dollars'],
    ['full-width digits and percent', '１２，５％ de hausse'],
    ['NUL and controls inside a number', '12\u00003\u0007 % et 4\u001b5 millions'],
    ['zero-width characters inside a name and a number', 'Ali\u200bbaba a levé 1\u200b000 millions de dollars'],
    ['combining marks after digits', '12\u0301 % et 3\u0300 millions'],
    ['a sign alone', '- % $ € — +'],
    ['a scale word alone', 'milliards de dollars, millions d’euros, billion'],
    ['separators with no digits', ' , . \u00a0 \u202f , . '],
    ['a number with 400 digits', `${'9'.repeat(400)} dollars`],
    ['a decimal with 400 digits', `0,${'1'.repeat(400)} %`],
    ['a number larger than a double', `${'9'.repeat(400)} milliards de milliards d’euros`],
    ['an exponent', '1e308 dollars et 1e309 euros'],
    ['a year 0000 and 9999', 'en 0000, le 31 décembre 9999, en l’an 10000'],
    ['impossible dates', 'le 31 février 2025, le 00/00/0000, le 32/13/2025, 2025-13-45'],
    ['a time out of range', 'à 25h99 et à 99:99'],
    ['an ordinal 0 and a huge one', '0e et 99999999999999999999e position'],
    ['a percent of a percent', '% % 5 %% %5 5%5%'],
    ['nested quotes and parentheses', '« « ( ( [ « 12 % » ] ) ) » »'],
    ['hashtags only', '#Alibaba#HongKong# # ## #12 #'],
    ['apostrophes only', "l' d' ’ ' qu’ jusqu’ l’'’"],
    ['elision before a figure', "jusqu'à 12 % d'ici 2030, l’an 2000"],
    ['months with no numbers', 'janvier février mars avril mai juin juillet août September October'],
    ['quarters without a year', 'T1 T2 Q3 Q4 S1 H2 FY FY2025 premier trimestre'],
    ['a range with no second number', 'entre 15 et millions d’euros, de 3 à'],
    ['a range running backwards', 'entre 25 et 15 millions d’euros, 2025-2020'],
    ['ticker symbols broken', 'NYSE: NYSE:: :BABA NASDAQ:( (OTC:'],
    ['a name then a number with no space', 'Qwen3 iPhone16 A380 Covid19 3D GPT-4o'],
    ['a very long word', 'A'.repeat(5000)],
    ['a very long line of figures', '12 % '.repeat(3000)],
    ['only line breaks', '\n\r\n\r\u2028\u2029\u0085'],
    ['right-to-left override', '\u202e12 millions de dollars\u202c'],
    ['a figure at the very end with no final newline', 'Le chiffre a atteint 3 milliards'],
    ['a figure at the very start', '3 milliards de dollars'],
    ['English with a French date option', 'Revenue rose 12% to $3.4 billion in the second quarter.'],
    ['"-" sign forms', '- 2,3 % −2,3 % –2,3 % +2,3 % (2,3 %)'],
    ['decimal separators of both languages', '1,234.56 $ et 1.234,56 € et 1 234,56 € et 1’234.56 CHF'],
  ];
  for (const [label, text] of TRAPS) {
    for (const lang of [undefined, 'fr', 'en'] as const) {
      it(`trap: ${label}${lang ? ` (lang ${lang})` : ''}`, function () {
        const result = analyze(text, { lang, date: '2025-06-15' });
        assertSound(text, result);
        assert.deepEqual(analyze(text, { lang, date: '2025-06-15' }), result, 'not deterministic');
      });
    }
  }
});
