// The speaker lines of a parliament's record (debateSpeakers in entity-cues.json): a speech opens a
// line with the speaker's name, the political group in brackets and a full stop or a comma
// (Cohn-Bendit (Verts/ALE). Monsieur le Président, ...; Haug (PSE), rapporteur.), or the name and a
// role after a comma (Fischler, Commission.). The tagger read such lone surnames as bodies or
// nothing; the layout says they are persons, and the bracket's parts bodies.
import cues from '../data/entity-cues.json';
import { candidate, FUNCTION_WORD, NAME_WORD, type Candidate, type Context } from './candidates';

const ROLE_WORDS = new Set(cues.debateSpeakers.roleWords);
const TITLE_WORDS = new Set(cues.debateSpeakers.titleWords);
/** Lower-case particles inside a speaker's name (Graefe zu Baringdorf, de Palacio). */
const PARTICLES = new Set(['de', 'du', "d'", 'von', 'van', 'zu', 'der', 'den', 'da', 'di', 'del', 'dos']);
/** A group's part: capitals, or a capital and letters (PPE-DE, GUE, Verts, NI). */
const GROUP_PART = /^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*$/u;
const SCORE = 86;

/** The end of the group in brackets opening at k (the token after ")"), or -1. */
function groupEnd(ctx: Context, k: number, parts: number[]): number {
  const { tokens } = ctx;
  if (k >= tokens.length || tokens[k].text !== '(' || tokens[k].lineStart) return -1;
  let j = k + 1;
  while (j < tokens.length && j < k + 8 && !tokens[j].lineStart && tokens[j].text !== ')') {
    const t = tokens[j].text;
    if (t === '/') {
      j++;
      continue;
    }
    if (!GROUP_PART.test(t)) return -1;
    parts.push(j);
    j++;
  }
  if (j >= tokens.length || tokens[j].text !== ')' || parts.length === 0) return -1;
  return j + 1;
}

export function debateSpeakerCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.lineStarts) {
    if (i >= n || !(flags[i] & NAME_WORD) || flags[i] & FUNCTION_WORD || TITLE_WORDS.has(tokens[i].text)) continue;
    // The name: capitalized words and particles, up to five, ending on a capitalized word.
    let e = i + 1;
    while (e < n && e < i + 5 && !tokens[e].lineStart && (flags[e] & NAME_WORD || (PARTICLES.has(words[e].lowerKey) && e + 1 < n && flags[e + 1] & NAME_WORD))) e++;
    if (!(flags[e - 1] & NAME_WORD)) continue;
    let title = false;
    for (let k = i; k < e && !title; k++) if (TITLE_WORDS.has(tokens[k].text)) title = true;
    if (title || e >= n) continue;
    const parts: number[] = [];
    const after = groupEnd(ctx, e, parts);
    if (after > 0) {
      if (after >= n || (tokens[after].text !== '.' && tokens[after].text !== ',')) continue;
      out.push(candidate(i, e, 'person', 'rule', 2, SCORE));
      // A part a list knows keeps the list's entity (PS: the Parti socialiste).
      for (const p of parts) if (!out.some((c) => c.source === 'gazetteer' && c.ts <= p && c.te > p)) out.push(candidate(p, p + 1, 'organization', 'rule', 2, SCORE - 10));
      continue;
    }
    // Name, role. (Fischler, Commission.; Barnier, membre de la Commission.)
    if (tokens[e].text !== ',' || e + 1 >= n || tokens[e + 1].lineStart || !ROLE_WORDS.has(tokens[e + 1].text)) continue;
    let stop = e + 2;
    while (stop < n && stop < e + 10 && !tokens[stop].lineStart && tokens[stop].text !== '.') stop++;
    if (stop >= n || tokens[stop].text !== '.') continue;
    out.push(candidate(i, e, 'person', 'rule', 2, SCORE));
  }
}
