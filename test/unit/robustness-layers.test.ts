// Each layer under hostile input, called directly: analyze() drops what breaks the format so
// that a bug never reaches the editor, and these tests make such a bug visible where it lives.
// The same texts and checks as robustness.test.ts (see robustness-support.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractEntities } from '../../src/core/entities';
import { tagNames } from '../../src/core/entities/tagger';
import { linkFacts } from '../../src/core/facts';
import { extractFigures } from '../../src/core/figures';
import { detectLanguage } from '../../src/core/language';
import { decodeArticle } from '../../src/core/text/decode';
import { TOKEN_DIGIT, TOKEN_LOWER, TOKEN_UPPER, tokenize } from '../../src/core/text/tokenize';
import type { Lang } from '../../src/core/types';
import { anyString, checkProperty, entityProblems, factProblems, figureProblems, hostileText, showText, spanProblems, tally } from './robustness-support';

const langs = fc.constantFrom<Lang>('fr', 'en');
const texts = fc.oneof({ arbitrary: hostileText, weight: 4 }, { arbitrary: anyString, weight: 1 });

function assertNone(problems: string[], what: string, text: string): void {
  assert.deepEqual(problems, [], `${what} of ${showText(text)}:\n  ${problems.slice(0, 8).join('\n  ')}`);
}

describe('robustness: each layer on its own', function () {
  this.timeout(60000);
  after(function () {
    console.log(`      (${tally.cases} random cases in ${tally.properties} properties of the robustness suites so far)`);
  });

  it('tokenize: tokens in order, inside the text, never empty, never splitting a surrogate pair, covering every non-space unit', function () {
    checkProperty(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        let covered = 0;
        let lastEnd = 0;
        for (const t of tokens) {
          assert.ok(t.start >= lastEnd && t.end > t.start && t.end <= text.length, `token ${JSON.stringify(t)} in ${showText(text)}`);
          assert.equal(t.text, text.slice(t.start, t.end));
          // The flags say what the text holds (BMP characters; a surrogate pair sets none).
          const bmp = t.text.replace(/[\ud800-\udfff]/g, '');
          const expected = (/\p{Lu}|\p{Lt}/u.test(bmp) ? TOKEN_UPPER : 0) | (/\p{Ll}/u.test(bmp) ? TOKEN_LOWER : 0) | (/\p{N}/u.test(bmp) ? TOKEN_DIGIT : 0);
          assert.equal(t.flags, expected, `flags of ${JSON.stringify(t.text)}`);
          // What lies between two tokens is white space only.
          assert.ok(/^[\s\u0085\u2028\u2029]*$/u.test(text.slice(lastEnd, t.start)), `unit(s) ${JSON.stringify(text.slice(lastEnd, t.start))} before ${JSON.stringify(t.text)} belong to no token`);
          covered += t.end - t.start;
          lastEnd = t.end;
        }
        assert.ok(/^[\s\u0085\u2028\u2029]*$/u.test(text.slice(lastEnd)), 'units after the last token belong to no token');
        assert.ok(covered <= text.length);
        assertNone(spanProblems(text, tokens, 'tokens'), 'tokenize', text);
      }),
      1,
    );
  });

  it('decodeArticle: never throws, gives back any UTF-8 text as written (BOM kept), refuses NUL and bad UTF-8', function () {
    checkProperty(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeArticle(bytes);
        if (r.ok) assert.equal(typeof r.text, 'string');
        else assert.ok(r.reason.length > 0);
        if (bytes.includes(0)) assert.equal(r.ok, false);
      }),
      1,
    );
    checkProperty(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, bom) => {
        const written = (bom ? '\ufeff' : '') + text.replace(/\u0000/g, '');
        const r = decodeArticle(new Uint8Array(Buffer.from(written, 'utf8')));
        assert.deepEqual(r, { ok: true, text: written });
      }),
      1,
    );
    assert.equal(decodeArticle(new Uint8Array(11), 10).ok, false, 'over the size limit');
    assert.equal(decodeArticle(new Uint8Array([0xc3])).ok, false, 'a UTF-8 sequence cut short');
    assert.equal(decodeArticle(new Uint8Array([0xed, 0xa0, 0x80])).ok, false, 'an encoded surrogate (CESU-8)');
    assert.equal(decodeArticle(new Uint8Array([0xe9, 0x74, 0xe9])).ok, false, 'Latin-1');
    assert.equal(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).ok, false, 'UTF-16 LE with its BOM');
  });

  it('detectLanguage: any text gives fr or en, without throwing', function () {
    checkProperty(
      fc.property(texts, (text) => {
        assert.ok(['fr', 'en'].includes(detectLanguage(text)));
      }),
      1,
    );
  });

  it('extractFigures: figures keep the format (bounds, slice, no overlap, finite values, units, ISO shapes)', function () {
    checkProperty(
      fc.property(texts, langs, fc.constantFrom(undefined, '2025-06-15', '1999-12-31'), fc.constantFrom('USD', 'CAD'), (text, lang, refDate, defaultDollar) => {
        assertNone(figureProblems(text, extractFigures(text, { lang, refDate, defaultDollar })), `extractFigures (${lang})`, text);
      }),
      1,
    );
  });

  it('tagNames: tagger spans inside the text, in order, not overlapping, confidence in 0..1', function () {
    checkProperty(
      fc.property(texts, langs, (text, lang) => {
        const spans = tagNames(text, tokenize(text), lang);
        let lastEnd = 0;
        for (const s of spans) {
          assert.ok(s.start >= lastEnd && s.end > s.start && s.end <= text.length, `tagger span ${JSON.stringify(s)} in ${showText(text)}`);
          assert.ok(Number.isFinite(s.confidence) && s.confidence >= 0 && s.confidence <= 1, `confidence ${s.confidence}`);
          lastEnd = s.end;
        }
      }),
      1,
    );
  });

  it('extractEntities: mentions keep the format (bounds, slice, no overlap, known type, kebab-case id, a name)', function () {
    checkProperty(
      fc.property(texts, langs, (text, lang) => {
        assertNone(entityProblems(text, extractEntities(text, { lang })), `extractEntities (${lang})`, text);
      }),
      1,
    );
  });

  it('linkFacts: facts point at given figure starts and entity ids, with a known predicate', function () {
    checkProperty(
      fc.property(texts, langs, (text, lang) => {
        const entities = extractEntities(text, { lang });
        const figures = extractFigures(text, { lang, defaultDollar: 'USD' });
        assertNone(factProblems(linkFacts(text, entities, figures, { lang }), entities, figures), `linkFacts (${lang})`, text);
      }),
      0.5,
    );
  });

  it('the layers are deterministic: the same text twice gives the same output, whatever came in between', function () {
    checkProperty(
      fc.property(texts, texts, langs, (a, b, lang) => {
        const entities = extractEntities(a, { lang });
        const figures = extractFigures(a, { lang, defaultDollar: 'USD' });
        extractEntities(b, { lang: lang === 'fr' ? 'en' : 'fr' });
        extractFigures(b, { lang, refDate: '2001-02-03', defaultDollar: 'CAD' });
        assert.deepEqual(extractEntities(a, { lang }), entities, 'entities differ on a second call');
        assert.deepEqual(extractFigures(a, { lang, defaultDollar: 'USD' }), figures, 'figures differ on a second call');
      }),
      0.4,
    );
  });

  it('an empty text gives nothing in every layer', function () {
    for (const lang of ['fr', 'en'] as const) {
      assert.deepEqual(extractEntities('', { lang }), []);
      assert.deepEqual(extractFigures('', { lang, defaultDollar: 'USD' }), []);
      assert.deepEqual(linkFacts('', [], [], { lang }), []);
      assert.deepEqual(tagNames('', [], lang), []);
    }
  });
});
