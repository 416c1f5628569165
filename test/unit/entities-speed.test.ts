// The entity layer's speed devices must not change what it finds: the per-word caches (a word
// seen in another article, in another language, or through the other path), the scan that puts
// the chosen candidates in text order, and the shortcut of person display names.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { extractEntities } from '../../src/core/entities';
import { entityContext, FIRST_NAME, GAZETTEER_START, HYPHEN_PLACE, OPEN_PAREN, ruleStartsWith, SUFFIX_START, SYMBOL_LIKE, TITLE } from '../../src/core/entities/candidates';
import { AliasSteps, gazetteer, NODE_GOES_ON, NODE_HAS_HITS, type TrieNode } from '../../src/core/entities/gazetteer';
import { hasWordInCapitals, isAllCaps } from '../../src/core/entities/normalize';
import { ReusedInt32Array, ReusedUint8Array } from '../../src/core/entities/scratch';
import { makeToken, tokenIdEpoch, tokenize, type Token } from '../../src/core/text/tokenize';
import type { EntityMention, Lang } from '../../src/core/types';

/** A copy of token t with another id (a spread would lose spaceBefore, lineStart and flags: getters of tokenize's tokens). */
const withId = (t: Token, id: number): Token => makeToken(t.start, t.end, t.text, t.spaceBefore, t.lineStart, t.flags, id);

const shown = (ents: EntityMention[]): string[] => ents.map((e) => `${e.text}/${e.type}/${e.id}/${e.name}`);

const FRENCH = 'Le groupe Alibaba (NYSE:BABA) a vu Mme Le Pen et M. Jean-Yves Le Drian à Paris. Le Drian a salué Hector RETAMAL, PDG de Foo Widgets SA.';
const ENGLISH = 'Shares of Harlow Dynamics Inc. (NASDAQ: HRLW) rose after Chair Jerome Powell spoke in New York-based meetings; Powell met Hector RETAMAL.';

describe('entities: speed devices keep the output', () => {
  it('gives the same mentions for a text seen first, after other texts, and in the other language in between', () => {
    const first = shown(extractEntities(FRENCH, { lang: 'fr' }));
    const firstEn = shown(extractEntities(ENGLISH, { lang: 'en' }));
    // Many other words through the caches, and the same words read as the other language.
    for (let i = 0; i < 50; i++) extractEntities(`Entreprise${i} Holdings et Société ${i} Groupe, ${ENGLISH}`, { lang: i % 2 ? 'fr' : 'en' });
    extractEntities(FRENCH, { lang: 'en' });
    assert.deepEqual(shown(extractEntities(FRENCH, { lang: 'fr' })), first);
    assert.deepEqual(shown(extractEntities(ENGLISH, { lang: 'en' })), firstEn);
  });

  it('gives the same mentions after a longer text used the reused work arrays, and they come back zeroed', () => {
    for (const [lang, text] of [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>) {
      const expected = shown(extractEntities(text, { lang }));
      extractEntities(`${text}\n\n`.repeat(40), { lang });
      assert.deepEqual(shown(extractEntities(text, { lang })), expected);
    }
    const ints = new ReusedInt32Array();
    ints.zeros(300).fill(7);
    assert.deepEqual([...ints.zeros(200)], new Array(200).fill(0));
    assert.equal(ints.zeros(5000).length, 5000);
    const bytes = new ReusedUint8Array();
    bytes.zeros(2000).fill(1);
    assert.ok(bytes.zeros(1500).every((b) => b === 0));
  });

  it('gives a context the same words and flags after a longer text used their memory, undefined past its tokens', () => {
    const read = (text: string, lang: Lang) => {
      const ctx = entityContext(text, tokenize(text), lang);
      const n = ctx.tokens.length;
      return { words: Array.from({ length: n + 3 }, (_, i) => ctx.words[i]?.word), flags: Array.from({ length: n + 3 }, (_, i) => ctx.flags[i]) };
    };
    for (const [lang, text] of [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>) {
      const alone = read(text, lang);
      // Read past the last token as an array made for the text would be.
      assert.deepEqual(alone.words.slice(-3), [undefined, undefined, undefined]);
      assert.deepEqual(alone.flags.slice(-3), [undefined, undefined, undefined]);
      read(`${ENGLISH} ${FRENCH}\n`.repeat(30), lang);
      assert.deepEqual(read(text, lang), alone);
    }
  });

  it('gives the same mentions when the token ids point to other words or to none (ids are hints)', () => {
    for (const [lang, text] of [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>) {
      const expected = shown(extractEntities(text, { lang }));
      const tokens = tokenize(text);
      // Each token given the id of another word of the text (as after the tokenizer's table was emptied), then none.
      const shifted = tokens.map((t, i) => withId(t, tokens[(i + 7) % tokens.length].id));
      assert.deepEqual(shown(extractEntities(text, { lang, tokens: shifted })), expected);
      assert.deepEqual(shown(extractEntities(text, { lang, tokens: tokens.map((t) => withId(t, -1)) })), expected);
      assert.deepEqual(shown(extractEntities(text, { lang, tokens })), expected);
    }
  });

  it('gives the same mentions for tokens read before and after the tokenizer emptied its table (ids then name other words)', function () {
    this.timeout(20_000);
    const noIds = (text: string) => tokenize(text).map((t) => withId(t, -1));
    const cases = [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>;
    const expected = cases.map(([lang, text]) => shown(extractEntities(text, { lang, tokens: noIds(text) })));
    const before = cases.map(([lang, text], k) => {
      const tokens = tokenize(text);
      assert.deepEqual(shown(extractEntities(text, { lang, tokens })), expected[k]);
      return tokens;
    });
    // More distinct words than the tokenizer keeps: its table is emptied at the next text, and the
    // new texts' words take the small ids again, whose entries were made for other words.
    tokenize(Array.from({ length: 110_000 }, (_, k) => `u${k.toString(36)}`).join(' '));
    tokenize('Zoé Yverdon Xavier Wavre');
    cases.forEach(([lang, text], k) => {
      assert.deepEqual(shown(extractEntities(text, { lang, tokens: tokenize(text) })), expected[k]);
      assert.deepEqual(shown(extractEntities(text, { lang, tokens: before[k] })), expected[k]);
    });
  });

  it('trusts the ids of tokens made in the tokenizer\'s present epoch (tokensEpoch), and checks them again once it moved on', function () {
    this.timeout(20_000);
    const emptyTable = () => {
      tokenize(Array.from({ length: 110_000 }, (_, k) => `s${k.toString(36)}`).join(' '));
      tokenize('Zoé');
    };
    const cases = [['fr', FRENCH], ['en', ENGLISH]] as Array<[Lang, string]>;
    const expected = cases.map(([lang, text]) => shown(extractEntities(text, { lang })));
    // The texts' words take the small ids of a fresh table.
    emptyTable();
    const made = cases.map(([lang, text], k) => {
      const tokens = tokenize(text);
      const tokensEpoch = tokenIdEpoch();
      assert.deepEqual(shown(extractEntities(text, { lang, tokens, tokensEpoch })), expected[k]);
      return { tokens, tokensEpoch };
    });
    // Another fresh table, whose small ids the entity layer indexes for other words.
    emptyTable();
    const filler = Array.from({ length: 3_000 }, (_, k) => `Nom${k.toString(36)} de`).join(' ');
    extractEntities(filler, { lang: 'fr', tokens: tokenize(filler), tokensEpoch: tokenIdEpoch() });
    cases.forEach(([lang, text], k) => {
      assert.notEqual(tokenIdEpoch(), made[k].tokensEpoch);
      assert.deepEqual(shown(extractEntities(text, { lang, tokens: made[k].tokens, tokensEpoch: made[k].tokensEpoch })), expected[k]);
    });
  });

  it('shares one empty map among the gazetteer trie\'s leaves, and every alias still ends at a node with hits', () => {
    const empty = new Set<ReadonlyMap<string, TrieNode>>();
    let leaves = 0;
    const visit = (node: TrieNode): void => {
      if (node.next.size === 0) {
        empty.add(node.next);
        leaves++;
        // A leaf is the end of some alias.
        assert.ok(node.hits !== undefined && node.hits.length > 0);
      }
      for (const child of node.next.values()) visit(child);
    };
    visit(gazetteer().root);
    assert.ok(leaves > 1000);
    assert.equal(empty.size, 1);
    // A longer alias through a shorter one's node gave that node a map of its own (Banque, Banque de France).
    assert.deepEqual(shown(extractEntities('La Banque de France et la Banque mondiale.', { lang: 'fr' })).slice(0, 1), ['Banque de France/organization/banque-de-france/Banque de France']);
  });

  it('walks the same trie through the numbered steps (AliasSteps) as through the maps, and no step that is none', () => {
    const { root, steps } = gazetteer();
    const someCodes = [...steps.codes].slice(0, 8);
    let edges = 0;
    const visit = (node: TrieNode, n: number): void => {
      assert.equal(steps.nodes[n], node);
      assert.equal(steps.kinds[n], (node.hits ? NODE_HAS_HITS : 0) | (node.next.size > 0 ? NODE_GOES_ON : 0));
      for (const [key, child] of node.next) {
        const code = steps.codes.get(key);
        assert.ok(code !== undefined && code > 0, key);
        visit(child, steps.child(n, code));
        edges++;
      }
      // A key that continues some alias but not this one leads nowhere.
      for (const [key, code] of someCodes) if (!node.next.has(key)) assert.equal(steps.child(n, code), 0);
    };
    for (const first of root.next.values()) visit(first, steps.firstNode(first));
    assert.ok(edges > 1000);
    assert.equal(steps.firstNode({ next: root.next, hits: undefined }), 0);
  });

  it('refuses a trie whose edge keys (nodes times inner keys) would not fit its Int32Array, rather than lose steps', () => {
    // 60,000 first words, each with an alias of two words whose second word is its own: 120,000 nodes, 60,000 keys.
    const firsts = new Map<string, TrieNode>();
    for (let k = 0; k < 60000; k++) firsts.set(`f${k}`, { next: new Map([[`s${k}`, { next: new Map(), hits: [] }]]), hits: undefined });
    assert.throws(() => new AliasSteps({ next: firsts, hits: undefined }), /AliasSteps/);
    // Today's lists are far under the bound.
    const { steps } = gazetteer();
    assert.ok(steps.nodes.length * (steps.codes.size + 1) < 2 ** 31 / 10);
  });

  it('gives the same rule mentions before and after the tagger path ran', () => {
    const rulesOnly = (lang: Lang, text: string) => shown(extractEntities(text, { lang, noTagger: true }));
    const before = rulesOnly('fr', FRENCH);
    for (let i = 0; i < 20; i++) extractEntities(FRENCH, { lang: 'fr' });
    assert.deepEqual(rulesOnly('fr', FRENCH), before);
    assert.ok(before.includes('Foo Widgets SA/company/foo-widgets/Foo Widgets'), JSON.stringify(before));
  });

  it('keeps the names after a title before a capitalized function word (an empty rule candidate)', () => {
    // "Mme Le" opens a title rule on a word that is a function word: the rule yields an empty span.
    const ents = shown(extractEntities('Mme Le Pen a parlé avec M. Le Maire et Mme De Gaulle.', { lang: 'fr' }));
    assert.ok(ents.includes('Le Pen/person/le-pen/Le Pen'), JSON.stringify(ents));
    assert.ok(ents.includes('Le Maire/person/le-maire/Le Maire'), JSON.stringify(ents));
    assert.ok(ents.includes('De Gaulle/person/de-gaulle/De Gaulle'), JSON.stringify(ents));
  });

  it('title-cases only the words in capitals of a person name', () => {
    const ents = extractEntities('Hector RETAMAL a rencontré Eddie Wu.', { lang: 'fr' });
    const retamal = ents.find((e) => e.text === 'Hector RETAMAL');
    assert.equal(retamal?.name, 'Hector Retamal');
    assert.equal(ents.find((e) => e.text === 'Eddie Wu')?.name, 'Eddie Wu');
  });

  it('finds a listed name whose first token is written with another apostrophe or hyphen than the list', () => {
    // The list skips tokens by their first character, read as tokenKey reads it (’ and ʼ are ', ‑ is -).
    const entityList = { entities: [{ name: "'Ndrangheta", type: 'organization' as const }, { name: '-Acme', type: 'company' as const }], ignore: [] };
    const ents = analyze("La ’Ndrangheta et ‑Acme, puis 'Ndrangheta.", { lang: 'fr', entityList }).entities;
    assert.deepEqual(
      ents.filter((e) => e.id === 'ndrangheta' || e.id === 'acme').map((e) => e.text),
      ['’Ndrangheta', '‑Acme', "'Ndrangheta"],
    );
  });

  it('ruleStartsWith gives the rule starts with some bit of the mask, in text order, each once', () => {
    const masks = [GAZETTEER_START, OPEN_PAREN, SYMBOL_LIKE, SUFFIX_START, TITLE, FIRST_NAME, HYPHEN_PLACE, TITLE | SYMBOL_LIKE, SUFFIX_START | OPEN_PAREN | FIRST_NAME];
    for (const [lang, text] of [['fr', FRENCH], ['en', ENGLISH], ['en', `NEW YORK (Reuters) - ${ENGLISH} IBM, Acme Ltd and Mr. Smith (AAPL.O) #HongKong`]] as Array<[Lang, string]>) {
      const ctx = entityContext(text, tokenize(text), lang);
      for (const mask of masks) {
        const expected = ctx.ruleStarts.filter((i) => ctx.flags[i] & mask);
        assert.deepEqual([...ruleStartsWith(ctx, mask)], expected, `${lang} ${mask}`);
      }
      // Each text has starts of several bits, and a token of two bits (a title that opens an alias) comes once.
      assert.ok(ruleStartsWith(ctx, OPEN_PAREN).length > 0 && ruleStartsWith(ctx, SYMBOL_LIKE).length > 0, lang);
    }
  });

  it('splits a hyphenated word the same whether it was split before with or without a pair cue (cached pieces)', () => {
    const cued = 'Le match Servette-Bienne a eu lieu à Genève.';
    const plain = 'Servette-Bienne a eu lieu à Genève.';
    const fresh = [shown(extractEntities(cued, { lang: 'fr' })), shown(extractEntities(plain, { lang: 'fr' }))];
    // After the cue the unknown part is split off too (loose pieces); without it the word stays whole.
    assert.ok(fresh[0].some((m) => m.startsWith('Bienne/place')) && !fresh[0].some((m) => m.startsWith('Servette-Bienne/')), JSON.stringify(fresh[0]));
    assert.ok(fresh[1].some((m) => m.startsWith('Servette-Bienne/')), JSON.stringify(fresh[1]));
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(shown(extractEntities(plain, { lang: 'fr' })), fresh[1]);
      assert.deepEqual(shown(extractEntities(cued, { lang: 'fr' })), fresh[0]);
    }
    // Read in English, the same word goes through the English lists.
    extractEntities(cued, { lang: 'en' });
    assert.deepEqual(shown(extractEntities(cued, { lang: 'fr' })), fresh[0]);
  });

  it('hasWordInCapitals agrees with splitting on spaces', () => {
    const cases = ['Eddie Wu', 'Hector RETAMAL', 'AB CD', 'ABC', 'J.R. Smith', 'Jean-Yves LE DRIAN', 'Ōno ŌNO', '𝐀𝐁𝐂 def', '', 'abc DEF', 'X.Y', 'É.U.'];
    for (const text of cases) {
      const expected = text.split(' ').some((w) => w.length > 2 && isAllCaps(w));
      assert.equal(hasWordInCapitals(text, 2), expected, text);
    }
  });
});
