// The cheap tests the figure readers put before their look-ups must answer as the look-ups
// would: isLetterWord's table of code units against the regex it replaced, and the word-class
// bits that stand for a list's membership.
import assert from 'node:assert/strict';
// The grammar's entry first: its modules import one another in a cycle that must start there.
import '../../src/core/figures';
import { figureLexicon, WordClass } from '../../src/core/figures/lexicon';
import { isLetterWord } from '../../src/core/figures/state';

const LETTER_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

describe('figures: gates before the readers\' look-ups', () => {
  it('isLetterWord answers as the regex over letters, marks, apostrophes, hyphens, digits and astral characters', () => {
    const samples = ['', 'a', 'A', 'été', 'Œuvre', "aujourd'hui", 'aujourd’hui', 'porte-avions', '-avions', "'s", '’', 'e\u0301te\u0301',
      '\u0301e', 'x3', '3x', 'co2', 'H2O', 'ß', 'İstanbul', 'Москва', '東京', 'مدينة', 'עיר', '𝐀𝐁', 'a𝐀', '𝐀-b', '1𝐀', 'a\u{1F600}', '\u{1F600}',
      'a b', 'a.b', 'a_b', 'a/b', 'N°', 'n°', 'ª', 'º', 'ǅ', 'ʼn', 'a\u00a0', '\ud800', 'a\udc00', 'ﬁ', 'Ⅻ', '²', 'µm'];
    // Every BMP code unit after a letter and alone.
    for (let code = 0; code < 0x10000; code += 7) samples.push(String.fromCharCode(code), 'a' + String.fromCharCode(code));
    let letterWords = 0;
    for (const text of samples) {
      const expected = LETTER_WORD.test(text);
      assert.equal(isLetterWord(text), expected, JSON.stringify(text));
      if (expected) letterWords++;
    }
    // Both answers occur: the comparison tells something.
    assert.ok(letterWords > 1000 && letterWords < samples.length - 1000, `${letterWords} letter words of ${samples.length}`);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every noun of an age's decade is a figure starter (matchAt looks it up only then)`, () => {
      const lex = figureLexicon(lang);
      assert.ok(lex.ageDecadeNouns.size > 0);
      for (const word of lex.ageDecadeNouns.keys()) assert.ok(((lex.wordClasses.get(word) ?? 0) & WordClass.STARTER) !== 0, word);
    });
  }
});
