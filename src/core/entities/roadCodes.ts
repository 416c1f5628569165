// French road codes (l'A7, la D70, la RN 106, la N54, la E16, la D 905bis): a place, the code alone
// (l'autoroute A7 → A7), as the Wikinews gold marks them (351 of the training split's codes, the head
// word out 11 times of 13). The tagger read some as nothing and cut others (RN). A code is one only
// after an article, a road's common noun, or in a list of codes (A61, A62 et A63): a capital A opening
// a sentence is À (A 10 heures), an aircraft has three digits (l'A380), a league one (la D1).
import cues from '../data/entity-cues.json';
import { candidate, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';

const data = cues.frenchRoadCodes;
/** Digits allowed after each letter prefix, [fewest, most]. */
const PREFIX_DIGITS = new Map<string, readonly number[]>(Object.entries(data.prefixDigits));
const WORDS_BEFORE = new Set(data.wordsBefore);
const LIST_JOINERS = new Set([',', 'et', 'ou', '-']);
const CODE = /^(\p{Lu}{1,2})(\d{1,4})(?:[a-z]{1,3}|[A-Z])?$/u;
const NUMBER = /^(\d{1,4})(?:[a-z]{1,3}|[A-Z])?$/u;
const SCORE = 70;

/** Whether the prefix and the digits make a road's code. */
function fits(prefix: string, digits: string): boolean {
  const range = PREFIX_DIGITS.get(prefix);
  return range !== undefined && digits.length >= range[0] && digits.length <= range[1];
}

/** Whether a word opens a road's code: a code written whole (A27, D42d) or its letters alone (RN, D). */
export function opensRoadCode(word: string): boolean {
  if (PREFIX_DIGITS.has(word)) return true;
  const m = CODE.exec(word);
  return m !== null && fits(m[1], m[2]);
}

/** The end of the code opening at token i (one token, or the letters and the number), or -1. */
function codeEnd(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const text = tokens[i].text;
  if (!PREFIX_DIGITS.has(text)) {
    const m = CODE.exec(text);
    return m !== null && fits(m[1], m[2]) ? i + 1 : -1;
  }
  if (i + 1 >= tokens.length || tokens[i + 1].lineStart || !tokens[i + 1].spaceBefore) return -1;
  const m = NUMBER.exec(tokens[i + 1].text);
  return m !== null && fits(text, m[1]) ? i + 2 : -1;
}

export function roadCodeCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens } = ctx;
  // The end of the last code read: a list goes on from it.
  let lastEnd = -1;
  // Only the words that may open a code (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i < 1 || tokens[i].lineStart || !(ctx.words[i].news & NEWS_FRENCH_RULE) || !opensRoadCode(tokens[i].text)) continue;
    const end = codeEnd(ctx, i);
    if (end < 0) continue;
    const before = ctx.words[i - 1].lowerKey;
    const listed = lastEnd >= 0 && LIST_JOINERS.has(before) && (lastEnd === i - 1 || listedAfterAside(ctx, lastEnd, i - 1));
    if (!WORDS_BEFORE.has(before) && !listed) continue;
    out.push(candidate(i, end, 'place', 'rule', 2, SCORE));
    lastEnd = end;
  }
}

/** Whether tokens [from, joiner) are one aside in brackets right after a code (A62 (Valence d'Agen), A63). */
function listedAfterAside(ctx: Context, from: number, joiner: number): boolean {
  const { tokens } = ctx;
  if (tokens[from].text !== '(' || tokens[joiner - 1].text !== ')') return false;
  for (let k = from + 1; k < joiner - 1; k++) if (tokens[k].text === '(' || tokens[k].text === ')' || tokens[k].lineStart) return false;
  return joiner - from <= 12;
}
