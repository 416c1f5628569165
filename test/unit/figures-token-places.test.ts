// A figure token's place: its text is always the text's slice [start, end) (FigureTokenAt reads its
// end from its word's length), its sentence and marks are what the stream read, also for the tokens
// cut in parts, and the stream holds them all when it outgrows its estimated size.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// The grammar's entry first: its modules import one another in a cycle that must start there.
import '../../src/core/figures';
import { figureLexicon } from '../../src/core/figures/lexicon';
import { figureTokens, type FigureToken } from '../../src/core/figures/stream';
import type { Lang } from '../../src/core/types';

function assertPlaces(text: string, lang: Lang): FigureToken[] {
  const tokens = figureTokens(text, figureLexicon(lang));
  let sentence = 0;
  for (const t of tokens) {
    assert.equal(t.text, text.slice(t.start, t.end), `${lang} token at ${t.start}`);
    assert.ok(t.sentence >= sentence, `sentences in order at ${t.start}`);
    sentence = t.sentence;
  }
  return tokens;
}

// Each way a token is cut in parts: two months, a glued currency code, a number range, a day range,
// metres and centimetres, a span of years, a time range, an ISO date and hour, minutes of a time,
// a glued suffix, hyphenated units, a glued ordinal.
const CUT = {
  fr: 'En juillet-août, EUR5M puis 10-15 % du 3-5 mars. Il mesure 1m70 en 2024-2025. Ouvert 9h-17h. À 2024-03-05T10 et 9:00, 10M, le 1er.',
  en: 'In January-March, USD10bn and 10-15% on March 3-5. In 2024-25 from 9am-5pm. At 2024-03-05T10 and 9:00, a $5.2-billion deal, the 21st.',
};

describe('figures: the places of the token stream', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every token of the cut words is its slice, its marks and sentence as read`, () => {
      const tokens = assertPlaces(CUT[lang], lang);
      const at = (s: string) => tokens.find((t) => t.start === CUT[lang].indexOf(s))!;
      assert.ok(tokens.length > CUT[lang].split(/\s+/).length, 'some words are cut in parts');
      // 10-15: three tokens, the first after a space, the dash and the second glued, in the first sentence.
      const range = at('10-15');
      assert.equal(range.text, '10');
      assert.equal(range.spaceBefore, true);
      const [dash, second] = tokens.slice(tokens.indexOf(range) + 1);
      assert.deepEqual([dash.text, dash.spaceBefore, second.text, second.spaceBefore, second.sentence], ['-', false, '15', false, 0]);
      // The glued ordinal of the last sentence.
      const ordinal = tokens.find((t) => t.start === CUT[lang].lastIndexOf(lang === 'fr' ? 'er.' : 'st.'))!;
      assert.equal(ordinal.glued, true);
      assert.equal(ordinal.sentence, tokens[tokens.length - 1].sentence);
      assert.equal(tokens[tokens.length - 1].sentence, CUT[lang].split('. ').length - 1, 'one sentence after each dot and space');
    });
  }

  it('holds every token when the cut parts outgrow its estimated size, lines marked', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${i % 20}-${i % 20 + 3} %`).join('\n');
    const tokens = assertPlaces(text, 'fr');
    assert.equal(tokens.length, 400 * 4);
    assert.equal(tokens.filter((t) => t.lineStart).length, 400);
    assert.equal(tokens[tokens.length - 1].sentence, 399);
  });

  it('digits alone are one token read alike at each of their places, cut after a clock time\'s colon', () => {
    // The stream keeps a run of digits' token in its word table from its first place on (PLAIN_DIGITS).
    const text = 'Le 416 puis 11:416 et 416, enfin 416.';
    const tokens = assertPlaces(text, 'fr');
    const digits = tokens.filter((t) => t.text === '416');
    assert.equal(digits.length, 3, 'the 416 after 11: is cut in two');
    for (const t of digits) {
      assert.deepEqual([t.norm, t.digits, t.hyphen, t.glued], ['416', 3, -1, false]);
      assert.deepEqual([t.cls, t.opens], [digits[0].cls, digits[0].opens]);
      assert.ok(t.opens !== 0, 'digits open a figure');
    }
    const clock = text.indexOf('11:') + 3;
    assert.deepEqual(tokens.filter((t) => t.start >= clock && t.start < clock + 3).map((t) => t.text), ['41', '6']);
  });

  it('every token of the seed articles is its slice', () => {
    const dir = path.join(__dirname, '../../seeds');
    for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      for (const lang of ['fr', 'en'] as const) assertPlaces(fs.readFileSync(path.join(dir, f), 'utf8'), lang);
    }
  });
});
