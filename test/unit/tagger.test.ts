// The statistical name tagger: split rule, features, decoding, spans, and names it should
// find in sentences written for this test (none comes from the NER fixtures).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { tagNames, type NameSpan } from '../../src/core/entities/tagger';
import { FeatureList, buildLexicon, capClass, documentContext, wordFeatures, WINDOW } from '../../src/core/entities/tagger/features';
import { BIO_LABELS, LABEL_COUNT, TaggerModel, lineSegments, nameSegments, transitionAllowed, viterbi, type ModelData } from '../../src/core/entities/tagger/model';
import { PAD_WORD, contextFeatures, contextSignature, pairFeatures } from '../../src/core/entities/tagger/features';
import modelFr from '../../src/core/data/tagger-fr.json';
import { exactConfidence, roundedConfidence, spansFromLabels } from '../../src/core/entities/tagger/spans';
import { isHeldOutLine, splitNerLines } from '../../src/core/entities/tagger/split';
import { makeToken, TOKEN_DIGIT, TOKEN_LOWER, TOKEN_UPPER, tokenIdEpoch, tokenize, type Token } from '../../src/core/text/tokenize';
import type { Lang } from '../../src/core/types';
import lexiconFr from '../../src/core/data/tagger-lexicon-fr.json';

/** A copy of token t with another id (a spread would lose spaceBefore, lineStart and flags: getters of tokenize's tokens). */
const withId = (t: Token, id: number): Token => makeToken(t.start, t.end, t.text, t.spaceBefore, t.lineStart, t.flags, id);

function names(text: string, lang: Lang): string[] {
  return tagNames(text, tokenize(text), lang).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
}

describe('tagger: the fixed train / held-out split', () => {
  it('puts non-empty line i in the held-out split when i % 5 === 0', () => {
    assert.deepEqual([0, 1, 4, 5, 10, 11].map(isHeldOutLine), [true, false, false, true, true, false]);
  });

  it('counts non-empty lines only', () => {
    const line = (id: string) => JSON.stringify({ text: id, entities: [], id });
    const { train, heldOut } = splitNerLines(['', line('a'), line('b'), '', line('c'), line('d'), line('e'), line('f'), ''].join('\n'));
    assert.deepEqual(heldOut.map((r) => r.id), ['a', 'f']);
    assert.deepEqual(train.map((r) => r.id), ['b', 'c', 'd', 'e']);
  });

  it('keeps the names of held-out texts out of the lexicon unless training texts or the place lists have them', () => {
    const fixture = fs.readFileSync(path.join(__dirname, '../fixtures/ner/wikinews-fr-ner.jsonl'), 'utf8');
    const { train, heldOut } = splitNerLines(fixture);
    const trainingText = train.map((r) => r.text).join('\n');
    const phrases = new Set(Object.keys(lexiconFr.phrases));
    let leaked = 0;
    let checked = 0;
    for (const r of heldOut) {
      for (const e of r.entities) {
        const key = tokenize(e.text).map((t) => t.text).join(' ');
        if (!key.includes(' ') || trainingText.includes(e.text) || e.label !== 'PER') continue;
        checked++;
        if (phrases.has(key)) leaked++;
      }
    }
    assert.ok(checked > 50, `only ${checked} held-out-only person names`);
    assert.equal(leaked, 0);
  });
});

describe('tagger: features', () => {
  it('classifies capitalization', () => {
    assert.equal(capClass('Macron'), 'X');
    assert.equal(capClass('Élysée'), 'X');
    assert.equal(capClass('SNCF'), 'A');
    assert.equal(capClass('ministère'), 'x');
    assert.equal(capClass('iPhone'), 'm');
    assert.equal(capClass('Covid-19'), 'd');
    assert.equal(capClass('«'), 'p');
    assert.equal(capClass('M'), 'X');
  });

  it('gives the tagged word more features than its neighbours', () => {
    const lists = Array.from({ length: 2 * WINDOW + 1 }, () => new FeatureList());
    wordFeatures('Renault', buildLexicon({ words: { Renault: 16 }, phrases: {} }), lists);
    const counts = lists.map((l) => l.length);
    assert.ok(counts[WINDOW] > counts[WINDOW - 1] && counts[WINDOW - 1] > counts[0], counts.join());
    assert.ok(lists[WINDOW].values.slice(0, lists[WINDOW].length).includes('Renault'));
  });

  it('marks sentence starts after . ! ? and line breaks, and matches multi-word lexicon names', () => {
    const text = 'Il pleut. « Nouvelle-Zélande et Corée du Sud »\nFin';
    const tokens = tokenize(text);
    const lexicon = buildLexicon({ words: {}, phrases: { 'Corée du Sud': 2 } });
    const doc = documentContext(tokens, lexicon);
    const starts = tokens.filter((_, i) => doc.sentenceStart[i]).map((t) => t.text);
    assert.deepEqual(starts, ['Il', '«', 'Nouvelle-Zélande', 'Fin']);
    const matched = tokens.filter((_, i) => doc.phraseMatch[i] !== 0).map((t) => t.text);
    assert.deepEqual(matched, ['Corée', 'du', 'Sud']);
  });
});

describe('tagger: decoding', () => {
  it('never puts I-X after O or after another label', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: LABEL_COUNT, maxLength: 40 * LABEL_COUNT }), (values) => {
        const n = Math.floor(values.length / LABEL_COUNT);
        const emissions = Float32Array.from(values.slice(0, n * LABEL_COUNT));
        const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
        const out = new Uint8Array(n);
        viterbi(emissions, 0, n, transitions, out);
        for (let i = 0; i < n; i++) assert.ok(transitionAllowed(i === 0 ? LABEL_COUNT : out[i - 1], out[i]));
      }),
    );
  });

  it('finds the best path, transitions included', () => {
    // Two tokens; token 2 prefers I-PER only if token 1 is B-PER.
    const e = new Float32Array(2 * LABEL_COUNT);
    e[BIO_LABELS.indexOf('B-PER')] = 1;
    e[0] = 1.5; // O is locally best for token 1
    e[LABEL_COUNT + BIO_LABELS.indexOf('I-PER')] = 3;
    const out = new Uint8Array(2);
    viterbi(e, 0, 2, new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), out);
    assert.deepEqual([...out].map((y) => BIO_LABELS[y]), ['B-PER', 'I-PER']);
  });

  it('decodes each line on its own', () => {
    assert.deepEqual(lineSegments(tokenize('a b\nc\n\nd e f')), [0, 2, 2, 3, 3, 6]);
    assert.deepEqual(lineSegments([]), []);
  });

  it('turns BIO labels into spans with offsets of the tokens', () => {
    const text = 'Jean Dupont vit à Paris';
    const tokens = tokenize(text);
    const labels = Uint8Array.from(['B-PER', 'I-PER', 'O', 'O', 'B-LOC'].map((l) => BIO_LABELS.indexOf(l as never)));
    const spans = spansFromLabels(tokens, labels, new Float32Array([1, 1, 1, 1, 3]), 1);
    assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.label]), [['Jean Dupont', 'PER'], ['Paris', 'LOC']]);
    assert.equal(spans[0].confidence, 0.5);
    assert.equal(spans[1].confidence, 0.875);
  });

  it('rounds a confidence to the thousandths Math.pow gives, without calling it away from a rounding boundary', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 16, noNaN: true }), (x) => Object.is(roundedConfidence(x), exactConfidence(x))), { numRuns: 20_000 });
    // The values next to each boundary, where 1 - 2^-x is (m + 0.5) / 1000, and either side of the table's steps.
    for (let m = 0; m < 1000; m++) {
      const x = -Math.log2(1 - (m + 0.5) / 1000);
      for (let d = -20; d <= 20; d++) assert.equal(roundedConfidence(x + d * 1e-13 * Math.max(1, x)), exactConfidence(x + d * 1e-13 * Math.max(1, x)), `x = ${x}`);
    }
    for (let k = 0; k <= 64 * 12; k++) for (const x of [k / 64, k / 64 - 1e-12, k / 64 + 1e-12]) if (x >= 0) assert.equal(roundedConfidence(x), exactConfidence(x), `x = ${x}`);
    assert.equal(roundedConfidence(0), 0);
    assert.equal(roundedConfidence(1), 0.5);
    assert.equal(roundedConfidence(11), 1);
    assert.equal(roundedConfidence(Infinity), 1);
  });
});

describe('tagger: decoding only near capitals', () => {
  const model = new TaggerModel(modelFr as ModelData, lexiconFr);
  const seedsDir = path.join(__dirname, '../../seeds');
  const heldOut = splitNerLines(fs.readFileSync(path.join(__dirname, '../fixtures/ner/wikinews-fr-ner.jsonl'), 'utf8')).heldOut;
  const texts = [...fs.readdirSync(seedsDir).map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')), ...heldOut.map((r) => r.text)];

  /** Labels from decoding every line whole, as the model was trained. */
  function fullDecode(tokens: ReturnType<typeof tokenize>): Uint8Array {
    const segments = lineSegments(tokens);
    const emissions = model.emissions(tokens, segments);
    const labels = new Uint8Array(tokens.length);
    const transitions = Float32Array.from(modelFr.transitions, (v) => v / modelFr.scale);
    for (let k = 0; k < segments.length; k += 2) viterbi(emissions, segments[k], segments[k + 1], transitions, labels);
    return labels;
  }

  it('gives the labels of whole-line decoding on the seeds and the held-out news, but for a few tokens in 10 000', () => {
    let tokens = 0;
    let differ = 0;
    let skipped = 0;
    for (const text of texts) {
      const t = tokenize(text);
      const full = fullDecode(t);
      const near = model.tag(t).labels;
      for (let i = 0; i < t.length; i++) if (full[i] !== near[i]) differ++;
      const segments = nameSegments(t, documentContext(t, model.lexicon).phraseMatch);
      let covered = 0;
      for (let k = 0; k < segments.length; k += 2) covered += segments[k + 1] - segments[k];
      tokens += t.length;
      skipped += t.length - covered;
    }
    assert.ok(differ / tokens < 2e-4, `${differ} of ${tokens} tokens differ`);
    // The point of it: a good part of the text is never decoded.
    assert.ok(skipped / tokens > 0.25, `only ${skipped} of ${tokens} tokens skipped`);
  });

  it('grows a segment while a name is still open at its end', () => {
    // Six lower-case tokens after the last capital: more than the reach, so the segment must grow.
    const text = 'Le Haut-Commissariat des Nations unies aux droits de l’homme a réagi.';
    assert.deepEqual(names(text, 'fr'), ['ORG:Haut-Commissariat des Nations unies aux droits de l’homme']);
    const t = tokenize(text);
    assert.deepEqual(model.tag(t).labels, fullDecode(t));
  });

  it('sums in each emission row the weights of the word, pair and context features of the token', () => {
    // The reference: every feature of the token looked up in the weight file and summed, with no
    // cache, no skipped block (a word with no pair weight) and no table of the model's.
    const features = (modelFr as ModelData).features;
    const weigh = (list: FeatureList, sums: number[]): number => {
      let found = 0;
      for (let k = 0; k < list.length; k++) {
        const packed = features[list.kinds[k]]?.[list.values[k]];
        if (!Array.isArray(packed)) continue;
        found++;
        for (let j = 0; j < packed.length; j += 2) sums[packed[j]] += packed[j + 1] / modelFr.scale;
      }
      return found;
    };
    let pairWeighed = 0;
    let rows = 0;
    for (const text of texts.slice(0, 30)) {
      const t = tokenize(text);
      const emissions = model.emissions(t);
      const doc = documentContext(t, model.lexicon);
      for (let i = 0; i < t.length; i++) {
        const sums = new Array<number>(LABEL_COUNT).fill(0);
        for (let o = 0; o <= 2 * WINDOW; o++) {
          const j = i + o - WINDOW;
          const lists = Array.from({ length: 2 * WINDOW + 1 }, () => new FeatureList());
          wordFeatures(j < 0 || j >= t.length ? PAD_WORD : t[j].text, model.lexicon, lists);
          weigh(lists[o], sums);
        }
        const list = new FeatureList();
        if (i > 0) {
          pairFeatures(t[i - 1].text.toLowerCase(), doc.classes[i], list);
          pairWeighed += weigh(list, sums);
        }
        list.clear();
        contextFeatures(doc, i, doc.classes[i], list);
        weigh(list, sums);
        for (let y = 0; y < LABEL_COUNT; y++) assert.ok(Math.abs(emissions[i * LABEL_COUNT + y] - sums[y]) < 1e-3, `token ${i} (${t[i].text}) label ${y}: ${emissions[i * LABEL_COUNT + y]} vs ${sums[y]}`);
        rows++;
      }
    }
    assert.ok(rows > 5000 && pairWeighed > 1000, `${rows} rows, ${pairWeighed} pair features weighed`);
  });

  it('computes the context signatures of documentContext from its word table', () => {
    // Texts in a row, so that the marks of one text must not leak into the next.
    const extra = ['Orange. Orange orange', 'Orange baisse. Les orange', '« Paris » Paris\nParis paris', 'Corée du Sud, corée du sud'];
    let compared = 0;
    for (const text of [...texts.slice(0, 40), ...extra, ...extra]) {
      const t = tokenize(text);
      // The classes the tagger gave documentContext: capClass, or a shortcut from the flags without an upper-case letter.
      const shortcut = t.map((token) => (token.flags & (TOKEN_UPPER | TOKEN_DIGIT) ? capClass(token.text) : token.flags & TOKEN_LOWER ? 'x' : 'p'));
      const doc = documentContext(t, model.lexicon, shortcut);
      const expected = t.map((token, i) => {
        const cls = capClass(token.text);
        return contextSignature(doc, i, cls, ['X', 'A', 'x', 'm', 'd', 'p'].indexOf(cls));
      });
      assert.deepEqual(model.signatures(t), expected, text.slice(0, 60));
      compared += t.length;
    }
    assert.ok(compared > 1000);
  });

  it('tags tokens read before and after the tokenizer emptied its table (ids then name other words) as tokens without ids', function () {
    this.timeout(20_000);
    const model = new TaggerModel(modelFr as ModelData, lexiconFr);
    const sample = texts.slice(0, 5);
    const expected = sample.map((text) => model.tag(tokenize(text).map((t) => withId(t, -1))));
    const before = sample.map((text) => {
      const tokens = tokenize(text);
      model.tag(tokens);
      return tokens;
    });
    tokenize(Array.from({ length: 110_000 }, (_, k) => `t${k.toString(36)}`).join(' '));
    tokenize('Zoé Yverdon Xavier Wavre');
    sample.forEach((text, k) => {
      assert.deepEqual(model.tag(tokenize(text)), expected[k]);
      assert.deepEqual(model.tag(before[k]), expected[k]);
    });
  });

  it('tags tokens of the present epoch as alike whether or not it checks their ids (tokensEpoch)', () => {
    for (const text of texts.slice(0, 20)) {
      const tokens = tokenize(text);
      const epoch = tokenIdEpoch();
      const lang = text.includes(' the ') ? 'en' : 'fr';
      assert.deepEqual(tagNames(text, tokens, lang, epoch), tagNames(text, tokens, lang));
      assert.deepEqual(tagNames(text, tokens, lang, epoch), tagNames(text, tokens.map((t) => withId(t, -1)), lang, epoch));
    }
  });

  it('tags as a fresh model after its word table grew past its limit and was emptied', function () {
    this.timeout(20_000); // two models to load, 100 500 words to tag
    const busy = new TaggerModel(modelFr as ModelData, lexiconFr);
    const reference = new TaggerModel(modelFr as ModelData, lexiconFr);
    // 100 500 distinct words in one text (the limit is 100 000): the table grows during the text, and is emptied before the next.
    const words = Array.from({ length: 100_500 }, (_, k) => (k % 50 === 0 ? 'Nom' : 'mot') + k.toString(36)).join(' ');
    busy.tag(tokenize(words));
    for (const text of texts.slice(0, 10)) {
      const t = tokenize(text);
      const fresh = reference.tag(t);
      const tagged = busy.tag(t);
      assert.deepEqual(tagged.labels, fresh.labels);
      assert.deepEqual(tagged.margins, fresh.margins);
    }
  });

  it('reads from the context signature the context features the document gives the token', () => {
    // What each context feature says of token i, read from the document directly.
    const expected = (doc: ReturnType<typeof documentContext>, i: number): string[] => {
      const cls = doc.classes[i];
      const word = doc.tokens[i].text;
      const out = ['B'];
      if (doc.sentenceStart[i]) {
        out.push('S' + cls);
        if (cls === 'X' && doc.innerCapitalized.has(word)) out.push('Dc');
        if (cls === 'X' && doc.lowerForms.has(word.toLowerCase())) out.push('Dl');
      }
      if (doc.tokens[i].lineStart) out.push('L' + cls);
      const match = doc.phraseMatch[i];
      for (let b = 0; b < 7; b++) if ((match >> 1) & (1 << b)) out.push('g' + (match & 1 ? 'b' : 'i') + b);
      if ((doc.phraseMatch[i + 1] ?? 0) & 1) out.push('G' + cls);
      return out;
    };
    const seen = new Set<string>();
    for (const text of texts.slice(0, 40)) {
      const t = tokenize(text);
      const doc = documentContext(t, model.lexicon);
      for (let i = 0; i < t.length; i++) {
        const list = new FeatureList();
        contextFeatures(doc, i, doc.classes[i], list);
        const features = Array.from({ length: list.length }, (_, k) => list.kinds[k] + list.values[k]);
        assert.deepEqual(features, expected(doc, i), `token ${i} of ${text.slice(0, 40)}`);
        seen.add(features.join('|'));
      }
    }
    assert.ok(seen.size > 10, `only ${seen.size} feature sets seen`);
    for (const kind of ['Dc', 'Dl', 'LX']) assert.ok([...seen].some((f) => f.includes(kind)), `no token with ${kind}`);
    assert.ok([...seen].some((f) => /\|g[bi]\d/.test(f)), 'no token in a lexicon phrase');
  });

  it('reads weight files stored by key, as written before features were grouped by kind', () => {
    const byKind = (modelFr as ModelData).features;
    const byKey: Record<string, number[]> = {};
    for (const kind of Object.keys(byKind)) {
      for (const [value, weights] of Object.entries(byKind[kind])) byKey[value === '' ? kind : `${kind} ${value}`] = weights;
    }
    const flat = new TaggerModel({ ...(modelFr as ModelData), features: byKey as unknown as ModelData['features'] }, lexiconFr);
    for (const text of texts.slice(0, 10)) {
      const t = tokenize(text);
      assert.deepEqual(flat.tag(t), model.tag(t));
    }
  });

  it('weighs a word named like a member of Object.prototype by the weight file alone', () => {
    // Weights stored * 10 for the lower-case form at offset 0 ('lc') and at +1 ('ld'): a token's
    // emission row is the weights of its own word's 'lc' feature and of the next word's 'ld' one.
    // 'ld' holds neither constructor nor __proto__, which a plain object would still answer.
    const features = JSON.parse('{"lc": {"constructor": [1, 30, 3, -20], "__proto__": [5, 40], "valueof": [7, 10]}, "ld": {"valueof": [2, 50]}}') as ModelData['features'];
    const tiny = new TaggerModel({ ...(modelFr as ModelData), scale: 10, features }, { words: {}, phrases: {} });
    // __proto__ is no word of tokenize's (underscores are tokens of their own): a token made by hand.
    const t = [...tokenize('valueOf Constructor toString hasOwnProperty'), { start: 45, end: 54, text: '__proto__', spaceBefore: true, lineStart: false, flags: TOKEN_LOWER, id: -1 }];
    const rows = tiny.emissions(t);
    const row = (i: number) => Array.from(rows.subarray(i * LABEL_COUNT, (i + 1) * LABEL_COUNT));
    assert.deepEqual(row(0), [0, 0, 0, 0, 0, 0, 0, 1, 0]);
    assert.deepEqual(row(1), [0, 3, 0, -2, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(2), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(3), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(4), [0, 0, 0, 0, 0, 4, 0, 0, 0]);
  });
});

describe('tagger: French names', () => {
  it('finds people, places and organizations in a news sentence', () => {
    const found = names('Le président Emmanuel Macron a reçu Angela Merkel à Berlin mardi.', 'fr');
    assert.deepEqual(found, ['PER:Emmanuel Macron', 'PER:Angela Merkel', 'LOC:Berlin']);
  });

  it('keeps a lower-case head in an organization name', () => {
    const found = names("Selon le ministère de l'Intérieur, Jean Dupont a été arrêté à Marseille.", 'fr');
    assert.deepEqual(found, ["ORG:ministère de l'Intérieur", 'PER:Jean Dupont', 'LOC:Marseille']);
  });

  it('finds parties with their article', () => {
    const found = names('Le Parti socialiste et Les Républicains se sont réunis à Lyon.', 'fr');
    assert.deepEqual(found, ['ORG:Parti socialiste', 'ORG:Les Républicains', 'LOC:Lyon']);
  });

  it('finds a person it has never seen from the context', () => {
    const found = names('Selon Kévin Trouvelot, porte-parole de la mairie, les travaux commenceront lundi.', 'fr');
    assert.ok(found.includes('PER:Kévin Trouvelot'), found.join());
  });

  it('tags no common words in a sentence without names', () => {
    assert.deepEqual(names('Les ventes ont augmenté de trois pour cent au dernier trimestre.', 'fr'), []);
  });
});

describe('tagger: English names', () => {
  it('finds people and organizations', () => {
    const found = names('John Smith joined the Labour Party in 1990.', 'en');
    assert.deepEqual(found, ['PER:John Smith', 'ORG:Labour Party']);
  });

  it('finds a person and an organization in another sentence', () => {
    const found = names('Barack Obama met officials from the United Nations.', 'en');
    assert.deepEqual(found, ['PER:Barack Obama', 'ORG:United Nations']);
  });
});

describe('tagger: spans', () => {
  const texts = [
    'Le président Emmanuel Macron a reçu Angela Merkel à Berlin mardi.',
    '',
    '   \n\n ',
    'Airbus, Boeing et la SNCF. « Total » (Paris) – Jean-Yves Le Drian !',
  ];
  for (const text of texts) {
    it(`returns sorted, non-overlapping spans on token edges, confidence in [0, 1]: ${JSON.stringify(text.slice(0, 30))}`, () => {
      for (const lang of ['fr', 'en'] as const) {
        const tokens = tokenize(text);
        const spans: NameSpan[] = tagNames(text, tokens, lang);
        let last = 0;
        for (const s of spans) {
          assert.ok(s.start >= last && s.end > s.start, JSON.stringify(s));
          assert.ok(tokens.some((t) => t.start === s.start) && tokens.some((t) => t.end === s.end));
          // The span's tokens, as the merge reads them without searching the offsets.
          assert.ok(s.ts < s.te && tokens[s.ts].start === s.start && tokens[s.te - 1].end === s.end, JSON.stringify(s));
          assert.ok(s.confidence >= 0 && s.confidence <= 1);
          assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(s.label));
          last = s.end;
        }
      }
    });
  }

  it('works on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const s of tagNames(text, tokenize(text), 'fr')) assert.ok(s.start < s.end && s.end <= text.length);
      }),
      { numRuns: 200 },
    );
  });
});
