import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../src/core/language';

describe('language detection', function () {
  const cases: [string, string][] = [
    ["Les dépenses d'infrastructure de cloud de la Chine ont grimpé de 16 % d'une année sur l'autre.", 'fr'],
    ['Apple shares rose 3% on Tuesday after the company reported record revenue for the quarter.', 'en'],
    ['Alibaba annonce un investissement', 'fr'],
    ['Alibaba announces new investment plan', 'en'],
    ['Résultats trimestriels : hausse des ventes', 'fr'],
    ['Quarterly results: sales up sharply', 'en'],
    // Mostly French text quoting an English phrase stays French.
    ["Le PDG a déclaré que « the best is yet to come » lors de la conférence de presse de la société à Paris.", 'fr'],
    // Mostly English text with French names stays English.
    ['The Banque de France said on Monday that the economy of the country grew in the third quarter.', 'en'],
    // Function words in capitals count too (À, ÉTÉ: accented capitals).
    ['LES VENTES DE LA SOCIÉTÉ ONT ÉTÉ EN HAUSSE À PARIS ET LES PROFITS AUSSI POUR LE TRIMESTRE', 'fr'],
    ['SHARES OF THE COMPANY WERE UP AFTER IT SAID THAT ITS PROFIT HAS BEEN BETTER THAN EXPECTED', 'en'],
  ];
  for (const [text, lang] of cases) {
    it(`${lang}: ${text.slice(0, 50)}`, function () {
      assert.equal(detectLanguage(text), lang);
    });
  }

  it('falls back to the given language for text with no words', function () {
    assert.equal(detectLanguage('', 'en'), 'en');
    assert.equal(detectLanguage('12 345 678 %', 'fr'), 'fr');
    assert.equal(detectLanguage('12 345 678 %', 'en'), 'en');
  });
});
