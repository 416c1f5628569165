// A place named inside a currency ("US dollars", "dollars de Hong Kong", "US$") belongs to the
// amount: the whole analysis gives the money figure and no place mention there, while the same
// place elsewhere in the text stays a mention.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Lang } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const cases: Array<[Lang, string, string, number, string]> = [
  ['en', 'The fund manages US$45 billion.', 'US$45 billion', 45e9, 'USD'],
  ['en', 'It cost 85 US dollars.', '85 US dollars', 85, 'USD'],
  ['en', 'It cost 85 U.S. dollars.', '85 U.S. dollars', 85, 'USD'],
  ['en', 'It paid 20 Singapore dollars.', '20 Singapore dollars', 20, 'SGD'],
  ['en', 'It cost 70 US$.', '70 US$', 70, 'USD'],
  ['fr', 'Le baril vaut 85 dollars US.', '85 dollars US', 85, 'USD'],
  ['fr', 'Il a payé 50 dollars de Hong Kong.', '50 dollars de Hong Kong', 50, 'HKD'],
  ['fr', 'Un prêt de 3 milliards de dollars des États-Unis.', '3 milliards de dollars des États-Unis', 3e9, 'USD'],
  ['fr', 'Chacun coûte 70 millions de US$.', '70 millions de US$', 7e7, 'USD'],
];

describe('a place named inside a currency is part of the amount', () => {
  for (const [lang, text, span, value, unit] of cases) {
    it(`${lang}: ${text}`, () => {
      const a = analyze(text, { lang });
      const money = a.figures.find((f) => f.kind === 'money');
      assert.ok(money, `no money in ${JSON.stringify(a.figures)}`);
      assert.deepEqual([money.text, money.value, money.unit], [span, value, unit]);
      assert.equal(a.entities.filter((e) => e.type === 'place').length, 0, JSON.stringify(a.entities));
    });
  }

  it('reads each language\'s currency phrases whatever text was read before (they are cached by the place as written)', () => {
    // "US" opens the English phrase (US dollars) and ends the French one (dollars US): the reading of one
    // language must not stand for the other's.
    for (let round = 0; round < 2; round++) {
      for (const [lang, text] of [['en', 'It cost 85 US dollars.'], ['fr', 'Le baril vaut 85 dollars US.'], ['en', 'It cost 85 US dollars.']] as Array<[Lang, string]>) {
        const places = analyze(text, { lang }).entities.filter((e) => e.type === 'place');
        assert.deepEqual(places, [], `${lang} ${text}`);
      }
    }
  });

  it('the same place outside the amount stays a mention', () => {
    const en = analyze('It cost 50 Hong Kong dollars in Hong Kong, and the US economy grew.', { lang: 'en' });
    expectMention(en.entities, 'Hong Kong', 'place', 'hong-kong');
    expectMention(en.entities, 'US', 'place', 'etats-unis');
    assert.equal(en.entities.filter((e) => e.text === 'Hong Kong').length, 1);
    const fr = analyze('Les États-Unis ont payé 3 milliards de dollars.', { lang: 'fr' });
    expectMention(fr.entities, 'États-Unis', 'place', 'etats-unis');
    noMention(analyze('Il a payé 50 dollars de Hong Kong.', { lang: 'fr' }).entities, 'Hong');
  });
});
