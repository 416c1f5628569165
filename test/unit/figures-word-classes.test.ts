// Every figure token's word class is its normal form's class in the lexicon, whatever filter
// figureTokens uses to skip the look-up: pinned on every word of the lexicon, written as is,
// capitalized and in capitals, and on ordinary prose.
import assert from 'node:assert/strict';
// The grammar's entry first: its modules import one another in a cycle that must start there.
import '../../src/core/figures';
import { figureLexicon } from '../../src/core/figures/lexicon';
import { figureTokens } from '../../src/core/figures/stream';
import type { Lang } from '../../src/core/types';

function assertClasses(text: string, lang: Lang): number {
  const lex = figureLexicon(lang);
  let classed = 0;
  for (const t of figureTokens(text, lex)) {
    const expected = lex.wordClasses.get(t.norm) ?? 0;
    assert.equal(t.cls, expected, `${lang} token ${JSON.stringify(t.text)} (${t.norm})`);
    if (expected !== 0) classed++;
  }
  return classed;
}

describe('figures: word classes of the token stream', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every lexicon word, as written, capitalized and in capitals`, () => {
      const words = [...figureLexicon(lang).wordClasses.keys()];
      const variants = words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase(), w.replace(/'/g, '’')]);
      const classed = assertClasses(variants.join(' '), lang);
      assert.ok(classed >= words.length, `${classed} classed tokens for ${words.length} words`);
    });
  }

  it('ordinary prose in both languages', () => {
    assertClasses("Le chiffre d’affaires d'Alibaba a progressé de 12 % au premier trimestre 2025, à 3,5 milliards d'euros, depuis mi-mars.", 'fr');
    assertClasses('Revenue rose 5% to $4.15 billion in the first quarter, two-thirds of it abroad, since March 3-5.', 'en');
  });
});

describe('figures: tokens too long for the word table', () => {
  it('keep their hyphen and end no sentence by it', () => {
    // A hyphen past the 255th unit does not fit the table's byte: found again from the word.
    const word = `${'a'.repeat(300)}-${'b'.repeat(60)}`;
    const tokens = figureTokens(`Le ${word} vaut 12 %.`, figureLexicon('fr'));
    const long = tokens.find((t) => t.text === word);
    assert.ok(long, 'one token');
    assert.equal(long.hyphen, 300);
    assert.equal(long.opens, 0);
    assert.deepEqual([...new Set(tokens.map((t) => t.sentence))], [0]);
  });
});
