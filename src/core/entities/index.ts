// Entities: gazetteer, rules and the sequence tagger, merged and linked to canonical ids.
// 1. candidates.ts: gazetteer trie matches and rule candidates (tickers, suffixes, cues,
//    titles, first names, hashtags); 2. merge.ts: the tagger's spans join them and a greedy
//    pass keeps non-overlapping mentions; 3. link.ts: ids, names, surnames, acronyms.
import { tokenIdEpoch, tokenize, type Token } from '../text/tokenize';
import type { EntityMention, Lang } from '../types';
import { capitalsMarks, rulesInCapitals, taggerInCapitals } from './capitals';
import { entityContext, ruleCandidates, type Candidate, type Context } from './candidates';
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
import { withoutRubricHeadings } from './rubricHeadings';
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

/** A pass over the linked mentions; `capitals` are the text's marks of lines in capitals (capitalsMarks). */
type AfterLinking = (ctx: Context, mentions: EntityMention[], capitals: Uint8Array | undefined) => EntityMention[];

// The passes over the linked mentions, in the order they run: each reads what the one before it kept.
// Functions of the module, not closures made for every text.
const AFTER_LINKING: readonly AfterLinking[] = [
  (ctx, m) => withRunningTickers(ctx, m),
  (ctx, m, capitals) => withHeadlineSurnames(ctx, capitals, m),
  (ctx, m) => withDatelinePlaces(ctx, m),
  (ctx, m) => withContractedArticlePlaces(ctx, m),
  (ctx, m) => withStockListNames(ctx, m),
  (ctx, m) => withCantonalState(ctx, m),
  (ctx, m) => withSportsVerbResults(ctx, m),
  (ctx, m) => withoutCurrencyCountries(ctx.text, m, ctx.lang),
  (ctx, m) => withHyphenPairs(ctx, m),
  (ctx, m) => withSportsResultPairs(ctx, m),
  (ctx, m) => withSpacedLetters(ctx, m),
  (ctx, m) => withMediaEditions(ctx.text, m),
  (ctx, m) => withLongSReadAsF(ctx, m),
  (ctx, m) => withRnReadAsM(ctx, m),
  (ctx, m) => withInitialSurnames(ctx, m),
  (ctx, m) => withRepeatedLowerNames(ctx, m),
];

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
    tagged = withoutRubricHeadings(ctx, taggerCandidates(ctx, tagNames(text, taggedTokens, options.lang, options.tokensEpoch), rules, taggedTokens));
  }
  if (capitals) tagged = taggerInCapitals(capitals, tagged);
  const candidates = tagged.length === 0 ? rules : rules.concat(tagged);
  const chosen = withGenerationalSuffixDots(ctx, withoutCourtesyTitles(ctx, joinParticleNames(ctx, selectCandidates(tokens.length, candidates))));
  let mentions = linkMentions(ctx, chosen);
  for (const pass of AFTER_LINKING) mentions = pass(ctx, mentions, capitals);
  return mentions;
}
