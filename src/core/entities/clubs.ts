// Sports clubs named after their town: "AS Monaco", "Olympique de Marseille", "Olympique
// lyonnais", "Milan AC", "Manchester United". The list reads the town alone as a place; the club
// is one body over the whole name (sportsClubHeads, sportsClubTails in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, FUNCTION_WORD, NAME_WORD, nameRunEnd, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.sportsClubHeads);
const TAILS = new Set(cues.sportsClubTails);
/** A French adjective of a town: lyonnais, rennais, brestois, toulousain, parisien, havrais. */
const TOWN_ADJECTIVE = /^\p{Ll}+(?:ais|ois|ain|ien|in)(?:e|es|s)?$/u;
const OF = new Set(['de', "d'", 'd’', 'du']);

export function sportsClubCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // The listed places by start token, gathered only once a club word is seen (most texts have none).
  let places: Map<number, number> | undefined;
  let seen = false;
  for (let i = 0; i < n; i++) {
    if (!(flags[i] & CAPITALIZED)) continue;
    const text = words[i].word;
    if (!seen) {
      if (!HEADS.has(text) && !TAILS.has(text)) continue;
      seen = true;
      for (const c of out) if (c.source === 'gazetteer' && c.entity?.type === 'place') (places ??= new Map()).set(c.ts, c.te);
      // Read the text again from its start, with the places (a tail ends a place seen before it).
      i = -1;
      continue;
    }
    // Not inside a longer name (Athlète Olympique de Russie, Comité Olympique de Monaco).
    if (HEADS.has(text) && !(i > 0 && flags[i - 1] & NAME_WORD && !(flags[i - 1] & FUNCTION_WORD) && !tokens[i].lineStart)) {
      let j = i + 1;
      if (j < n && tokens[j].text === 'Club' && !tokens[j].lineStart) j++;
      if (j >= n || tokens[j].lineStart) continue;
      const of = OF.has(words[j].lowerKey);
      if (of) j++;
      if (j >= n || tokens[j].lineStart) continue;
      let end = -1;
      const place = places?.get(j);
      // Stade de France, Stade de Reims: stadiums as often as clubs.
      if (place !== undefined && !(text === 'Stade' && of)) end = nameRunEnd(ctx, j, 3, false);
      else if (!of && ctx.lang === 'fr' && TOWN_ADJECTIVE.test(tokens[j].text) && !(flags[j] & CAPITALIZED)) {
        end = j + 1;
        // Listed places after the adjective belong to the name (Stade aurillacois Cantal Auvergne).
        for (let te = places?.get(end); te !== undefined && !tokens[end].lineStart; te = places?.get(end)) end = te;
      }
      if (end < 0) continue;
      if (end < n && TAILS.has(tokens[end].text) && !tokens[end].lineStart) end++;
      out.push(candidate(i, end, 'organization', 'rule', 2, 70));
      i = end - 1;
    } else if (places?.has(i)) {
      const te = places.get(i)!;
      if (te < n && TAILS.has(tokens[te].text) && !tokens[te].lineStart && tokens[te].spaceBefore && !(te + 1 < n && flags[te + 1] & NAME_WORD && !tokens[te + 1].lineStart)) {
        out.push(candidate(i, te + 1, 'organization', 'rule', 2, 70));
      }
    }
  }
}
