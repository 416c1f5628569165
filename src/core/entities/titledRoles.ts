// English: an honorific before a job title names the person after both (Lady Justice Carr, Mr
// Justice Fraser, Lord Chief Justice Burnett): the title rule reads the name from the word after the
// honorific, so the job title stayed inside the person's name. The titles are a blocker (no name) a
// little above that rule's score, and the name after them a person.
// A minister's portfolio written after the title runs into the name the same way (Coordinating Minister
// for Economic Affairs Airlangga Hartarto): its capitalized words up to the last portfolio noun
// (englishPortfolioNouns in entity-cues.json) are the title, the name after them the person.
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, CUE_START, NAME_WORD, personRunEnd, ROLE_TITLE, ruleStartsWith, TITLE, type Candidate, type Context } from './candidates';

/** Job titles after the honorific at most (Lord Chief Justice). */
const MAX_TITLE_WORDS = 3;
/** Above the title rule's score for a name right after its title (82). */
const TITLE_BLOCKER_SCORE = 84;
/** Titles whose portfolio follows them after for or of (Minister for Trade, Secretary of Commerce). */
const PORTFOLIO_TITLES = new Set(['Minister', 'Secretary', 'Commissioner']);
const PORTFOLIO_LINKS = new Set(['for', 'of']);
const PORTFOLIO_NOUNS = new Set(cues.englishPortfolioNouns);
/** Capitalized words of a portfolio, at most (Minister for Micro, Small and Medium Enterprises). */
const MAX_PORTFOLIO_WORDS = 6;

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

/** Minister for Economic Affairs Airlangga Hartarto: the title and its portfolio a blocker, the name after them a person. */
export function portfolioTitleCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ruleStartsWith(ctx, CUE_START)) {
    if (!PORTFOLIO_TITLES.has(tokens[i].text) || i + 2 >= n || !PORTFOLIO_LINKS.has(words[i + 1].lowerKey) || tokens[i + 1].lineStart) continue;
    // The portfolio's last noun: the capitalized words (and the and, commas between them) after it are the name.
    let last = -1;
    for (let k = i + 2, capitals = 0; k < n && capitals < MAX_PORTFOLIO_WORDS && !tokens[k].lineStart; k++) {
      const t = tokens[k].text;
      if (flags[k] & CAPITALIZED) {
        capitals++;
        if (PORTFOLIO_NOUNS.has(t)) last = k;
      } else if (t !== 'and' && t !== ',' && t !== '&') break;
    }
    const j = last + 1;
    if (last < 0 || j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD) || flags[j] & ROLE_TITLE) continue;
    const end = personRunEnd(ctx, j);
    if (end < j + 2) continue;
    out.push(candidate(i, j, 'blocker', 'rule', 2, TITLE_BLOCKER_SCORE));
    out.push(candidate(j, end, 'person', 'rule', 2, 82));
  }
}
