// The shared tokenizer: word boundaries, elisions, hyphens, and the character-kind flags the
// layers use to skip tokens cheaply.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasCurrentId, TOKEN_DIGIT, TOKEN_LOWER, TOKEN_UPPER, tokenFlags, tokenIdEpoch, tokenize, wordShape } from '../../src/core/text/tokenize';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps inner hyphens and French elisions, splits other punctuation', () => {
    assert.deepEqual(texts("L’action d'Alibaba (NYSE:BABA) a gagné 3,5 % au Moyen-Orient."),
      ['L’', 'action', "d'", 'Alibaba', '(', 'NYSE', ':', 'BABA', ')', 'a', 'gagné', '3', ',', '5', '%', 'au', 'Moyen-Orient', '.']);
    assert.deepEqual(texts("aujourd'hui l'"), ['aujourd', "'", 'hui', 'l', "'"]);
  });

  it('keeps the apostrophe of an elision in any case, and only of an elision', () => {
    assert.deepEqual(texts("QU’IL LORSQU'ELLE Jusqu’à Puisqu’on"), ['QU’', 'IL', "LORSQU'", 'ELLE', 'Jusqu’', 'à', 'Puisqu’', 'on']);
    // Not elisions: a longer word, an English possessive, the Kelvin sign (lower case k).
    assert.deepEqual(texts("lorsque'x Apple's \u212A'x"), ['lorsque', "'", 'x', 'Apple', "'", 's', '\u212A', "'", 'x']);
  });

  it('marks spaces and line starts before a token', () => {
    const [a, b, c] = tokenize('a,\n b');
    assert.deepEqual([a.spaceBefore, a.lineStart, b.spaceBefore, b.lineStart, c.spaceBefore, c.lineStart], [true, true, false, false, true, true]);
  });

  it('keeps spaces and line starts apart from the flags they are packed with', () => {
    // A digit token after a line break, an upper-case word glued to it, a lower-case word after a space.
    const [a, b, c] = tokenize('\n2025Paris x');
    assert.deepEqual([a.text, a.spaceBefore, a.lineStart, a.flags], ['2025Paris', true, true, TOKEN_DIGIT | TOKEN_UPPER | TOKEN_LOWER]);
    assert.deepEqual([b.text, b.spaceBefore, b.lineStart, b.flags, c], ['x', true, false, TOKEN_LOWER, undefined]);
    const [d, e, f] = tokenize('x:\nY');
    assert.deepEqual([d.flags, e.spaceBefore, e.lineStart, e.flags, f.spaceBefore, f.lineStart, f.flags], [TOKEN_LOWER, false, false, 0, true, true, TOKEN_UPPER]);
  });

  it('returns exactly its tokens, past one per four characters (the array\'s first size) or far under it', () => {
    for (const [text, count] of [[',.'.repeat(500), 1000], ['anticonstitutionnellement '.repeat(10), 10], ['', 0]] as const) {
      const tokens = tokenize(text);
      assert.equal(tokens.length, count, text.slice(0, 20));
      assert.equal(Object.keys(tokens).length, count, 'no hole');
      if (count > 0) assert.equal(tokens[count - 1].end, text.trimEnd().length);
    }
  });

  it('gives a token the flags tokenFlags computes from its text alone', () => {
    const text = "L’Été 2025 : Moyen-Orient, Covid-19, qu’il, 𝐀𝐁 x\u0000 iPhone ÉTÉ l'ĸ";
    for (const t of tokenize(text)) assert.equal(tokenFlags(t.text), t.flags, t.text);
  });

  it('flags the kinds of characters a token holds', () => {
    const flags = Object.fromEntries(tokenize('Paris iPhone BABA ministère Covid-19 2025 «  Ça ²').map((t) => [t.text, t.flags]));
    assert.deepEqual(flags, {
      Paris: TOKEN_UPPER | TOKEN_LOWER,
      iPhone: TOKEN_UPPER | TOKEN_LOWER,
      BABA: TOKEN_UPPER,
      ministère: TOKEN_LOWER,
      'Covid-19': TOKEN_UPPER | TOKEN_LOWER | TOKEN_DIGIT,
      '2025': TOKEN_DIGIT,
      '«': 0,
      Ça: TOKEN_UPPER | TOKEN_LOWER,
      '²': TOKEN_DIGIT,
    });
  });

  it('gives equal words one id and one string, across texts, and other words other ids', () => {
    const a = tokenize("L’Autorité des marchés financiers (AMF) a sanctionné l’anticonstitutionnellement-long émetteur.");
    const b = tokenize("l’anticonstitutionnellement-long émetteur de l’Autorité des marchés financiers.");
    const byText = new Map<string, number>();
    for (const t of [...a, ...b]) {
      const id = byText.get(t.text);
      if (id === undefined) byText.set(t.text, t.id);
      else assert.equal(t.id, id, t.text);
    }
    assert.equal(new Set(byText.values()).size, byText.size);
    const long = a.find((t) => t.text.startsWith('anticonstitutionnellement'));
    assert.ok(long !== undefined && long.text === 'anticonstitutionnellement-long' && long.text.length > 12);
    assert.ok(b.some((t) => t.text === long.text && t.id === long.id));
    // A very long run keeps its text and gets no id.
    const run = '7'.repeat(5000);
    assert.deepEqual(tokenize(`a ${run} b`).map((t) => [t.text, t.id < 0]), [['a', false], [run, true], ['b', false]]);
  });

  it('keeps the texts and ids right after its table of words is emptied', () => {
    const before = tokenize('Moyen-Orient et Paris');
    // More distinct words than the table keeps: it is emptied at the start of the next text.
    const words: string[] = [];
    for (let k = 0; k < 110_000; k++) words.push(`w${k.toString(36)}`);
    tokenize(words.join(' '));
    const after = tokenize('Paris et Moyen-Orient, Paris');
    assert.deepEqual(after.map((t) => t.text), ['Paris', 'et', 'Moyen-Orient', ',', 'Paris']);
    assert.equal(after[0].id, after[4].id);
    assert.notEqual(after[0].id, after[1].id);
    assert.equal(before.map((t) => t.text).join(' '), 'Moyen-Orient et Paris');
  });

  it('tells a token whose id names its word in the present table (hasCurrentId) from one of an earlier epoch', () => {
    const text = 'Moyen-Orient et Paris, Lyon ou Nantes';
    const before = tokenize(text);
    assert.ok(before.every(hasCurrentId));
    // Another word's id, or none, names no token's word.
    assert.ok(!hasCurrentId({ ...before[0], id: before[2].id }));
    assert.ok(!hasCurrentId({ ...before[0], id: -1 }));
    const epoch = tokenIdEpoch();
    const words: string[] = [];
    for (let k = 0; k < 110_000; k++) words.push(`v${k.toString(36)}`);
    tokenize(words.join(' '));
    // The table is emptied at the start of the next text: a new epoch, whose ids name other words.
    const after = tokenize(`Lille ${text}`);
    assert.equal(tokenIdEpoch(), epoch + 1);
    assert.ok(after.every(hasCurrentId));
    // An earlier token counts exactly when its id is the one its word has now.
    for (const [k, t] of before.entries()) assert.equal(hasCurrentId(t), after[k + 1].id === t.id, t.text);
  });
});

describe('wordShape', () => {
  // The shape by its definition: each code point's Unicode class, runs collapsed.
  const byClass = (word: string): string => {
    let out = '';
    let last = '';
    for (const ch of word) {
      const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
      if (c !== last) out += c;
      last = c;
    }
    return out;
  };

  it('collapses runs of capitals, small letters and digits', () => {
    assert.equal(wordShape('Émile-Zola'), 'Xx-Xx');
    assert.equal(wordShape('COVID-19'), 'X-d');
    assert.equal(wordShape('iPhone²'), 'xXxd');
  });

  it('gives each code point its Unicode class, in ASCII and beyond', () => {
    const word = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: fc.constantFrom('É', 'ß', 'Ǆ', '٣', '²', '€', '-', 'a', 'Z', '7'), maxLength: 12 }),
    );
    fc.assert(fc.property(word, (w) => wordShape(w) === byClass(w)), { numRuns: 2000 });
  });
});
