// The statistical name tagger: an averaged structured perceptron over BIO labels with
// Viterbi decoding (see features.ts for the features, scripts/train-tagger.ts for the
// training). It finds people, organizations, places and other names that no list holds;
// src/core/entities/index.ts merges its spans with the gazetteer and the rules.

import { tokenIdEpoch, type Token } from '../../text/tokenize';
import type { Lang } from '../../types';
import lexiconEn from '../../data/tagger-lexicon-en.json';
import lexiconFr from '../../data/tagger-lexicon-fr.json';
import modelEn from '../../data/tagger-en.json';
import modelFr from '../../data/tagger-fr.json';
import type { LexiconData } from './features';
import { TaggerModel, type ModelData } from './model';
import { spansFromLabels, type NameSpan } from './spans';

export type { NameLabel, NameSpan } from './spans';

const models = new Map<Lang, TaggerModel>();

function modelFor(lang: Lang): TaggerModel {
  let model = models.get(lang);
  if (model === undefined) {
    model = lang === 'fr'
      ? new TaggerModel(modelFr as ModelData, lexiconFr as LexiconData)
      : new TaggerModel(modelEn as ModelData, lexiconEn as LexiconData);
    models.set(lang, model);
  }
  return model;
}

/** Replaces this language's model for the rest of the process. For evaluation scripts only
 * (scripts/eval-ner.ts --dev-model: the analyzer with weights trained without the dev fold);
 * the shipped analyzer never calls it. */
export function useTaggerModel(lang: Lang, data: ModelData, lexicon: LexiconData): void {
  models.set(lang, new TaggerModel(data, lexicon));
}

/** The classes (LEX_* bits of features.ts) the tagger's name lists give a word as written, 0 if none:
 * which kinds of names of the training split it was part of. */
export function lexiconClasses(lang: Lang, word: string): number {
  return modelFor(lang).lexicon.words.get(word) ?? 0;
}

/**
 * The names the tagger finds in `text` (tokens from tokenize(text)), in text order, not overlapping.
 * `tokensEpoch`: tokenIdEpoch() read right after the tokens were made (EntityContext.tokensEpoch);
 * while the tokenizer is still in it, the tagger checks no token's id against the tokenizer's table.
 */
export function tagNames(text: string, tokens: Token[], lang: Lang, tokensEpoch?: number): NameSpan[] {
  void text; // offsets come from the tokens, which index into text
  const model = modelFor(lang);
  // Read at once: the buffers are the model's, reused by its next call.
  const { labels, margins } = model.tagInPlace(tokens, tokensEpoch === tokenIdEpoch());
  return spansFromLabels(tokens, labels, margins, model.marginScale, tokens.length);
}
