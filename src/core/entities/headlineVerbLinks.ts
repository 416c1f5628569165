// English wire headlines in Title Case put a verb right after the firm (Meridian Retail Files for
// Chapter 11, Nikkei Hits Record, Peso Falls). releaseLayout.ts ends a name at a headline verb
// followed by a capital or a number; this rule adds the verbs followed by a small word (Files for,
// Agrees to) and the verbs that are also words of names (Falls, Rises, Ends: Niagara Falls), which
// end a name only in a line written in Title Case. A blocker on the verb keeps the tagger's name
// from running over it, and the words before the verb that open a longer company name of the text
// (Meridian Retail over Meridian Retail Holdings LLC) are that company: the headline shortens it. The words
// are data (headlineVerbLinks and releaseLayout.headlineVerbs in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, nameRunStartBefore, FUNCTION_WORD, HAS_LOWER, LOWER_LED, NEWS_ENGLISH_WORD, WORDLIKE, type Candidate, type Context } from './candidates';

const HEADLINE_VERBS = new Set(cues.releaseLayout.headlineVerbs);
const TITLE_CASE_VERBS = new Set(cues.headlineVerbLinks.titleCaseVerbs);
const SMALL_WORDS = new Set(cues.headlineVerbLinks.smallWords);
/** A Title Case line has at least this many capitalized words. */
const MIN_TITLE_CASE_WORDS = 3;
/** A longer line is prose. */
const MAX_TITLE_CASE_TOKENS = 24;
const SCORE = 60;
/** The company read from a longer name of the text: as repeatedFullNames.ts, under the suffix rule's own reading. */
const SHORTENED_SCORE = 79;
/** A shortened name has at least two words (one word is the short-form pass's) and at most this many. */
const MAX_NAME_WORDS = 5;

/** A word this rule starts from: the word cache sets NEWS_ENGLISH_WORD from it. */
export function opensHeadlineVerbLink(word: string): boolean {
  return HEADLINE_VERBS.has(word) || TITLE_CASE_VERBS.has(word);
}

/** Whether the line of token i is written in Title Case: every word capitalized but the small ones, no full stop at its end. */
function inTitleCaseLine(ctx: Context, i: number): boolean {
  const { tokens, flags } = ctx;
  let s = i;
  while (s > 0 && !tokens[s].lineStart) s--;
  let e = i + 1;
  while (e < tokens.length && !tokens[e].lineStart) e++;
  if (e - s > MAX_TITLE_CASE_TOKENS || tokens[e - 1].text === '.') return false;
  let capitalized = 0;
  for (let k = s; k < e; k++) {
    const f = flags[k];
    if (!(f & WORDLIKE)) continue;
    if (f & LOWER_LED && !(f & FUNCTION_WORD) && tokens[k].spaceBefore) return false;
    if (f & CAPITALIZED && f & HAS_LOWER) capitalized++;
  }
  return capitalized >= MIN_TITLE_CASE_WORDS;
}

export function headlineVerbLinkCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  for (const i of ctx.newsStarts) {
    if (!(words[i].news & NEWS_ENGLISH_WORD) || i === 0 || tokens[i].lineStart || !(flags[i - 1] & CAPITALIZED)) continue;
    const t = tokens[i].text;
    const listed = HEADLINE_VERBS.has(t);
    if (!listed && !TITLE_CASE_VERBS.has(t)) continue;
    // A listed verb before a small word and a capital or a number (Files for Chapter 11, Agrees to Buy).
    const small = i + 2 < n && !tokens[i + 1].lineStart && !tokens[i + 2].lineStart && SMALL_WORDS.has(tokens[i + 1].text) && (flags[i + 2] & CAPITALIZED || /^[\d$€£¥]/.test(tokens[i + 2].text));
    const titleCase = !small && inTitleCaseLine(ctx, i);
    if ((listed && small) || (!listed && titleCase)) out.push(candidate(i, i + 1, 'blocker', 'rule', 3, SCORE));
    if (small || titleCase) shortenedCompany(ctx, i, out);
  }
}

/** The words before the headline verb at token i, when they open a longer company name a rule or a list read elsewhere in the text. */
function shortenedCompany(ctx: Context, i: number, out: Candidate[]): void {
  const { tokens } = ctx;
  const s = nameRunStartBefore(ctx, i, MAX_NAME_WORDS, false);
  const length = i - s;
  if (length < 2) return;
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const r = out[c];
    if (r.type !== 'company' || r.source === 'tagger' || r.te - r.ts <= length || r.ts === s) continue;
    let k = 0;
    while (k < length && tokens[r.ts + k].text === tokens[s + k].text) k++;
    if (k < length) continue;
    out.push(candidate(s, i, 'company', 'rule', 2, SHORTENED_SCORE, { entity: r.entity, name: r.name }));
    return;
  }
}
