// A report named after its author or rapporteur (le rapport Lamassoure, le rapport Rocard, the
// Parliament's way to name a report) names that person: the tagger read an unknown surname there as
// a body or missed it. A listed body or business after it, a word the tagger's lists know from
// bodies' or topics' names only (le rapport Oxfam, le rapport Emploi) and an acronym (le rapport
// PISA) stay what they are.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, NEWS_FRENCH_RULE, SENTENCE_START, type Candidate, type Context } from './candidates';
import { lexiconClasses } from './tagger';
import { LEX_CITY, LEX_COUNTRY, LEX_FIRST_NAME, LEX_LOC, LEX_MISC, LEX_ORG, LEX_PER } from './tagger/features';

const HEADS = new Set(cues.reportHeads);
const PERSON_CLASSES = LEX_PER | LEX_FIRST_NAME;
const NOT_PERSON_CLASSES = LEX_ORG | LEX_LOC | LEX_MISC | LEX_CITY | LEX_COUNTRY;
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
    // A word the tagger's lists know from the names of bodies, places or things and never from a
    // person's names the report after a body or a topic (le rapport Oxfam, le rapport Emploi): no
    // person, and the lower-case head is no part of the name (the tagger ran a company over rapport Emploi:
    // the blocker is above its tier).
    const classes = lexiconClasses('fr', tokens[j].text);
    if (classes & NOT_PERSON_CLASSES && !(classes & PERSON_CLASSES)) {
      out.push(candidate(i, j, 'blocker', 'rule', 3, SCORE));
      continue;
    }
    // One surname: a second capitalized word makes it some other name (le rapport Jean Dupont is left to the others).
    if (j + 1 < n && flags[j + 1] & NAME_WORD && !tokens[j + 1].lineStart) continue;
    out.push(candidate(j, j + 1, 'person', 'rule', 2, SCORE));
  }
}
