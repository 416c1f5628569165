// A result line of French sport pages: two teams joined by a hyphen or a dash before the score
// (`FC Sion-Servette 2-2`, `Lausanne-Sports-FC Zurich 1-0`, `Neuchâtel Xamax-Grasshopper 0-3`). Two
// teams parted by a spaced dash are candidates already (sportsResults.ts); here the tokenizer keeps
// `Sion-Servette` whole, so the candidates see one name, or a town (`Lucerne`,
// `Saint-Gall`): a team named so in a result is a club, a body, as press-fr-2's gold has them. This
// pass, after linking, replaces what was found over the pair by the two clubs. Where the teams' own
// names hold hyphens, the split leaves on each side a listed name or a club word (FC, HC) and never a
// lower-case piece (`La Chaux-de-Fonds-Bienne`).
import cues from '../data/entity-cues.json';
import type { EntityMention } from '../types';
import { listedWord, type Context } from './candidates';
import { FRENCH_OF_WORDS } from './frenchWordForms';
import { kebab } from './normalize';

/** A score: `2-1`, `10-0` (one token). */
const SCORE = /^\d{1,2}-\d{1,2}$/;
const DASHES = new Set(['—', '–']);
/** Tokens a team's name may not hold: they end the run before the score. */
const RUN_STOPS = new Set([';', ':', ',', '.', '(', ')', '«', '»']);
const CLUB_WORDS = new Set([...cues.sportsClubHeads, ...cues.sportsClubTails]);
const UPPER_START = /^\p{Lu}/u;
/** Words a result's team run may hold at most (Racing FC Union Luxembourg-Jeunesse Esch). */
const MAX_RUN = 7;

/** How sure a side reads as a team: a listed name or a word of a club's name (FC Zurich, Lausanne HC). */
function sideWeight(side: string, ctx: Context): number {
  const trimmed = side.trim();
  const words = trimmed.split(/\s+/);
  // A team's words are capitalized, a particle or a code (F91): `Young Boys a battu Saint-Gall` is no pair.
  if (!UPPER_START.test(trimmed) || !words.every((w) => UPPER_START.test(w) || FRENCH_OF_WORDS.has(w) || /^\p{Lu}*\d+$/u.test(w))) return -1;
  // A listed town is a team as often as not; a club word says it more surely.
  let weight = listedWord(trimmed, ctx) ? 1 : 0;
  if (CLUB_WORDS.has(words[0]) || CLUB_WORDS.has(words[words.length - 1])) weight += 2;
  return weight;
}

function clubMention(ctx: Context, start: number, end: number): EntityMention {
  const text = ctx.text.slice(start, end);
  const listed = listedWord(text, ctx);
  const id = listed && listed.type !== 'place' && listed.type !== 'person' ? listed.id : kebab(text);
  const name = listed && listed.type !== 'place' && listed.type !== 'person' ? listed.name : text;
  return { start, end, text, type: 'organization', id, name };
}

/** The mentions with each result line's two teams as two clubs (see the file comment). */
export function withSportsResultPairs(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'fr') return mentions;
  const { tokens, text } = ctx;
  let out: EntityMention[] | undefined;
  // A score starts with a digit and is not all digits: only those tokens (DIGIT_LED) are read.
  for (const i of ctx.digitLedStarts) {
    if (i < 1 || !SCORE.test(tokens[i].text) || tokens[i].lineStart) continue;
    // The run of words before the score, on its line, back to a stop.
    let ts = i;
    while (ts > 0 && i - ts < MAX_RUN && !tokens[ts].lineStart && !RUN_STOPS.has(tokens[ts - 1].text)) ts--;
    if (ts === i) continue;
    const runStart = tokens[ts].start;
    const runEnd = tokens[i - 1].end;
    const run = text.slice(runStart, runEnd);
    // Where the two teams part: a dash standing alone, else the inner hyphen that leaves the surest sides.
    let best = -1;
    let bestWeight = -1;
    for (let k = 0; k < run.length; k++) {
      const c = run[k];
      if (!(c === '-' || DASHES.has(c))) continue;
      const left = run.slice(0, k);
      const right = run.slice(k + 1);
      const lw = sideWeight(left, ctx);
      const rw = sideWeight(right, ctx);
      if (lw < 0 || rw < 0) continue;
      const weight = lw + rw + (DASHES.has(c) ? 10 : 0);
      if (weight > bestWeight) {
        best = k;
        bestWeight = weight;
      }
    }
    if (best < 0) continue;
    const leftStart = runStart + (run.length - run.trimStart().length);
    const leftEnd = runStart + run.slice(0, best).trimEnd().length;
    const rightStart = runStart + best + 1 + (run.slice(best + 1).length - run.slice(best + 1).trimStart().length);
    if (leftEnd <= leftStart || runEnd <= rightStart) continue;
    const current = out ?? mentions;
    // A person over the run says it is no result of teams (a tennis match reads `Federer-Nadal 6-4`).
    const over = current.filter((m) => m.start < runEnd && m.end > runStart);
    if (over.some((m) => m.type === 'person') || over.some((m) => m.start < runStart || m.end > runEnd)) continue;
    out = current.filter((m) => !over.includes(m));
    out.push(clubMention(ctx, leftStart, leftEnd), clubMention(ctx, rightStart, runEnd));
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}
