// Lines of sports results (see _commentSportsResults in entity-cues.json): two clubs joined by a
// spaced dash before the score (Saint-Louis Neuweg - Illzach-Modenheim 3-1 ; ASPV Strasbourg -
// Haguenau 0-2). Each side is a club, a body, even when it is a town's name, and the score belongs to
// neither (the tagger read the towns as places and took the score into the last one).
import { candidate, CONNECTOR, NAME_WORD, type Candidate, type Context } from './candidates';

/** A score: two numbers joined by a hyphen or a dash (3-1, 26-24, 0–2). */
const SCORE_TOKEN = /^\d{1,3}[-–]\d{1,3}$/;
const DASHES = new Set(['-', '–', '—']);
/** Words a club's name holds at most. */
const MAX_WORDS = 5;
// Above a listed town's own candidate (Haguenau the town), as the line says it is a club.
const SCORE = 92;

/** The start of the club's name ending before token e (a run of name words and inner connectors), or e. */
function clubStart(ctx: Context, e: number): number {
  const { tokens, flags } = ctx;
  let s = e;
  while (s > 0 && e - s < MAX_WORDS && !tokens[s].lineStart && (flags[s - 1] & NAME_WORD || (flags[s - 1] & CONNECTOR && s < e && s - 2 >= 0 && flags[s - 2] & NAME_WORD && !DASHES.has(tokens[s - 1].text)))) s--;
  if (s < e && tokens[s].lineStart && !(flags[s] & NAME_WORD)) s++;
  return s;
}

export function sportsResultCandidates(ctx: Context, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  // A score starts with a digit and is not all digits: only those tokens (DIGIT_LED) are read.
  for (const i of ctx.digitLedStarts) {
    if (i < 3) continue;
    const t = tokens[i].text;
    if (t.length < 3 || t.charCodeAt(0) > 57 || !SCORE_TOKEN.test(t) || tokens[i].lineStart) continue;
    // The second club: name words right before the score.
    const s2 = clubStart(ctx, i);
    if (s2 === i || !(flags[i - 1] & NAME_WORD) || s2 < 2) continue;
    const dash = s2 - 1;
    if (!DASHES.has(tokens[dash].text) || tokens[s2].lineStart || tokens[dash].lineStart) continue;
    const s1 = clubStart(ctx, dash);
    if (s1 === dash || !(flags[dash - 1] & NAME_WORD)) continue;
    out.push(candidate(s1, dash, 'organization', 'rule', 2, SCORE));
    out.push(candidate(s2, i, 'organization', 'rule', 2, SCORE));
  }
  // A club's name read by another rule ends before the score (Olympique de Marseille 2-0).
  for (const c of out) {
    if (c.te - c.ts > 1 && c.source === 'rule' && c.name === undefined && (c.type === 'organization' || c.type === 'place') && SCORE_TOKEN.test(tokens[c.te - 1].text)) c.te--;
  }
}
