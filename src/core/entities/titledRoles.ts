// English: an honorific before a job title names the person after both (Lady Justice Carr, Mr
// Justice Fraser, Lord Chief Justice Burnett): the title rule reads the name from the word after the
// honorific, so the job title stayed inside the person's name. The titles are a blocker (no name) a
// little above that rule's score, and the name after them a person.
import { candidate, NAME_WORD, personRunEnd, ROLE_TITLE, ruleStartsWith, TITLE, type Candidate, type Context } from './candidates';

/** Job titles after the honorific at most (Lord Chief Justice). */
const MAX_TITLE_WORDS = 3;
/** Above the title rule's score for a name right after its title (82). */
const TITLE_BLOCKER_SCORE = 84;

export function titledRoleCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  for (const i of ruleStartsWith(ctx, TITLE)) {
    let j = i + 1;
    if (j < n && tokens[j].text === '.' && !tokens[j].spaceBefore) j++;
    const first = j;
    while (j < n && j - first < MAX_TITLE_WORDS && flags[j] & ROLE_TITLE && !tokens[j].lineStart) j++;
    if (j === first || j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || flags[j] & ROLE_TITLE) continue;
    const end = personRunEnd(ctx, j);
    if (end <= j) continue;
    out.push(candidate(i, j, 'blocker', 'rule', 2, TITLE_BLOCKER_SCORE));
    out.push(candidate(j, end, 'person', 'rule', 2, 82));
  }
}
