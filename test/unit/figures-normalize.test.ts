// The normal form the figure grammar compares tokens in (lower case, straight apostrophes) is
// computed by hand for the common cases (capitalized words, elisions, plain words); it must be
// exactly what the plain definition gives, for every character and in every context.
import * as assert from 'node:assert';
import { normalizeSpan, normalizeToken } from '../../src/core/figures/lexicon';

/** The definition: the whole string lower-cased, then the typographic apostrophes made straight. */
function definition(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'");
}

describe('figures: token normal form', () => {
  it('lower-cases and straightens apostrophes', () => {
    for (const [text, norm] of [
      ['Paris', 'paris'], ['L’', "l'"], ['qu’', "qu'"], ['QU’', "qu'"], ['’', "'"], ['Élysée', 'élysée'], ['été', 'été'],
      ['USD', 'usd'], ['Mi-Mars', 'mi-mars'], ['ΣΑΣ', 'σας'], ['Σ', 'σ'], ['İ', 'i̇'], ['12', '12'],
    ]) assert.strictEqual(normalizeToken(text), norm, text);
  });

  it('matches the definition for every first character before normal and changing letters', () => {
    for (let code = 0; code < 0x10000; code++) {
      const first = String.fromCharCode(code);
      for (const rest of ['', 'aris', 'ΑΣ', 'σ', '’', 'é-x', 'B']) {
        const text = first + rest;
        assert.strictEqual(normalizeToken(text), definition(text), JSON.stringify(text));
      }
    }
  });

  it('matches the definition on mixed strings, read from a larger text by offsets', () => {
    const alphabet = ['a', 'B', 'é', 'É', '’', 'ʼ', "'", '-', 'Σ', 'σ', 'İ', '1', 'Ⅻ', '\u{10400}', 'ß', 'ẞ', 'ǅ'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 20000; k++) {
      let token = '';
      for (let len = 1 + next(6); token.length < len;) token += alphabet[next(alphabet.length)];
      const source = `« ${token} »`;
      assert.strictEqual(normalizeSpan(source, token, 2, 2 + token.length), definition(token), JSON.stringify(token));
    }
  });
});
