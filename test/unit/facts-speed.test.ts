// The fact linker's speed devices must not change what it links: the lexicon's bits by token id
// (trusted only for tokens of the tokenizer's present epoch), the phrases read from the next word.
import * as assert from 'node:assert/strict';
import { analyze, soundFacts } from '../../src/core/analyze';
import { linkFacts } from '../../src/core/facts';
import { cueLexicon, UNIT_BUSINESS, UNIT_COUNT } from '../../src/core/facts/lexicon';
import { makeToken, tokenIdEpoch, tokenize, type Token } from '../../src/core/text/tokenize';
import type { EntityMention, Fact, Figure, Lang } from '../../src/core/types';

/** A copy of token t with another id (a spread would lose the getters of tokenize's tokens). */
const withId = (t: Token, id: number): Token => makeToken(t.start, t.end, t.text, t.spaceBefore, t.lineStart, t.flags, id);

const shown = (facts: Fact[]): string[] => facts.map((f) => `${f.entity}/${f.figure}/${f.predicate}`);

// Phrases of several words ("chiffre d'affaires", "part de marché", "market share") and single cues.
const FRENCH = "Le groupe Alibaba a réalisé un chiffre d'affaires de 30 milliards d'euros en 2023. Sa part de marché a atteint 33 % selon Canalys, mais Renault a investi 5 milliards de dollars dans l'usine.";
const ENGLISH = "Apple's revenue rose 5% to $90 billion in 2023. Its market share reached 28% of the global smartphone market, Canalys said. Boeing agreed to buy Spirit AeroSystems for $4.7 billion. Its net income, which fell 3%, reached $2 billion.";
const CASES = [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>;

/** The facts of `text` linked from the given tokens, over the entities and figures analyze finds. */
function factsOf(lang: Lang, text: string, tokens?: Token[], tokensEpoch?: number): string[] {
  const { entities, figures } = analyze(text, { lang });
  return shown(linkFacts(text, entities, figures, { lang, tokens, tokensEpoch }));
}

/** More distinct words than the tokenizer keeps: its table is emptied at the next text, whose words take the small ids again. */
function emptyTable(prefix: string): void {
  tokenize(Array.from({ length: 110_000 }, (_, k) => `${prefix}${k.toString(36)}`).join(' '));
  tokenize('Zoé');
}

describe('facts: speed devices keep the output', () => {
  it('links the same facts when the token ids point to other words or to none, with no epoch given (ids are checked)', () => {
    for (const [lang, text] of CASES) {
      const expected = factsOf(lang, text);
      assert.ok(expected.length >= 3, `${lang}: ${expected.join(' ')}`);
      const tokens = tokenize(text);
      const shifted = tokens.map((t, i) => withId(t, tokens[(i + 7) % tokens.length].id));
      assert.deepEqual(factsOf(lang, text, shifted), expected);
      assert.deepEqual(factsOf(lang, text, tokens.map((t) => withId(t, -1))), expected);
      assert.deepEqual(factsOf(lang, text, tokens, tokenIdEpoch()), expected);
    }
  });

  it('trusts the ids of tokens made in the tokenizer\'s present epoch (tokensEpoch), and checks them again once it moved on', function () {
    this.timeout(20_000);
    const expected = CASES.map(([lang, text]) => factsOf(lang, text));
    emptyTable('f');
    const made = CASES.map(([lang, text], k) => {
      const tokens = tokenize(text);
      const tokensEpoch = tokenIdEpoch();
      assert.deepEqual(factsOf(lang, text, tokens, tokensEpoch), expected[k]);
      return { tokens, tokensEpoch };
    });
    // Another fresh table, whose small ids the lexicon indexes for other words (cue words among them).
    emptyTable('g');
    for (const [lang] of CASES) {
      const filler = Array.from({ length: 400 }, (_, k) => `Nom${k.toString(36)} ${lang === 'fr' ? 'de la part du' : 'of the market share'}`).join(' ');
      const fillerTokens = tokenize(filler);
      const lex = cueLexicon(lang);
      const high = new Int32Array(fillerTokens.length);
      for (let i = 0; i < fillerTokens.length; i++) lex.bitsAt(fillerTokens, i, high, true);
    }
    CASES.forEach(([lang, text], k) => {
      assert.notEqual(tokenIdEpoch(), made[k].tokensEpoch);
      assert.deepEqual(factsOf(lang, text, made[k].tokens, made[k].tokensEpoch), expected[k]);
    });
  });

  it('reads the same cues and clause words through the ids as through the words, phrases of several words included', () => {
    for (const [lang, text] of CASES) {
      const lex = cueLexicon(lang);
      const tokens = tokenize(text);
      const byId = new Int32Array(tokens.length);
      const byWord = new Int32Array(tokens.length);
      let phrases = 0;
      let clauseWords = 0;
      for (let i = 0; i < tokens.length; i++) {
        const clauseWord = lex.isClauseWordAt(tokens, i, true);
        assert.equal(clauseWord, lex.isClauseWordAt(tokens, i, false), `${lang}: ${tokens[i].text}`);
        if (clauseWord) clauseWords++;
        const low = lex.bitsAt(tokens, i, byId, true);
        assert.equal(low, lex.bitsAt(tokens, i, byWord, false), `${lang}: ${tokens[i].text}`);
        assert.equal(byId[i], byWord[i], `${lang}: ${tokens[i].text}`);
        const matches = lex.matchAt(tokens, i);
        let orLow = 0;
        for (const m of matches) if (!m.high) orLow |= m.bit;
        assert.equal(low, orLow, `${lang}: ${tokens[i].text}`);
        if (matches.some((m) => m.length > 1)) phrases++;
      }
      assert.ok(phrases >= 2, `${lang}: ${phrases} phrases`);
      assert.ok(clauseWords >= 1, `${lang}: ${clauseWords} clause words`);
    }
  });

  it('tells a unit\'s kinds by the unit or its first word, whatever its case, the same when asked again', () => {
    const fr = cueLexicon('fr');
    const en = cueLexicon('en');
    for (let round = 0; round < 2; round++) {
      assert.equal(fr.unitKinds('salarié'), UNIT_COUNT | UNIT_BUSINESS);
      assert.equal(fr.unitKinds('Salarié'), UNIT_COUNT | UNIT_BUSINESS);
      assert.equal(fr.unitKinds('centre de données'), UNIT_COUNT);
      assert.equal(fr.unitKinds('personne âgée'), UNIT_COUNT);
      assert.equal(fr.unitKinds('suppression'), UNIT_COUNT | UNIT_BUSINESS);
      assert.equal(fr.unitKinds('exemplaire'), UNIT_COUNT);
      assert.equal(fr.unitKinds('euro'), 0);
      assert.equal(en.unitKinds('employee'), UNIT_COUNT | UNIT_BUSINESS);
      assert.equal(en.unitKinds('people'), UNIT_COUNT);
      assert.equal(en.unitKinds('staff'), UNIT_BUSINESS);
    }
  });

  it('keeps the facts that name an entity id and a figure start, whether it looks ids up one by one or in a set', () => {
    const entity = (id: string, start: number): EntityMention => ({ text: 'X', start, end: start + 1, type: 'company', id, name: id });
    const figure = (start: number): Figure => ({ text: '1', start, end: start + 1, kind: 'number', value: 1 });
    for (const many of [false, true]) {
      // Past ID_SET_ABOVE facts times entities, the ids are looked up in a set.
      const entities = [entity('a', 0), entity('b', 2), entity('a', 4), ...(many ? Array.from({ length: 3000 }, (_, k) => entity(`e${k}`, 10 + 2 * k)) : [])];
      const figures = [figure(1), figure(3), figure(5)];
      const good: Fact[] = [
        { entity: 'a', figure: 1, predicate: 'revenue' }, { entity: 'a', figure: 3, predicate: 'other' }, { entity: 'b', figure: 5, predicate: 'other' },
      ];
      assert.equal(soundFacts(good, entities, figures), good);
      const bad = [
        ...good,
        { entity: 'c', figure: 1, predicate: 'revenue' },
        { entity: 'a', figure: 2, predicate: 'revenue' },
        { entity: undefined, figure: 1, predicate: 'revenue' },
        { entity: 7, figure: 1, predicate: 'revenue' },
        null,
        { entity: 'b', figure: 1, predicate: 'other' },
      ] as unknown as Fact[];
      assert.deepEqual(soundFacts(bad, entities, figures), [...good, { entity: 'b', figure: 1, predicate: 'other' }]);
      assert.deepEqual(soundFacts([{ entity: undefined, figure: 1, predicate: 'revenue' }] as unknown as Fact[], entities, figures), []);
    }
  });

  it('reads a possessive with either apostrophe and either case of its s, as the normalized words read it', () => {
    // "Jane Fraser's revenue": the possessor owns the noun (possessorOf), a person included; without the possessive the
    // business figure passes the person for the company in focus.
    const facts = (written: string) => factsOf('en', `Blentor Corp hired Jane Fraser in May. Jane Fraser${written} revenue rose 4% to $3 billion.`);
    const expected = facts("'s");
    assert.ok(expected.some((f) => /^jane-fraser\/\d+\/revenue$/.test(f)), expected.join(' '));
    for (const written of ['’s', "'S"]) assert.deepEqual(facts(written), expected, written);
    assert.ok(!facts(' s').some((f) => f.startsWith('jane-fraser/')));
  });
});
