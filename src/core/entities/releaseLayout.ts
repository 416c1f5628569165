// The layout of English press releases, wire briefs and web finance pages writes capitalized words
// that are no names: section headings and contact lines (Conference Call Information, Investor
// Contact, About Quillon Systems), time zones (5:00 p.m. Eastern Time), bylines (By Eleanor Whitby,
// Markets Correspondent), and the verbs of a headline in Title Case (Sembcorp Marine Says Unit Wins
// Contract), which the tagger and the given-name rule read as people's names. The phrases are blockers; a headline verb
// ends the name before it; the company after an "About" heading is that company. The words are
// data (releaseLayout in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, companyName, CAPITALIZED, HAS_LOWER, NAME_WORD, NEWS_ENGLISH_HEAD, type Candidate, type Context } from './candidates';

/** The boilerplate phrases by their first word, each as its words. */
const BOILERPLATE = new Map<string, string[][]>();
for (const phrase of cues.releaseLayout.boilerplate) {
  const words = phrase.split(' ');
  const list = BOILERPLATE.get(words[0]);
  if (list) list.push(words);
  else BOILERPLATE.set(words[0], [words]);
}
// Longest first: Conference Call Information before Conference Call.
for (const list of BOILERPLATE.values()) list.sort((a, b) => b.length - a.length);
const HEADLINE_VERBS = new Set(cues.releaseLayout.headlineVerbs);
/** Words of a company's name in an "About" heading. */
const MAX_HEADING_WORDS = 6;

/** Whether the rule reads from this word: a boilerplate phrase's first word, a headline verb or About (its tokens carry NEWS_ENGLISH_HEAD). */
export function opensReleaseLayout(word: string): boolean {
  return BOILERPLATE.has(word) || HEADLINE_VERBS.has(word) || word === 'About';
}

/** English: blockers over release boilerplate and headline verbs, companies of "About" headings. */
export function releaseLayoutCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  // The tokens of the rule's words (news starts), past the end of the last phrase matched.
  let from = 0;
  for (const i of ctx.newsStarts) {
    if (i < from || !(words[i].news & NEWS_ENGLISH_HEAD)) continue;
    const t = tokens[i].text;
    const phrases = BOILERPLATE.get(t);
    if (phrases) {
      const e = matchPhrase(ctx, i, phrases);
      if (e > i) {
        out.push(candidate(i, e, 'blocker', 'rule', 3, 60));
        from = e;
        continue;
      }
    }
    // A verb of a headline in Title Case, inside a line (not its first word) and before a capitalized word or a number.
    if (HEADLINE_VERBS.has(t) && i > 0 && i + 1 < n && !tokens[i].lineStart && !tokens[i + 1].lineStart && flags[i - 1] & CAPITALIZED && (flags[i + 1] & CAPITALIZED || /^[\d$€£¥]/.test(tokens[i + 1].text))) {
      out.push(candidate(i, i + 1, 'blocker', 'rule', 3, 60));
      continue;
    }
    if (t === 'About' && tokens[i].lineStart) aboutHeading(ctx, i, out);
  }
}

/** The end of the first phrase of `phrases` written from token i, or i. */
function matchPhrase(ctx: Context, i: number, phrases: string[][]): number {
  const { tokens } = ctx;
  for (const words of phrases) {
    if (i + words.length > tokens.length) continue;
    let k = 1;
    while (k < words.length && tokens[i + k].text === words[k] && !tokens[i + k].lineStart) k++;
    if (k === words.length) return i + k;
  }
  return i;
}

/** "About Quillon Systems" alone on its line: the company the release is about. */
function aboutHeading(ctx: Context, i: number, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let e = i + 1;
  while (e < n && e - i <= MAX_HEADING_WORDS && !tokens[e].lineStart && flags[e] & NAME_WORD && flags[e] & CAPITALIZED) e++;
  // The heading is the whole line (its last word may carry a full stop: About Quillon Systems Inc.).
  if (e < n && tokens[e].text === '.' && !tokens[e].spaceBefore) e++;
  if (e === i + 1 || (e < n && !tokens[e].lineStart)) return;
  let last = e;
  if (tokens[last - 1].text === '.') last--;
  let lower = false;
  for (let k = i + 1; k < last; k++) if (flags[k] & HAS_LOWER) lower = true;
  if (!lower) return;
  // The heading word is no part of the name (a suffix rule read About Quillon Systems whole).
  out.push(candidate(i, i + 1, 'blocker', 'rule', 3, 60));
  out.push(candidate(i + 1, last, 'company', 'rule', 2, 70, { name: companyName(ctx, i + 1, last) }));
}
