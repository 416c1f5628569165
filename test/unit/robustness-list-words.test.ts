// Every word the rules key on, at the very end of a text: a rule that reads the token after its cue
// must stop at the text's end (a title cue last in the text once made the entity layer throw: `Le roi
// a reçu le comte`). The layers are called directly, since analyze() would hide the throw.
import * as assert from 'node:assert/strict';
import entityCues from '../../src/core/data/entity-cues.json';
import figuresEn from '../../src/core/data/figures-en.json';
import figuresFr from '../../src/core/data/figures-fr.json';
import { extractEntities } from '../../src/core/entities';
import { extractFigures } from '../../src/core/figures';
import { tokenize } from '../../src/core/text/tokenize';
import type { Lang } from '../../src/core/types';

/** Every string of a data file (array items, object keys and values), comments left out. */
function words(data: unknown, into = new Set<string>()): Set<string> {
  if (typeof data === 'string') {
    if (data.length > 0 && data.length <= 40) into.add(data);
  } else if (Array.isArray(data)) {
    for (const item of data) words(item, into);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith('_')) continue;
      into.add(key);
      words(value, into);
    }
  }
  return into;
}

/** The same word last in a text, after the leads its rules look for (an article, an honorific, a number). */
function endings(word: string): string[] {
  return [word, `Le roi a reçu le ${word}`, `M. le ${word}`, `The board named ${word}`, `Il a payé 12 ${word}`, `${word} ${word}`];
}

function check(lang: Lang, list: Set<string>, run: (text: string) => void): void {
  for (const word of list) {
    for (const text of endings(word)) {
      try {
        run(text);
      } catch (err) {
        assert.fail(`${lang}: ${JSON.stringify(text)} threw ${(err as Error).stack}`);
      }
    }
  }
}

describe('robustness: every word of the rule lists last in a text', function () {
  this.timeout(120_000);

  for (const lang of ['fr', 'en'] as const) {
    it(`the entity layer (${lang}) never throws on a cue word that ends the text`, () => {
      check(lang, words(entityCues), (text) => extractEntities(text, { lang, tokens: tokenize(text) }));
    });

    it(`the figures layer (${lang}) never throws on a lexicon word that ends the text`, () => {
      const lexicon = words(lang === 'fr' ? figuresFr : figuresEn);
      check(lang, lexicon, (text) => extractFigures(text, { lang, defaultDollar: 'USD', tokens: tokenize(text) }));
    });
  }
});
