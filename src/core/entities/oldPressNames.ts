// Names of the old French and Swiss press that the general rules miss (data in old-press-titles.json):
// - a plural title after an article names each of a list of names, as `MM.` does (`les citoyens
//   Legrand, Oberlin, Glayre et Bay`, `les généraux Soult et Lecourbe`): each name is a person, above
//   a list that reads one as a firm or a town (Legrand, Bay);
// - the name of an owner after a lower-case noun of a works or a trading house (`les usines Poutilov`, `la
//   maison Vacheron et Constantin`) is the firm, without the noun, though a list or the tagger reads a person;
// - a place abbreviated with `S.` for Saint (`le S. Gothard`, `le canton de S. Gall`) is the listed
//   Saint-X over the abbreviation, not a person with an initial.
import data from '../data/old-press-titles.json';
import { candidate, companyName, listedWord, nameRunEnd, personRunEnd, CAPITALIZED, NAME_WORD, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const ARTICLES = new Set(['les', 'des', 'aux']);
/** Plural titles as written in lower case, and their first words. */
const PLURAL_TITLES = new Set(data.pluralPersonTitles.map((t) => t.toLowerCase()));
const TITLE_FIRST_WORDS = new Set([...PLURAL_TITLES].map((t) => t.split(' ')[0]));
/** Tokens a plural title may take (conseillers d' Etat). */
const MAX_TITLE_TOKENS = 3;
const SAINTS = new Map<string, string>(Object.entries(data.saintAbbreviations));
const LIST_JOINS = new Set([',', 'et']);
/** Names a plural title may list. */
const MAX_LISTED = 8;
const FIRM_NOUNS = new Set(data.firmNouns);
const PARTNERSHIP_FIRM_NOUNS = new Set(data.partnershipFirmNouns);
const HAS_DIGIT = /\d/;
/** Words of an owner's name after a firm noun (Vacheron et Constantin). */
const MAX_FIRM_WORDS = 4;

/** Whether a word may open one of this file's names: an abbreviated saint or a plural title's first word. */
export function opensOldPressName(word: string, lowerKey: string): boolean {
  return (word.length <= 3 && SAINTS.has(word)) || TITLE_FIRST_WORDS.has(lowerKey) || FIRM_NOUNS.has(word);
}

/** The end of the longest plural title starting at token i, or -1. */
function pluralTitleEnd(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let written = '';
  let end = -1;
  for (let j = i; j < tokens.length && j < i + MAX_TITLE_TOKENS; j++) {
    written += (j > i && tokens[j].spaceBefore ? ' ' : '') + tokens[j].text.toLowerCase().replace('’', "'");
    if (PLURAL_TITLES.has(written)) end = j + 1;
  }
  return end;
}

/** Adds the old press's candidates (see the file comment) to the rules' list, and returns it. */
export function withOldPressCandidates(ctx: Context, out: Candidate[]): Candidate[] {
  if (ctx.lang !== 'fr') return out;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  // Only the words that may open it (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i < 1 || !(ctx.words[i].news & NEWS_FRENCH_RULE)) continue;
    const word = tokens[i].text;
    // S. Gall, St-Gall is one token the lists read already.
    const saint = word.length <= 3 ? SAINTS.get(word) : undefined;
    if (saint !== undefined && flags[i] & CAPITALIZED && i + 2 < n && tokens[i + 1].text === '.' && !tokens[i + 1].spaceBefore && flags[i + 2] & NAME_WORD && !tokens[i + 2].lineStart) {
      const entity = listedWord(`${saint}-${tokens[i + 2].text}`, ctx);
      if (entity?.type === 'place') out.push(candidate(i, i + 3, 'place', 'gazetteer', 3, 92, { entity }));
      continue;
    }
    if (FIRM_NOUNS.has(word)) {
      const k = i + 1;
      if (k >= n || tokens[k].lineStart || !(flags[k] & NAME_WORD)) continue;
      let end = nameRunEnd(ctx, k, MAX_FIRM_WORDS, false);
      // A house's partners are one firm (la maison Vacheron et Constantin); the works of two owners are two (les usines Renault et Peugeot).
      if (PARTNERSHIP_FIRM_NOUNS.has(word) && end + 1 < n && tokens[end].text === 'et' && flags[end + 1] & NAME_WORD && !tokens[end + 1].lineStart) end = nameRunEnd(ctx, end + 1, MAX_FIRM_WORDS, false);
      if (end > k) out.push(candidate(k, end, 'company', 'rule', 3, 85, { name: companyName(ctx, k, end) }));
      continue;
    }
    // The words' lower-case keys, read from the word cache (no string made per token).
    if (!TITLE_FIRST_WORDS.has(ctx.words[i].lowerKey) || !ARTICLES.has(ctx.words[i - 1].lowerKey)) continue;
    const titleEnd = pluralTitleEnd(ctx, i);
    if (titleEnd < 0) continue;
    // A name with a digit is no person's (les familles A320 et A340 are aircraft).
    for (let k = titleEnd, listed = 0; k < n && listed < MAX_LISTED && !tokens[k].lineStart && flags[k] & NAME_WORD && flags[k] & CAPITALIZED && !HAS_DIGIT.test(tokens[k].text); listed++) {
      const end = personRunEnd(ctx, k);
      if (end <= k) break;
      out.push(candidate(k, end, 'person', 'rule', 3, 85));
      if (end + 1 >= n || !LIST_JOINS.has(tokens[end].text)) break;
      k = end + 1;
    }
  }
  return out;
}
