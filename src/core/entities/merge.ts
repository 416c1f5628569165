// Merging: gazetteer and rule candidates with the statistical tagger's spans, then a greedy
// choice of non-overlapping mentions (higher tier first, then longer, then higher score).
import { firstEndingAfter } from '../text/spans';
import { TOKEN_LOWER, TOKEN_UPPER, tokenStartingAt, type Token } from '../text/tokenize';
import type { EntityType } from '../types';
import cues from '../data/entity-cues.json';
import {
  afterDescriptiveOpener,
  afterLeadingTitles,
  ALL_DIGITS,
  CAPITALIZED,
  candidate,
  CONNECTOR,
  ENGLISH_CALENDAR_WORD,
  ENGLISH_OPENER,
  FIRST_NAME,
  FUNCTION_WORD,
  HAS_LOWER,
  LEGAL_SUFFIXES,
  LOWER_LED,
  matchSuffix,
  NAME_WORD,
  NOT_NAME,
  NOT_NAMES,
  organizationOrCompany,
  ORGANIZATION_TAIL_WORDS,
  ROLE_TITLE,
  ROLE_TITLES,
  SENTENCE_START,
  TITLE,
  UPPER_OR_NUMBER_LED,
  WORDLIKE,
  type Candidate,
  type Context,
} from './candidates';
import { STATE_NOUNS } from './frenchWordForms';
import { placeById } from './gazetteer';
import { OPENING_QUOTES } from './namedThings';
import { ReusedInt32Array, ReusedUint8Array } from './scratch';
import type { NameSpan } from './tagger';

const PLACE_TAIL_WORDS = new Set(cues.placeTailWords);
const PLACE_HEAD_WORDS = new Set(cues.englishPlaceHeads);
const VENUE_TAIL_WORDS = new Set(cues.venueTailWords);
const STADIUM_TAIL_WORDS = new Set(cues.stadiumTailWords);
const PLACE_NOUNS_AFTER = new Set(cues.englishPlaceNounsAfter);
/** Words that head or end the name of a body (Union, Commission, Ministry). */
const BODY_WORDS = new Set(cues.organizationWords);
const NATIONALITIES = new Set(cues.englishNationalities);
/** Abbreviations with their dot that end no sentence (Calif., Dept.). */
const ABBREVIATIONS = new Set([...Object.keys(cues.usStateAbbreviations), ...cues.titles]);
/** Public titles after a portfolio word (Finance Minister, Energy Secretary). */
const PORTFOLIO_TITLES = new Set(['Minister', 'Secretary']);
const ALL_LOWER_WORD = /^[a-z]+$/;
/** An acronym, in capitals (COMESA, INSERM) or capitals before a word's lower-case end (FFTri, FFHandball). */
const FRENCH_ACRONYM = /^\p{Lu}{3,6}$|^\p{Lu}{2,}\p{Ll}{2,}$/u;
/** The elided definite article and a French word all in lower case after it (l'armée). */
const ELIDED_ARTICLES = new Set(["l'", 'l’']);
const STATE_COUNCILLOR_TITLES = new Set(cues.stateCouncillorTitles);
const LOWER_NOUN = /^\p{Ll}{2,}$/u;
const NOT_NAMES_ALONE = new Set(cues.notNamesAlone);
/** No rule inside the span: shared, never written to. */
const NO_CANDIDATES: readonly Candidate[] = [];
/** A span longer than this is in neither list: no need to slice its text. */
const NOT_NAME_MAX_LENGTH = Math.max(...cues.notNames.map((w) => w.length), ...cues.notNamesAlone.map((w) => w.length));

// Confidence floors for tagger spans. A name led by a lower-case word with a capital or a
// number further in (ministère de l'Intérieur, université de Kyoto, rue de Rivoli, gare
// Saint-Lazare) needs 0.1: the floor was 0.3, chosen with the shipped weights on their own
// training texts, where the tagger is over-sure; on the dev folds (weights trained without the
// fold scored, scripts/eval-ner.ts --dev-model) the tagger gets most of these right. A name
// with no capital at all (armée syrienne, gouvernement canadien) keeps 0.3: few news
// annotations count those, and lowering it gains next to nothing on the dev folds.
const LOWER_CASE_MIN_CONFIDENCE = 0.1;
const ALL_LOWER_CASE_MIN_CONFIDENCE = 0.3;
const WRAP_MIN_CONFIDENCE = 0.1;
const BLOCKER_MIN_CONFIDENCE = 0.15;

/** A name is a few words: a longer tagger span (a run of capitals, a headline in capitals) is none.
 * Long official names stay in (Organisation des Nations unies pour l’éducation, la science et la culture: 13). */
export const MAX_NAME_TOKENS = 20;

/** Index of the token ending at character `offset`, or -1 (galloping from `from` as tokenStartingAt does). */
function tokenEndingAt(tokens: Token[], offset: number, from = 0): number {
  // Tokens do not overlap: the first one ending after `offset - 1` ends at `offset`, or no token does.
  const i = firstEndingAfter(tokens, offset - 1, from > 0 && from < tokens.length && tokens[from - 1].end < offset ? from : 0);
  return i < tokens.length && tokens[i].end === offset ? i : -1;
}

export { organizationOrCompany };

/** An English preposition or conjunction capitalized only because it opens the sentence (Between March 3...). */
function isEnglishOpener(ctx: Context, i: number): boolean {
  return ctx.lang === 'en' && (ctx.flags[i] & (ENGLISH_OPENER | SENTENCE_START)) === (ENGLISH_OPENER | SENTENCE_START);
}

const SENTENCE_ARTICLES = new Set(cues.englishArticlesOutAtSentenceStart);
/** An English article opening the sentence, a dateline's dash included (SEATTLE, May 6 - The Acme Foundation);
 * after an opening quote it opens a title or a band's name ("The Phantom Horns"). */
function isSentenceArticle(ctx: Context, i: number): boolean {
  return ctx.lang === 'en' && (ctx.flags[i] & SENTENCE_START) !== 0 && SENTENCE_ARTICLES.has(ctx.tokens[i].text) && !(i > 0 && OPENING_QUOTES.has(ctx.tokens[i - 1].text));
}

/** True when a token of [ts, te) holds a letter: "2023" of "the 2023/24 season" is a year, no name. */
function holdsLetter(tokens: Token[], ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) if (tokens[k].flags & (TOKEN_UPPER | TOKEN_LOWER)) return true;
  return false;
}

// The work arrays of taggerCandidates, selectCandidates and selectBySort (see scratch.ts).
const firstRuleScratch = new ReusedInt32Array();
const byStartScratch = new ReusedInt32Array();
/** The rules inside a tagger span, then those of its very span: indices into the rules, not arrays made per span. */
const insideScratch = new ReusedInt32Array();
const sameSpanScratch = new ReusedInt32Array();
const ownerScratch = new ReusedInt32Array();
const takenScratch = new ReusedUint8Array();

// A French elided word (l', d', qu') leans on the word after it, a verb before its subject pronoun
// (peut-il, a-t-elle) on the subject before it: neither ends a name (le Conseil l'a amputé, le Conseil peut-il).
const LEANING_WORD = /^\p{Ll}{1,3}['’]$|^\p{Ll}[\p{Ll}-]*-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce)$/u;

const ADDRESS_WORDS = new Set(cues.frenchAddressWords);
const ADDRESS_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’']);

/**
 * Tagger spans as candidates; a tagger name wrapping list hits with more name words beats them.
 * `taggedTokens`: the tokens the tagger read; when they are the context's, a span's ts and te are
 * its tokens there, else (words cut at a line end read as one) its offsets are looked up.
 */
export function taggerCandidates(ctx: Context, spans: NameSpan[], rules: Candidate[], taggedTokens?: Token[]): Candidate[] {
  const { tokens, flags } = ctx;
  const sameTokens = taggedTokens === tokens;
  // Rule candidates by start token, and the longest of them: each span reads only the rules near
  // it. A counting sort into typed arrays, not an array per start token: the rules starting at
  // token k are rules[byStart[j]] for j in [firstRule[k + 1], firstRule[k + 2]), in their order.
  const firstRule = firstRuleScratch.zeros(tokens.length + 3);
  const byStart = byStartScratch.zeros(rules.length);
  let longestRule = 0;
  for (const r of rules) {
    firstRule[r.ts + 1]++;
    if (r.te - r.ts > longestRule) longestRule = r.te - r.ts;
  }
  // firstRule[k + 1]: the end of token k's rules; filling from the last rule back moves it to their start.
  for (let k = 1; k < firstRule.length; k++) firstRule[k] += firstRule[k - 1];
  for (let j = rules.length - 1; j >= 0; j--) byStart[--firstRule[rules[j].ts + 1]] = j;
  /** Whether a rule starting at token k passes `test`. */
  const someRuleFrom = (k: number, test: (r: Candidate) => boolean): boolean => {
    if (k < 0 || k + 2 >= firstRule.length) return false;
    for (let j = firstRule[k + 1]; j < firstRule[k + 2]; j++) if (test(rules[byStart[j]])) return true;
    return false;
  };
  // A list's or a rule's name starting at k and ending by te.
  const fixedNameAt = (k: number, te: number): boolean => someRuleFrom(k, (r) => r.source !== 'tagger' && r.te <= te && r.type !== 'blocker' && r.type !== 'ticker');
  // A ticker right after the name, bracketed or not (Kelbridge Systems (NASDAQ:KLB)).
  const isTicker = (r: Candidate): boolean => r.type === 'ticker';
  const tickerAfter = (te: number): boolean => someRuleFrom(te, isTicker) || (te < tokens.length && tokens[te].text === '(' && someRuleFrom(te + 1, isTicker));
  const out: Candidate[] = [];
  // The rules inside each span and those of its very span, by their index in `rules`: inside[0, insideCount) and
  // sameSpan[0, sameSpanCount). Arrays of candidates made per span were most of what this function allocated.
  const inside = insideScratch.zeros(rules.length);
  const sameSpan = sameSpanScratch.zeros(rules.length);
  // Where the previous span's search ended: the next span's gallops from there.
  let searchFrom = 0;
  for (const s of spans) {
    let ts = sameTokens ? s.ts : tokenStartingAt(tokens, s.start, searchFrom);
    const last = sameTokens ? s.te - 1 : tokenEndingAt(tokens, s.end, ts < 0 ? searchFrom : ts);
    if (ts < 0 || last < 0) continue;
    searchFrom = last + 1;
    let te = last + 1;
    // Trim words that start no name (Crédit Photo, Lire aussi) and stray punctuation.
    while (ts < te && (flags[ts] & NOT_NAME || !(flags[ts] & WORDLIKE) || (te - ts === 1 && flags[ts] & FUNCTION_WORD) || isEnglishOpener(ctx, ts) || isSentenceArticle(ctx, ts))) ts++;
    // A leaning word opens in lower case: a capitalized one is never read by the regex.
    while (te > ts && (flags[te - 1] & NOT_NAME || !(flags[te - 1] & WORDLIKE) || (ctx.lang === 'fr' && !(flags[te - 1] & CAPITALIZED) && LEANING_WORD.test(tokens[te - 1].text)))) te--;
    // The Etat of a Swiss councillor's title opens no name (conseiller d'Etat jurassien: the title and the canton's adjective).
    if (ctx.lang === 'fr' && ts >= 2 && ts < te && STATE_NOUNS.has(tokens[ts].text) && ctx.words[ts - 1].lowerKey === "d'" && STATE_COUNCILLOR_TITLES.has(ctx.words[ts - 2].lowerKey)) continue;
    // A French name ends before an elided article and a lower-case noun (à la Confédération l'armée, le droit).
    if (ctx.lang === 'fr' && te - ts > 2 && ELIDED_ARTICLES.has(tokens[te - 2].text) && LOWER_NOUN.test(tokens[te - 1].text) && flags[te - 3] & CAPITALIZED) te -= 2;
    // An English person's or business's name ends on no plain lower-case word (Pemberton Resources
    // shares rose: the shares are no name's); a place may (Mandovi river), and a glued one is the
    // name's own (Macy's).
    if (ctx.lang === 'en' && s.label !== 'LOC') {
      while (te - ts > 1 && tokens[te - 1].spaceBefore && ALL_LOWER_WORD.test(tokens[te - 1].text) && flags[te - 2] & CAPITALIZED) te--;
    } else if (ctx.lang === 'en') {
      // A listed place before a plain word is the place alone (U.S. states, China markets).
      let cut = te;
      while (cut - ts > 1 && tokens[cut - 1].spaceBefore && ALL_LOWER_WORD.test(tokens[cut - 1].text)) cut--;
      if (cut < te && isListedName(ctx, ts, cut)) te = cut;
    }
    // A job title or an honorific opens no name (Chair Jerome Powell, Prime Minister Keir Starmer, Dr Toni Harthoorn).
    // Through the last title word of the first five (Treasury Secretary Janet Yellen, Bank of England Governor Andrew Bailey).
    if (s.label === 'PER') {
      let cut = ts;
      for (let k = ts; k < Math.min(te - 1, ts + 5); k++) {
        if (flags[k] & ROLE_TITLE || (ctx.lang === 'en' && flags[k] & TITLE)) cut = k + 1;
        else if (tokens[k + 1].text === '.' && k + 2 < te && ROLE_TITLES.has(`${tokens[k].text}.`)) cut = k + 2;
      }
      if (cut > ts && cut < te && flags[cut] & NAME_WORD) ts = cut;
    }
    // French titles and honorifics open no name (Mgr Lavigerie, abbé Lemire, M. de Freycinet),
    // whatever the tagger read the rest as: an honorific (M., Mgr) only, before a name it read as no person.
    // An address by function names nobody (Madame la Commissaire, Monsieur le Député).
    if (ctx.lang === 'fr' && te - ts >= 3 && ADDRESS_WORDS.has(tokens[ts].text) && ADDRESS_ARTICLES.has(tokens[ts + 1].text.toLowerCase())) continue;
    if (ctx.lang === 'fr' && (s.label === 'PER' || (s.label !== 'MISC' && flags[ts] & TITLE))) ts = afterLeadingTitles(ctx, ts, te);
    // A job title before a person's name is neither's (Federal Reserve Chair Jerome Powell: the Fed and the person).
    if (ctx.lang === 'en' && te < tokens.length && flags[te] & NAME_WORD && !tokens[te].lineStart) {
      let cut = te;
      while (cut > ts + 1 && flags[cut - 1] & ROLE_TITLE) cut--;
      if (cut < te && !(flags[cut - 1] & ROLE_TITLE)) {
        // The word before Minister or Secretary is the portfolio, no name (Saudi Energy Minister Prince Abdulaziz).
        if (PORTFOLIO_TITLES.has(tokens[cut].text)) cut--;
        if (cut <= ts) continue;
        te = cut;
      }
    }
    if (te <= ts || te - ts > MAX_NAME_TOKENS || !holdsLetter(tokens, ts, te)) continue;
    // An English span read across a sentence's full stop is two names the tagger ran together
    // (between Asia and Northern Europe. Hapag-Lloyd and...): the lists and rules read each.
    if (ctx.lang === 'en' && crossesSentenceEnd(ctx, ts, te)) continue;
    // An English person's name holds no plain lower-case word but a particle or a function word (de, of):
    // one between two names is a verb the tagger ran them across (Kearney named Alex Liu); the rules read each side.
    if (ctx.lang === 'en' && s.label === 'PER' && holdsPlainLowerWord(ctx, ts, te)) continue;
    // An ampersand and one more surname after a person's name make a firm of partners (Deloitte Haskins &
    // Sells, Davis Polk & Wardwell): no person's name holds one. A given name and a name after it are a
    // second person (David Christison & Lee Tate).
    if (ctx.lang === 'en' && s.label === 'PER') {
      const partnersEnd = partnerFirmEnd(ctx, ts, te);
      if (partnersEnd > 0) {
        out.push(candidate(ts, partnersEnd, 'company', 'tagger', 2, 40 + 20 * s.confidence));
        continue;
      }
    }
    // Two bodies or businesses of one kind joined by "and" are two names (Genesee Valley Federal Credit
    // Union and Finger Lakes Community Credit Union; Halden Bank and Norvik Bank).
    if (ctx.lang === 'en' && s.label !== 'PER' && s.label !== 'MISC') {
      const and = sameTailAnd(ctx, ts, te);
      if (and > 0) {
        out.push(candidate(ts, and, organizationOrCompany(ctx, ts, and), 'tagger', 1, 40 + 20 * s.confidence));
        out.push(candidate(and + 1, te, organizationOrCompany(ctx, and + 1, te), 'tagger', 1, 40 + 20 * s.confidence));
        continue;
      }
    }
    // A common noun opening the sentence before a name a list, a suffix or a ticker fixes is no part of it
    // (Rival Advanced Micro Devices (NASDAQ:AMD) said; Concurrent Renault); a listed whole keeps it (Bank of America).
    if (te - ts > 1 && flags[ts] & SENTENCE_START) {
      const k = afterDescriptiveOpener(ctx, ts, te);
      // An English plural (Rivals, Lenders) names no one thing: it never belongs to the name.
      const plural = ctx.lang === 'en' && k > ts && ctx.words[k - 1].lowerKey.endsWith('s');
      if (k > ts && !isListedName(ctx, ts, te) && (plural || fixedNameAt(k, te) || tickerAfter(te) || (te - k > 1 && endsLikeOrganization(ctx, te)))) ts = k;
    }
    // An adjective of nationality alone is no name (Saudi Crown Prince..., the British lender).
    if (ctx.lang === 'en' && te - ts === 1 && NATIONALITIES.has(tokens[ts].text)) continue;
    if (ctx.words[ts].opensNotName && tokens[te - 1].end - tokens[ts].start <= NOT_NAME_MAX_LENGTH) {
      const spanText = ctx.text.slice(tokens[ts].start, tokens[te - 1].end);
      if (NOT_NAMES.has(spanText) || NOT_NAMES_ALONE.has(spanText)) continue;
    }
    // English weekdays and months alone are no name (on Monday, Tuesday's rally); French writes
    // them in lower case, so a capitalized Mars there is the planet. May is left out (Theresa May).
    if (ctx.lang === 'en') {
      let calendar = true;
      for (let k = ts; k < te && calendar; k++) if (!(flags[k] & ENGLISH_CALENDAR_WORD)) calendar = false;
      if (calendar) continue;
    }
    // A capitalized job title alone is no name (the Chief Financial Officer).
    let title = true;
    for (let k = ts; k < te && title; k++) if (!(flags[k] & ROLE_TITLE)) title = false;
    if (title) continue;
    // Lower-case names (armée syrienne, al-Bab) are kept only when the tagger is sure enough; the
    // lower floor is for a common noun opening the name of a body or a place (ministère de
    // l'Intérieur), not a function word (d'Al-Qaida, les Experts) nor an event (marché de Noël de Berlin).
    if (!(flags[ts] & UPPER_OR_NUMBER_LED)) {
      let capital = false;
      for (let k = ts + 1; k < te && !capital && !(flags[ts] & FUNCTION_WORD) && s.label !== 'MISC'; k++) if (flags[k] & (CAPITALIZED | ALL_DIGITS)) capital = true;
      if (s.confidence < (capital ? LOWER_CASE_MIN_CONFIDENCE : ALL_LOWER_CASE_MIN_CONFIDENCE)) continue;
    }
    let type: EntityType | 'blocker';
    // Events and works are no entity type and products come from lists and cues, but a sure
    // MISC name still keeps the names inside it from standing alone (Tour de France 2016).
    if (s.label === 'MISC') type = 'blocker';
    // A name that ends in an organization word or a corporate suffix is a body or a business,
    // whatever the tagger read from its first words (Montreal Hockey Club, Victoria Bank).
    else if (ctx.lang === 'en' && te - ts > 1 && (s.label === 'PER' || s.label === 'LOC') && endsLikeOrganization(ctx, te)) type = organizationOrCompany(ctx, ts, te);
    // A name that ends in a word of places, or opens with one, is a place (Fairfax County, Barrack Street, Port Hedland);
    // one that ends in a venue's word is one unless the tagger read a body (Davis Gym; not Linkin Park), a stadium or an
    // arena always, also named after its sponsor (Crestline Bank Arena).
    else if (ctx.lang === 'en' && te - ts > 1 && (PLACE_TAIL_WORDS.has(tokens[te - 1].text) || PLACE_HEAD_WORDS.has(tokens[ts].text) || STADIUM_TAIL_WORDS.has(tokens[te - 1].text) || (s.label !== 'ORG' && VENUE_TAIL_WORDS.has(tokens[te - 1].text)))) type = 'place';
    // A lower-case noun of geography after the name makes it a place (the Bab el-Mandeb strait, the Grasberg mine),
    // not a modifier of another noun (the Bangladesh Army field post offices).
    else if (ctx.lang === 'en' && s.label === 'ORG' && te < tokens.length && tokens[te].spaceBefore && PLACE_NOUNS_AFTER.has(tokens[te].text) && !nounAfter(ctx, te + 1)) type = 'place';
    // A French acronym alone names a body (532 of 590 in the Wikinews gold of the training split, 18 places, most
    // listed: RDC), never a person: the tagger's place or person there is a body (le COMESA, la FFTri); a list decides below.
    // A listed place in capitals is no acronym (à NICE, à METZ): the tagger's place stays.
    else if (ctx.lang === 'fr' && te - ts === 1 && s.label !== 'ORG' && FRENCH_ACRONYM.test(tokens[ts].text) && !(s.label === 'LOC' && placeById(tokens[ts].text))) type = organizationOrCompany(ctx, ts, te);
    else if (s.label === 'PER') type = 'person';
    else if (s.label === 'LOC') type = 'place';
    else type = organizationOrCompany(ctx, ts, te);
    // A portfolio after a minister or a ministry names the ministry, no business (le ministre des Finances).
    if (type === 'company' && afterPortfolioHead(ctx, ts)) type = 'organization';
    // Same span as a list or rule hit: the list decides; rules inside the span and crossing its edges.
    let sameSpanCount = 0;
    let insideCount = 0;
    let crossing = false;
    for (let k = Math.max(0, ts - longestRule + 1); k < te; k++) {
      for (let j = firstRule[k + 1]; j < firstRule[k + 2]; j++) {
        const r = rules[byStart[j]];
        // A tier-1 rule (a lone speaker) competes with the span by score, neither inside it nor deciding it.
        if (r.te <= ts || r.tier < 2) continue;
        if (r.ts === ts && r.te === te) sameSpan[sameSpanCount++] = byStart[j];
        if (r.ts >= ts && r.te <= te) {
          if (r.tier <= 2) inside[insideCount++] = byStart[j];
        } else if (r.tier >= 2 && r.source !== 'tagger') crossing = true;
      }
    }
    if (sameSpanCount > 0) {
      // Rules that disagree on the type of one span (a first name: person; after "radio": a
      // body) are settled by the tagger when it sides with one of them (l'animateur de radio
      // Pierre Dupont); a list hit or a tier-3 rule keeps the last word.
      if (type !== 'blocker') {
        let rulesOnly = true;
        let agreeing: Candidate | undefined;
        let disagreeing = false;
        for (let j = 0; j < sameSpanCount && rulesOnly; j++) {
          const r = rules[sameSpan[j]];
          if (r.source !== 'rule' || r.tier > 2) rulesOnly = false;
          else if (!sameCoarseType(r.type, type)) disagreeing = true;
          else agreeing ??= r;
        }
        // The rule's finer type stays (organization after a body's cue).
        if (rulesOnly && agreeing && disagreeing) out.push(candidate(ts, te, agreeing.type, 'tagger', 2, 75));
      }
      continue;
    }
    let tier = 1;
    const insideRules = insideCount === 0 ? NO_CANDIDATES : rulesAt(rules, inside, insideCount);
    // A longer name may wrap a place or a person it is named after (Grande Mosquée de Valence),
    // extend a company name (Tencent Music), or hold a body of its own kind (Conseil de sécurité
    // des Nations unies); never across a plain lower-case word.
    const wraps = insideRules.length > 0 && insideRules.every((r) => r.type === 'place' || r.type === 'person' || r.ts === ts || r.weak || sameCoarseType(r.type, type));
    // A lower-case function word next to a list hit (Xuhui à Shanghai) splits two names; a
    // lower-case adjective or noun does not (La France insoumise, université de Kyoto), nor does a
    // function word after a rule's name, which stops at lower-case words (Union américaine pour les libertés civiles).
    let plainWord = false;
    for (const r of insideRules) if (r.source !== 'rule' && (isPlainFunctionWord(flags, ts, te, r.ts - 1) || isPlainFunctionWord(flags, ts, te, r.te))) plainWord = true;
    if (wraps && !plainWord && !crossing && s.confidence >= WRAP_MIN_CONFIDENCE) {
      // The tagger's longer name holds name words the list hit lacks (Grande Mosquée de Valence),
      // lower-case ones too for a body or a place (université de Kyoto, Cour suprême du Canada), not
      // function words; an event's common noun is no name (championnat de France, l'affaire Vincent
      // Lambert), nor is a common noun before a listed name of the same kind, whose start the list
      // knows (fournisseur d'énergie Électricité de France).
      let firstInside = insideRules[0];
      for (const r of insideRules) if (r.ts < firstInside.ts) firstInside = r;
      const listedStart = firstInside.source === 'gazetteer' && sameCoarseType(firstInside.type, type);
      let extraNameWords = 0;
      for (let k = ts; k < te; k++) {
        if (insideRules.some((r) => r.ts <= k && k < r.te)) continue;
        const lowerNameWord = type !== 'blocker' && !(listedStart && k < firstInside.ts) && flags[k] & LOWER_LED && !(flags[k] & (FUNCTION_WORD | CONNECTOR));
        if (flags[k] & (NAME_WORD | ALL_DIGITS) || lowerNameWord) extraNameWords++;
      }
      // Rule hits alone (a cue's name, a body's name), the first opening the tagger's name, are
      // weaker than it (le groupe État islamique, Fondation de la Croix-Rouge pour la Banque du sang).
      const rulesOnly =
        insideRules.every((r) => r.source === 'rule') &&
        (insideRules.every((r) => r.ts === ts) || (insideRules.some((r) => r.ts === ts) && insideRules.every((r) => sameCoarseType(r.type, type))));
      // The tagger's name of the same kind extends a list hit (Golfe persique, Union européenne de radio-télévision).
      const sameKind = insideRules.length === 1 && insideRules[0].ts === ts && sameCoarseType(insideRules[0].type, type);
      if (extraNameWords > 0 || rulesOnly || sameKind) {
        tier = 2;
        // A body's cue inside says organization where the tagger's name alone reads a company (l'organisation État islamique).
        if (type === 'company' && insideRules.some((r) => r.type === 'organization' && r.source === 'rule')) type = 'organization';
      }
    }
    if (type === 'blocker' && (tier < 2 || s.confidence < BLOCKER_MIN_CONFIDENCE)) continue;
    out.push(candidate(ts, te, type, 'tagger', tier, 40 + 20 * s.confidence));
  }
  return out;
}

const PORTFOLIO_HEADS = new Set(cues.portfolioHeads);
const PORTFOLIO_OF = new Set(['de', 'des', 'du', "d'", 'd’', 'aux', 'au', 'à', 'of']);
const PORTFOLIO_ARTICLES = new Set(['la', "l'", 'l’', 'the']);

/** A minister's or a ministry's of-word comes before token ts (le ministre des Finances,
 * ministre délégué chargé de la Ville, ministère de l'Économie, le secrétaire du PS). */
function afterPortfolioHead(ctx: Context, ts: number): boolean {
  const { words, tokens, flags } = ctx;
  let k = ts - 1;
  if (k >= 0 && PORTFOLIO_ARTICLES.has(words[k].lowerKey)) k--;
  if (k < 1 || !PORTFOLIO_OF.has(words[k].lowerKey) || tokens[ts].lineStart) return false;
  k--;
  // Up to two lower-case words between (ministre délégué chargé des Transports).
  for (let skipped = 0; k > 0 && skipped < 2 && !PORTFOLIO_HEADS.has(words[k].lowerKey) && flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD); skipped++) k--;
  return PORTFOLIO_HEADS.has(words[k].lowerKey);
}

/** A list knows tokens [ts, te) as one name. */
function isListedName(ctx: Context, ts: number, te: number): boolean {
  let node = ctx.words[ts].gazetteer;
  for (let k = ts + 1; k < te && node; k++) node = node.next.get(ctx.words[k].key);
  return node?.hits !== undefined;
}

/** Whether the name ending at te ends in an organization's word or a legal form (Atlantic Records, Acme Widgets Ltd). */
export function endsLikeOrganization(ctx: Context, te: number): boolean {
  const last = ctx.tokens[te - 1].text;
  if (ORGANIZATION_TAIL_WORDS.has(last)) return true;
  // A legal form ending the name: Acme Widgets Ltd, Foo Corp.
  for (let k = Math.max(0, te - 3); k < te; k++) {
    const s = matchSuffix(ctx, k);
    if (s?.legal && s.end === te) return true;
  }
  return false;
}

/** The rules of indices[0, count), in that order. */
function rulesAt(rules: Candidate[], indices: Int32Array, count: number): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j < count; j++) out.push(rules[indices[j]]);
  return out;
}

/** Token k of [ts, te) is a lower-case function word that is no connector. */
function isPlainFunctionWord(flags: Int32Array, ts: number, te: number, k: number): boolean {
  return k >= ts && k < te && (flags[k] & LOWER_LED) !== 0 && (flags[k] & CONNECTOR) === 0 && (flags[k] & FUNCTION_WORD) !== 0;
}

function sameCoarseType(a: Candidate['type'], b: Candidate['type']): boolean {
  const coarse = (t: Candidate['type']): string => (t === 'company' || t === 'organization' ? 'org' : t);
  return coarse(a) === coarse(b);
}

/** Whether token k is a lower-case word that is no function word (a noun the word before modifies). */
function nounAfter(ctx: Context, k: number): boolean {
  return k < ctx.tokens.length && !ctx.tokens[k].lineStart && (ctx.flags[k] & (LOWER_LED | FUNCTION_WORD)) === LOWER_LED;
}

/** The "and" of [ts, te) between two names of two words or more that end in the same word of bodies or
 * businesses (X Credit Union and Y Credit Union), or -1. */
function sameTailAnd(ctx: Context, ts: number, te: number): number {
  const { tokens, words } = ctx;
  const tail = tokens[te - 1].text;
  if (te - ts < 5 || !(ORGANIZATION_TAIL_WORDS.has(tail) || BODY_WORDS.has(tail))) return -1;
  for (let k = ts + 2; k < te - 2; k++) if (words[k].key === 'and' && tokens[k - 1].text === tail) return k;
  return -1;
}

/** The end of a firm named by surnames and an ampersand before its last one, from a person's span [ts, te)
 * that holds the ampersand or stands before it (Deloitte Haskins & Sells); 0 when there is none. */
function partnerFirmEnd(ctx: Context, ts: number, te: number): number {
  const { tokens, flags } = ctx;
  let amp = -1;
  for (let k = ts + 1; k <= te && k < tokens.length; k++) if (tokens[k].text === '&') amp = k;
  if (amp < 0 || amp === te - 1 || amp + 1 >= tokens.length || tokens[amp + 1].lineStart) return 0;
  const last = amp + 1;
  // A given name is a second person with a name or a possessive after it (Lee Tate, Angelo's father); alone it
  // is a partner's surname (Quinn Emanuel Urquhart & Sullivan).
  if (!(flags[last] & NAME_WORD) || (last + 1 < tokens.length && flags[last + 1] & NAME_WORD && tokens[last + 1].spaceBefore)) return 0;
  if (flags[last] & FIRST_NAME && last + 1 < tokens.length && !tokens[last + 1].spaceBefore && (tokens[last + 1].text === "'" || tokens[last + 1].text === '’')) return 0;
  return last + 1 >= te ? last + 1 : 0;
}

/** Whether a full stop after a word of four letters or more, no legal form nor title (Europe., not
 * Corp. nor Calif.), ends a sentence inside tokens [ts, te). */
function crossesSentenceEnd(ctx: Context, ts: number, te: number): boolean {
  const { tokens, flags } = ctx;
  for (let k = ts + 1; k < te - 1; k++) {
    if (tokens[k].text !== '.' || tokens[k].spaceBefore || !tokens[k + 1].spaceBefore || !(flags[k + 1] & CAPITALIZED)) continue;
    const word = tokens[k - 1].text;
    if (word.length >= 4 && flags[k - 1] & HAS_LOWER && !(flags[k - 1] & (ROLE_TITLE | TITLE)) && !LEGAL_SUFFIXES.has(word) && !ABBREVIATIONS.has(`${word}.`)) return true;
  }
  return false;
}

/** Greedy choice of non-overlapping candidates, in text order. Sorts `candidates` in place. */
export function selectCandidates(tokenCount: number, candidates: Candidate[]): Candidate[] {
  sortByPrecedence(candidates);
  // The chosen candidate starting at each token (index + 1), -1 inside one, 0 free: the text
  // order is then one scan, with no second sort.
  const owner = ownerScratch.zeros(tokenCount);
  let count = 0;
  for (let c = 0; c < candidates.length; c++) {
    const { ts, te } = candidates[c];
    // An empty candidate (a title before no name) takes no token: order as a stable sort does.
    if (te <= ts) return selectBySort(tokenCount, candidates);
    let free = true;
    for (let k = ts; k < te; k++) {
      if (owner[k] !== 0) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = ts + 1; k < te; k++) owner[k] = -1;
    owner[ts] = c + 1;
    count++;
  }
  const chosen = new Array<Candidate>(count);
  let next = 0;
  for (let k = 0; next < count; k++) if (owner[k] > 0) chosen[next++] = candidates[owner[k] - 1];
  return chosen;
}

/** Whether candidate a goes before b in the greedy choice: higher tier, then longer, then higher score, then earlier. */
function precedes(a: Candidate, b: Candidate): boolean {
  if (a.tier !== b.tier) return a.tier > b.tier;
  const la = a.te - a.ts;
  const lb = b.te - b.ts;
  if (la !== lb) return la > lb;
  if (a.score !== b.score) return a.score > b.score;
  return a.ts < b.ts;
}

/** Runs this long are sorted by insertion before the merges. */
const INSERTION_RUN = 8;

/** Sorts the candidates in place by `precedes`, stably (equal ones keep their order): a merge sort
 * whose comparison the engine inlines, where Array.prototype.sort calls a comparator per pair. */
function sortByPrecedence(items: Candidate[]): void {
  const n = items.length;
  for (let from = 0; from < n; from += INSERTION_RUN) {
    const to = Math.min(n, from + INSERTION_RUN);
    for (let i = from + 1; i < to; i++) {
      const item = items[i];
      let j = i;
      for (; j > from && precedes(item, items[j - 1]); j--) items[j] = items[j - 1];
      items[j] = item;
    }
  }
  if (n <= INSERTION_RUN) return;
  let source = items;
  let target = new Array<Candidate>(n);
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let from = 0; from < n; from += 2 * width) {
      const middle = Math.min(n, from + width);
      const to = Math.min(n, from + 2 * width);
      let i = from;
      let j = middle;
      let k = from;
      // The left run's item first on a tie: stable.
      while (i < middle && j < to) target[k++] = precedes(source[j], source[i]) ? source[j++] : source[i++];
      while (i < middle) target[k++] = source[i++];
      while (j < to) target[k++] = source[j++];
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== items) for (let k = 0; k < n; k++) items[k] = source[k];
}

/** English people's names around a particle are one name when the tagger read two (Abdulaziz bin
 * Salman, Ursula von der Leyen): two unknown people with only particles between them. `chosen` is in text order. */
export function joinParticleNames(ctx: Context, chosen: Candidate[]): Candidate[] {
  if (ctx.lang !== 'en' || chosen.length < 2) return chosen;
  const { tokens, words, flags } = ctx;
  let out: Candidate[] | undefined;
  let prev = chosen[0];
  for (let c = 1; c < chosen.length; c++) {
    const next = chosen[c];
    let joined = prev.type === 'person' && next.type === 'person' && !prev.entity && !next.entity && next.ts > prev.te && next.ts - prev.te <= 2;
    for (let k = prev.te; k < next.ts && joined; k++) if (!words[k].particle || flags[k] & CAPITALIZED || tokens[k].lineStart) joined = false;
    if (joined) {
      out ??= chosen.slice(0, c);
      prev = candidate(prev.ts, next.te, 'person', prev.source, Math.max(prev.tier, next.tier), Math.max(prev.score, next.score));
      out[out.length - 1] = prev;
    } else {
      prev = next;
      if (out) out.push(next);
    }
  }
  return out ?? chosen;
}

/** selectCandidates for sorted candidates of which some are empty. */
function selectBySort(tokenCount: number, sorted: Candidate[]): Candidate[] {
  const taken = takenScratch.zeros(tokenCount);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.ts; k < c.te; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.ts; k < c.te; k++) taken[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.ts - b.ts);
}

/** Whether a word in lower case that is neither a particle nor a function word stands inside [ts, te). */
function holdsPlainLowerWord(ctx: Context, ts: number, te: number): boolean {
  const { tokens, flags, words } = ctx;
  for (let k = ts + 1; k < te - 1; k++) if (flags[k] & LOWER_LED && !(flags[k] & FUNCTION_WORD) && !words[k].particle && tokens[k].spaceBefore && ALL_LOWER_WORD.test(tokens[k].text)) return true;
  return false;
}
