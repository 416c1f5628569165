// A listed town right before a score in brackets is the club that played there (le SLUC a dominé
// Gravelines (88-79), s'est imposé face à Beauvais (3-1)), a body, as a line of results names it
// (sportsResults.ts); after à, au, en, dans it is where the match was played (tenu en échec à
// Louhans (0-0)), unless à follows face (face à Beauvais).
import { candidate, DIGIT_LED, NAME_WORD, OPEN_PAREN, ruleStartsWith, type Candidate, type Context } from './candidates';

/** A score: two numbers joined by a hyphen or a dash (3-1, 88-79). */
const SCORE_TOKEN = /^\d{1,3}[-–]\d{1,3}$/;
// An elided de inside a town's name (Valence d'Agen) leads no club either.
const PLACE_LEADS = new Set(['à', 'au', 'aux', 'en', 'dans', 'À', 'Au', 'En', 'Dans', "d'", 'd’']);
const SCORE = 92;

export function scoredClubCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let places: Candidate[] | undefined;
  // Every opening bracket is a rule start: the score is read only after one.
  for (const open of ruleStartsWith(ctx, OPEN_PAREN)) {
    const i = open + 1;
    if (i < 2 || i + 1 >= n) continue;
    // A score starts with a digit and is not all digits: the word's flag first, the text only then.
    if (!(flags[i] & DIGIT_LED) || tokens[i + 1].text !== ')' || !SCORE_TOKEN.test(tokens[i].text)) continue;
    places ??= out.filter((c) => c.source === 'gazetteer' && c.type === 'place');
    const town = places.find((c) => c.te === i - 1);
    if (town === undefined || town.ts < 1 || tokens[town.ts].lineStart) continue;
    // The town inside a longer name (le RC Strasbourg (2-1)) is that name's: the club rule reads it.
    if (flags[town.ts - 1] & NAME_WORD) continue;
    const lead = tokens[town.ts - 1].text;
    if (PLACE_LEADS.has(lead) && !(town.ts >= 2 && tokens[town.ts - 2].text === 'face')) continue;
    out.push(candidate(town.ts, town.te, 'organization', 'rule', 3, SCORE));
  }
}
