// A report named after its author or rapporteur (le rapport Lamassoure, le rapport Rocard, the
// Parliament's way to name a report) names that person: the tagger read an unknown surname there as
// a body or missed it. A listed body or business after it (le rapport Oxfam) and an acronym (le
// rapport PISA) stay what they are.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, NEWS_FRENCH_RULE, SENTENCE_START, type Candidate, type Context } from './candidates';

const HEADS = new Set(cues.reportHeads);
const SCORE = 70;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

export function isReportHead(word: string): boolean {
  return HEADS.has(word);
}

export function reportAuthorCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(words[i].news & NEWS_FRENCH_RULE) || !HEADS.has(tokens[i].text)) continue;
    const j = i + 1;
    if (tokens[j].lineStart || !(flags[j] & NAME_WORD) || flags[j] & SENTENCE_START || ACRONYM.test(tokens[j].text)) continue;
    const listed = words[j].gazetteerHitFr?.entity.type;
    if (listed !== undefined && listed !== 'person') continue;
    // One surname: a second capitalized word makes it some other name (le rapport Jean Dupont is left to the others).
    if (j + 1 < n && flags[j + 1] & NAME_WORD && !tokens[j + 1].lineStart) continue;
    out.push(candidate(j, j + 1, 'person', 'rule', 2, SCORE));
  }
}
