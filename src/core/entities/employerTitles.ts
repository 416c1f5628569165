// English business news writes the employer, a job title and the person in a row ("Merck
// Chairman and Chief Executive Robert M. Davis", "Halvard President Dana Whitfield"): the tagger
// read the employer and the title as one person, or the employer as a person. The title is no
// name (a blocker) and the name before it the company, unless a list or another rule reads it; the
// person after it is left to the title and name rules (in a headline it may run into a verb). Only business titles count (firstWords in employerTitles, entity-cues.json):
// before a government title (Finance Minister) the word is a portfolio, not an employer.
import cues from '../data/entity-cues.json';
import {
  CALENDAR_WORD,
  candidate,
  companyName,
  ENGLISH_OPENER,
  FUNCTION_WORD,
  NAME_WORD,
  nameRunStartBefore,
  NOT_NAME,
  personRunEnd,
  ROLE_TITLE,
  type Candidate,
  type Context,
} from './candidates';

const FIRST_WORDS = new Set(cues.employerTitles.firstWords);
const JOINERS = new Set(cues.employerTitles.joiners);
const NATIONALITIES = new Set(cues.englishNationalities);
/** Words before a title that describe it, not whose it is (Former Chief Executive). */
const NOT_EMPLOYERS = new Set(cues.employerTitles.notEmployers);
/** A body's common noun alone before a title (Union President): the body named in full before, no employer. */
const BODY_NOUNS_ALONE = new Set(cues.employerTitles.bodyNounsAlone);
/** Words of a title chain at most (Chairman and Chief Executive Officer). */
const MAX_TITLE_WORDS = 6;
/** An employer's name is at most this many words. */
const MAX_NAME_WORDS = 4;
/** Over the tagger's reading of employer and title as one person (tier 2 at most). */
const TITLE_SCORE = 84;

export function employerTitleCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let held: Uint8Array | undefined;
  for (let i = 1; i < n; i++) {
    if (!(flags[i] & ROLE_TITLE) || !FIRST_WORDS.has(tokens[i].text) || tokens[i].lineStart) continue;
    if (!(flags[i - 1] & NAME_WORD) || flags[i - 1] & ROLE_TITLE) continue;
    let j = i + 1;
    while (j < n && j - i < MAX_TITLE_WORDS && !tokens[j].lineStart) {
      if (flags[j] & ROLE_TITLE) j++;
      else if (JOINERS.has(tokens[j].text) && j + 1 < n && flags[j + 1] & ROLE_TITLE && !tokens[j + 1].lineStart) j += 2;
      else break;
    }
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || flags[j] & ROLE_TITLE) continue;
    const end = personRunEnd(ctx, j);
    if (end <= j) continue;
    const s = nameRunStartBefore(ctx, i, MAX_NAME_WORDS);
    if (s >= i || NATIONALITIES.has(tokens[s].text) || NOT_EMPLOYERS.has(tokens[s].text)) continue;
    if (s === i - 1 && BODY_NOUNS_ALONE.has(tokens[s].text)) {
      out.push(candidate(s, j, 'blocker', 'rule', 3, TITLE_SCORE));
      i = end - 1;
      continue;
    }
    let free = true;
    for (let k = s; k < i && free; k++) if (flags[k] & (NOT_NAME | CALENDAR_WORD | ROLE_TITLE) || (k === s && flags[k] & (ENGLISH_OPENER | FUNCTION_WORD))) free = false;
    if (!free) continue;
    out.push(candidate(i, j, 'blocker', 'rule', 3, TITLE_SCORE));
    // A list's or another rule's reading of the employer stands (Merck, the Fed, Texas).
    held ??= heldTokens(n, out);
    let known = false;
    for (let k = s; k < i && !known; k++) if (held[k]) known = true;
    if (!known) out.push(candidate(s, i, 'company', 'rule', 2, 78, { name: companyName(ctx, s, i) }));
    i = end - 1;
  }
}

/** 1 on the tokens a list's or another rule's name holds (not a blocker, not a person read from a first name). */
function heldTokens(n: number, out: Candidate[]): Uint8Array {
  const held = new Uint8Array(n);
  for (const c of out) if (c.type !== 'blocker' && (c.source === 'gazetteer' || c.type !== 'person')) held.fill(1, c.ts, c.te);
  return held;
}
