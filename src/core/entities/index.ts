// Entities: gazetteer, rules and the sequence tagger, merged and linked to canonical ids.
// 1. candidates.ts: gazetteer trie matches and rule candidates (tickers, suffixes, cues,
//    titles, first names, hashtags); 2. merge.ts: the tagger's spans join them and a greedy
//    pass keeps non-overlapping mentions; 3. link.ts: ids, names, surnames, acronyms.
import { tokenIdEpoch, tokenize, type Token } from '../text/tokenize';
import type { EntityMention, Lang } from '../types';
import { capitalsMarks, rulesInCapitals, taggerInCapitals } from './capitals';
import { entityContext, ruleCandidates, type Candidate } from './candidates';
import { withoutCourtesyTitles } from './courtesyTitles';
import { withoutCurrencyCountries } from './currencyNames';
import { withHeadlineSurnames } from './headlineSurnames';
import { withGenerationalSuffixDots } from './generationalSuffixes';
import { withHyphenPairs } from './hyphenPairs';
import { withLongSReadAsF } from './longS';
import { withOldPressCandidates } from './oldPressNames';
import { longSAsS, withSourceTexts } from './longSPrint';
import { withRnReadAsM } from './ocrRn';
import { withInitialSurnames } from './initialSurnames';
import { withSportsResultPairs } from './sportsResultPairs';
import { withLineBreakWordsJoined } from './lineBreakWords';
import { withDatelinePlaces } from './datelinePlaces';
import { withContractedArticlePlaces } from './contractedArticlePlaces';
import { withStockListNames } from './stockListNames';
import { withCantonalState } from './cantonalState';
import { withSportsVerbResults } from './sportsVerbResults';
import { withSpacedLetters } from './spacedLetters';
import { withMediaEditions } from './mediaEditions';
import { withRunningTickers } from './runningTickers';
import { withRepeatedLowerNames } from './repeatedLowerNames';
import { linkMentions } from './link';
import { joinParticleNames, selectCandidates, taggerCandidates } from './merge';
import { tagNames } from './tagger';

export interface EntityContext {
  lang: Lang;
  /** The text's tokens from tokenize(text), when the caller has them already. */
  tokens?: Token[];
  /** tokenIdEpoch() read right after `tokens` were made: while the tokenizer is still in that epoch,
   * every id of theirs names its text, and the per-id caches check no token against the table. */
  tokensEpoch?: number;
  /** Leave the statistical tagger out (gazetteer and rules only). */
  noTagger?: boolean;
}

/** Every entity mention of the text, in text order, spans not overlapping. */
export function extractEntities(text: string, options: EntityContext): EntityMention[] {
  const plain = longSAsS(text);
  if (plain !== undefined) return withSourceTexts(text, extractEntities(plain, { ...options, tokens: undefined }));
  const tokens = options.tokens ?? tokenize(text);
  const ctx = entityContext(text, tokens, options.lang, options.tokens === undefined || options.tokensEpoch === tokenIdEpoch());
  const capitals = capitalsMarks(ctx);
  const rules = withOldPressCandidates(ctx, capitals ? rulesInCapitals(ctx, capitals, ruleCandidates(ctx)) : ruleCandidates(ctx));
  let tagged: Candidate[] = [];
  if (!options.noTagger) {
    const taggedTokens = withLineBreakWordsJoined(tokens, ctx.lineStarts);
    tagged = taggerCandidates(ctx, tagNames(text, taggedTokens, options.lang, options.tokensEpoch), rules, taggedTokens);
  }
  if (capitals) tagged = taggerInCapitals(capitals, tagged);
  const candidates = tagged.length === 0 ? rules : rules.concat(tagged);
  const chosen = withGenerationalSuffixDots(ctx, withoutCourtesyTitles(ctx, joinParticleNames(ctx, selectCandidates(tokens.length, candidates))));
  // The passes over the linked mentions, in the order they run: each reads what the one before it kept.
  const afterLinking: ((mentions: EntityMention[]) => EntityMention[])[] = [
    (m) => withRunningTickers(ctx, m),
    (m) => withHeadlineSurnames(ctx, capitals, m),
    (m) => withDatelinePlaces(ctx, m),
    (m) => withContractedArticlePlaces(ctx, m),
    (m) => withStockListNames(ctx, m),
    (m) => withCantonalState(ctx, m),
    (m) => withSportsVerbResults(ctx, m),
    (m) => withoutCurrencyCountries(text, m, options.lang),
    (m) => withHyphenPairs(ctx, m),
    (m) => withSportsResultPairs(ctx, m),
    (m) => withSpacedLetters(ctx, m),
    (m) => withMediaEditions(text, m),
    (m) => withLongSReadAsF(ctx, m),
    (m) => withRnReadAsM(ctx, m),
    (m) => withInitialSurnames(ctx, m),
    (m) => withRepeatedLowerNames(ctx, m),
  ];
  return afterLinking.reduce((mentions, pass) => pass(mentions), linkMentions(ctx, chosen));
}
