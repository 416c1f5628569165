// The article's own date from its front matter or dateline, and what analyze() does with it.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { articleDate, lineDate, mayOpenWithDate } from '../../src/core/articleDate';
import { extractFigures } from '../../src/core/figures';

describe('article date', () => {
  const cases: [string, string, 'fr' | 'en', string | undefined][] = [
    ['front matter date', '---\ntitle: Résultats\ndate: 2025-03-06\n---\n\nAlibaba a publié ses résultats le 2 juillet.', 'fr', '2025-03-06'],
    ['front matter date-time', '---\npublished: "2024-11-05T08:00:00Z"\n---\nText.', 'en', '2024-11-05'],
    ['front matter impossible day', '---\ndate: 2025-02-30\n---\nTexte.', 'fr', undefined],
    ['no closing front matter', '---\ndate: 2025-03-06\nTexte sans fin de bloc.', 'fr', undefined],
    ['dateline alone after a title', 'France : disparition d’un journaliste\n\n16 juin 2012. - Le journaliste s’est éteint dans la nuit.', 'fr', '2012-06-16'],
    ['dateline with a time before it', 'IA : l’action bondit\n\n11:41 6/03/2025, jeudi\nAFP\nUn panneau est vu sur un bâtiment.', 'fr', '2025-03-06'],
    ['dateline with a place in capitals', 'PARIS, 6 mars 2025 (AFP) - Le groupe a annoncé une hausse.', 'fr', '2025-03-06'],
    ['publication words', 'Publié le 6 mars 2025 à 10h12\nLe groupe a annoncé une hausse.', 'fr', '2025-03-06'],
    ['English dateline', 'NEW YORK, March 6, 2025 - Shares rose.', 'en', '2025-03-06'],
    ['English publication words', 'Published on Thursday, March 6, 2025\nShares rose.', 'en', '2025-03-06'],
    ['date inside running text', 'Le conseil s’est réuni le 6 mars 2025 pour voter le budget.', 'fr', undefined],
    ['date at the end of a title', 'Gilets jaunes : lundi 31 décembre 2018\n\nLa journée a commencé tôt.', 'fr', undefined],
    ['month and year only', 'Mars 2025 - Le marché a progressé.', 'fr', undefined],
    ['dateline too far down', 'a\nb\nc\nd\ne\nf\ng\n6 mars 2025. - Texte.', 'fr', undefined],
    ['no date at all', 'Le marché a progressé de 3 % en 2024.', 'fr', undefined],
    // The first words tell most lines apart without reading their figures; these must still be read.
    ['a paragraph first, the dateline next', 'Les dépenses de 2025 ont crû.\n6 mars 2025. - Texte.', 'fr', '2025-03-06'],
    ['a place starting with a lead word', 'LE MANS, 6 mars 2025 - Le groupe a annoncé une hausse.', 'fr', '2025-03-06'],
    ['a lead word, then the date', 'Le 6 mars 2025, le groupe a annoncé une hausse.', 'fr', '2025-03-06'],
    ['a weekday first', 'Lundi 6 mars 2025 - Le groupe a annoncé une hausse.', 'fr', '2025-03-06'],
    ['"premier" as the day', 'Premier janvier 2025 - Le groupe a annoncé une hausse.', 'fr', '2025-01-01'],
    ['a month first', 'March 6, 2025 - Shares rose.', 'en', '2025-03-06'],
    ['an ordinary word first', 'The March 6, 2025 report was late.', 'en', undefined],
    ['a place in mixed case', 'La Bourse, 6 mars 2025 - Le groupe a annoncé une hausse.', 'fr', undefined],
  ];
  for (const [label, text, lang, expected] of cases) {
    it(`${label}: ${expected ?? 'none'}`, () => assert.equal(articleDate(text, lang), expected));
  }

  it('resolves dates without a year against the dateline rather than the latest year written', () => {
    const text = '5 juin 2012. - L’entreprise présentera mercredi 4 juillet un plan qui court jusqu’en 2014.';
    const dates = analyze(text, { lang: 'fr' }).figures.filter((f) => f.kind === 'date').map((f) => `${f.text}=${f.value}`);
    assert.deepEqual(dates, ['5 juin 2012=2012-06-05', 'mercredi 4 juillet=2012-07-04', '2014=2014']);
  });

  it('lets the caller’s date win over the dateline', () => {
    const text = '5 juin 2012. - Rendez-vous le 4 juillet.';
    const july = analyze(text, { lang: 'fr', date: '2013-01-10' }).figures.find((f) => f.text === '4 juillet');
    assert.equal(july?.value, '2013-07-04');
  });

  it('skips the figure grammar only on lines where it would find no dateline', () => {
    // Lines made of lead words, places, times, figure words and ordinary words, then a date.
    const words = ['Le', 'le', 'Les', 'la', 'du', 'à', 'PARIS', 'LE MANS', 'Paris', '(AFP)', '6', '2025', '1er', 'Premier', 'mars', 'March', 'May',
      'Jeudi', 'Thursday', 'On', 'Publié', 'mis', 'jour', 'Midi', 'noon', 'vers', 'at', '11:41', '14h30', 'huit', 'heures', 'Half', 'past', 'two',
      'The', 'Un', 'a', 'L’', 'an', 'dernier', 'Hier', '-', '—', ',', '.', '#', '**', '6/03/2025', 'groupe', 'iPhone', 'Mi-mars', 'Ve', 'USD', 'FY2024',
      'T1', 'Saint-Denis', 'Aujourd’hui', 'et', 'quart', 'soir', 'Updated', 'last'];
    let seed = 1;
    const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
    let skipped = 0;
    for (let k = 0; k < 3000; k++) {
      const line = `${Array.from({ length: 2 + (k % 6) }, pick).join(' ')} ${k % 2 ? '6 mars 2025 - texte' : 'March 6, 2025 - text'}`;
      for (const lang of ['fr', 'en'] as const) {
        if (mayOpenWithDate(line, lang)) continue;
        skipped++;
        assert.equal(lineDate(line, lang), undefined, line);
      }
    }
    assert.ok(skipped > 1000, `only ${skipped} lines skipped`);
  });

  it('reads a dateline paragraph only up to its first figure that is no time, unless that is a date without its year', () => {
    const shown = (text: string, leadingOnly: boolean) => extractFigures(text, { lang: 'fr', defaultDollar: 'USD', leadingOnly }).map((f) => `${f.kind} ${f.text} ${f.value}`);
    // The times before the date and the date, as the whole paragraph's reading gives them; nothing after.
    const dated = "11:41 22 mai 2012. - Le 3 juin, la société a vendu 3 000 voitures pour 5 millions d'euros.";
    assert.deepEqual(shown(dated, true), shown(dated, false).slice(0, 2));
    assert.deepEqual(shown(dated, true), ['time 11:41 11:41', 'date 22 mai 2012 2012-05-22']);
    // A date without its year takes the latest year of the text: the paragraph is read to its end.
    const yearless = '22 mai. - Le 3 juin 2012, la société a vendu 3 000 voitures.';
    assert.deepEqual(shown(yearless, true), shown(yearless, false));
    assert.equal(shown(yearless, true)[0], 'date 22 mai 2012-05-22');
    assert.equal(lineDate(dated, 'fr'), '2012-05-22');
  });
});
