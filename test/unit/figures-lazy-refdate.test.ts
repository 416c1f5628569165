// The reference date given lazily (FigureContext.articleDate, as analyze() gives the article's
// dateline): asked only when a date needs one, at most once, and the figures are those the same
// date given as refDate makes.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { extractFigures } from '../../src/core/figures';
import type { Lang } from '../../src/core/types';

const REF = '2025-06-18';

function lazily(text: string, lang: Lang, date: string | undefined): { figures: unknown; asked: number } {
  let asked = 0;
  const figures = extractFigures(text, { lang, defaultDollar: 'USD', articleDate: () => (asked++, date) });
  return { figures, asked };
}

describe('figures: a lazy reference date', () => {
  const needing: [string, Lang][] = [
    ['Le contrat a été signé le 2 juillet et livré en mai.', 'fr'],
    ['Hier, le titre a reculé de 3 % ; la semaine prochaine, le conseil vote.', 'fr'],
    ['Sales rose 5% in March and the board meets next week, on July 4.', 'en'],
    ['Le chiffre d’affaires de l’an dernier et celui de 2023 ont progressé.', 'fr'],
  ];
  for (const [text, lang] of needing) {
    it(`asked once, same figures as refDate: ${text}`, () => {
      const { figures, asked } = lazily(text, lang, REF);
      assert.equal(asked, 1);
      assert.deepEqual(figures, extractFigures(text, { lang, defaultDollar: 'USD', refDate: REF }));
      const none = lazily(text, lang, undefined);
      assert.deepEqual(none.figures, extractFigures(text, { lang, defaultDollar: 'USD' }));
    });
  }

  const notNeeding: [string, Lang][] = [
    ['Le 2 juillet 2024, le groupe a gagné 3,5 milliards d’euros, soit 12 % de plus.', 'fr'],
    ['In March 2025 revenue rose 5% to $4.15 billion; Q3 2024 was weaker.', 'en'],
    ['Aucun chiffre ici.', 'fr'],
  ];
  for (const [text, lang] of notNeeding) {
    it(`never asked where every date writes its year: ${text}`, () => {
      const { figures, asked } = lazily(text, lang, REF);
      assert.equal(asked, 0);
      assert.deepEqual(figures, extractFigures(text, { lang, defaultDollar: 'USD', refDate: REF }));
    });
  }

  it('the caller’s refDate wins over articleDate, which is then never asked', () => {
    let asked = 0;
    const text = 'Le contrat sera signé le 2 juillet.';
    const figures = extractFigures(text, { lang: 'fr', defaultDollar: 'USD', refDate: REF, articleDate: () => (asked++, '2019-01-01') });
    assert.equal(asked, 0);
    assert.equal(figures[0].value, '2025-07-02');
  });

  it('analyze() resolves a date without a year against the dateline, and options.date over it', () => {
    const text = 'PARIS, 6 mars 2024 (AFP) -\nLe contrat sera signé le 2 juillet.\n';
    const values = (date?: string) => analyze(text, { lang: 'fr', date }).figures.map((f) => f.value);
    assert.deepEqual(values(), ['2024-03-06', '2024-07-02']);
    assert.deepEqual(values('2019-05-01'), ['2024-03-06', '2019-07-02']);
  });
});
