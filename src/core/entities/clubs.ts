// Sports clubs named after their town: "AS Monaco", "Olympique de Marseille", "Olympique
// lyonnais", "Milan AC", "Manchester United". The list reads the town alone as a place; the club
// is one body over the whole name (sportsClubHeads, sportsClubTails in entity-cues.json).
import cues from '../data/entity-cues.json';
import placesData from '../data/places.json';
import { candidate, CAPITALIZED, FUNCTION_WORD, NAME_WORD, nameRunEnd, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.sportsClubHeads);
const TAILS = new Set(cues.sportsClubTails);
/** A French adjective of a town: lyonnais, rennais, brestois, toulousain, parisien, havrais. */
const TOWN_ADJECTIVE = /^\p{Ll}+(?:ais|ois|ain|ien|in)(?:e|es|s)?$/u;
const OF = new Set(['de', "d'", 'd’', 'du']);
/** The tail that also ends a city's own name after a country's or a region's (Panama City, Quebec City, Kansas City):
 * a club only after a town (Manchester City). */
const CITY_TAIL = 'City';
const COUNTRIES_AND_REGIONS: ReadonlySet<string> = new Set(placesData.places.filter((p) => p.kind !== 'city').map((p) => p.name));

/** `starts`: the tokens some organization rule starts from (ruleCandidates), in text order. */
export function sportsClubCandidates(ctx: Context, out: Candidate[], starts: number[]): void {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // The listed places by start and by end token, gathered only once a club word is seen (most texts have none).
  let placeEnd: Map<number, number> | undefined;
  let placeStart: Map<number, number> | undefined;
  // The end tokens of the listed countries and regions (Panama, Quebec).
  let wideEnds: Set<number> | undefined;
  let after = 0;
  for (const i of starts) {
    const text = words[i].word;
    const head = HEADS.has(text);
    if (i < after || !(head || TAILS.has(text)) || !(flags[i] & CAPITALIZED)) continue;
    if (placeEnd === undefined || placeStart === undefined) {
      placeEnd = new Map();
      placeStart = new Map();
      for (const c of out) {
        if (c.source !== 'gazetteer' || c.entity?.type !== 'place') continue;
        placeEnd.set(c.ts, c.te);
        placeStart.set(c.te, c.ts);
        if (COUNTRIES_AND_REGIONS.has(c.entity.name)) (wideEnds ??= new Set()).add(c.te);
      }
    }
    // A tail after a listed place: Milan AC, Manchester United, Santos FC.
    let before = placeStart.get(i);
    if (TAILS.has(text) && before !== undefined && !(text === CITY_TAIL && wideEnds?.has(i)) && tokens[i].spaceBefore && !tokens[i].lineStart && !(i + 1 < n && flags[i + 1] & NAME_WORD && !tokens[i + 1].lineStart)) {
      // The town before its region belongs to the name (Sélestat Alsace Handball, Chambéry Savoie Handball).
      for (let town = placeStart.get(before); town !== undefined && !tokens[before].lineStart && tokens[before].spaceBefore; town = placeStart.get(before)) before = town;
      out.push(candidate(before, i + 1, 'organization', 'rule', 2, 70));
      after = i + 1;
      continue;
    }
    // Not inside a longer name (Athlète Olympique de Russie, Comité Olympique de Monaco).
    if (!head || (i > 0 && flags[i - 1] & NAME_WORD && !(flags[i - 1] & FUNCTION_WORD) && !tokens[i].lineStart)) continue;
    let j = i + 1;
    if (j < n && tokens[j].text === 'Club' && !tokens[j].lineStart) j++;
    if (j >= n || tokens[j].lineStart) continue;
    const of = OF.has(words[j].lowerKey);
    if (of) j++;
    if (j >= n || tokens[j].lineStart) continue;
    let end = -1;
    const place = placeEnd.get(j);
    // Stade de France, Stade de Reims: stadiums as often as clubs.
    if (place !== undefined && !(text === 'Stade' && of)) end = nameRunEnd(ctx, j, 3, false);
    else if (!of && ctx.lang === 'fr' && TOWN_ADJECTIVE.test(tokens[j].text) && !(flags[j] & CAPITALIZED)) {
      end = j + 1;
      // Listed places after the adjective belong to the name (Stade aurillacois Cantal Auvergne).
      for (let te = placeEnd.get(end); te !== undefined && !tokens[end].lineStart; te = placeEnd.get(end)) end = te;
    }
    if (end < 0) continue;
    if (end < n && TAILS.has(tokens[end].text) && !tokens[end].lineStart) end++;
    out.push(candidate(i, end, 'organization', 'rule', 2, 70));
    after = end;
  }
}
