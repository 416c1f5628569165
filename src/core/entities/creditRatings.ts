// A sovereign's or a company's credit rating written as its letters (cut Colombia to BB from BB+,
// affirmed Kenya at B-, upgraded to AA) is no name; the tagger read BB as an organization and B as a
// place. A rating's letters after a word that links a rating (to, from, at, rated...) are a blocker;
// a single letter only with its notch sign glued (B-, A+), the plain letter being too often a word or an initial.
import cues from '../data/entity-cues.json';
import { candidate, NAME_WORD, ruleStartsWith, SYMBOL_LIKE, type Candidate, type Context } from './candidates';

const GRADES = new Set(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D', 'SD', 'RD']);
const LINKS = new Set([...cues.notNamesInContext.ratingLinks, 'affirmed', 'affirms', 'cut', 'cuts', 'lowered', 'raised', 'upgraded', 'downgraded']);
const SCORE = 70;

export function creditRatingBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ruleStartsWith(ctx, SYMBOL_LIKE)) {
    if (i === 0 || !GRADES.has(tokens[i].text) || !LINKS.has(words[i - 1].lowerKey)) continue;
    const sign = i + 1 < n && !tokens[i + 1].spaceBefore && (tokens[i + 1].text === '+' || tokens[i + 1].text === '-');
    if (tokens[i].text.length === 1 && !sign) continue;
    // Letters before a name are part of it (AAA Durham, a minor-league club).
    const after = sign ? i + 2 : i + 1;
    if (after < n && !tokens[after].lineStart && flags[after] & NAME_WORD) continue;
    out.push(candidate(i, after, 'blocker', 'rule', 3, SCORE));
  }
}
