// French road codes (l'A7, la D70, la RN 106, la N54, la E16, la D 905bis): a place, the code alone
// (l'autoroute A7 → A7), as the Wikinews gold marks them (351 of the training split's codes, the head
// word out 11 times of 13). The tagger read some as nothing and cut others (RN). A code is one only
// after an article, a road's common noun, or in a list of codes (A61, A62 et A63): a capital A opening
// a sentence is À (A 10 heures), an aircraft has three digits (l'A380), a league one (la D1).
// After an article alone a code may name a business or a model (la N26 a levé 100 millions, l'A6
// d'Audi): a business's verb or a listed company after it decides, for every writing of the code
// after an article in the text; a road's noun before it (l'autoroute A6) keeps it a road.
import cues from '../data/entity-cues.json';
import { candidate, listedToken, NEWS_FRENCH_RULE, type Candidate, type Context } from './candidates';
import { FRENCH_OF_WORDS } from './frenchWordForms';
import type { EntityType } from '../types';

const data = cues.frenchRoadCodes;
/** Digits allowed after each letter prefix, [fewest, most]. */
const PREFIX_DIGITS = new Map<string, readonly number[]>(Object.entries(data.prefixDigits));
const WORDS_BEFORE = new Set(data.wordsBefore);
const ARTICLES = new Set(data.articles);
const BUSINESS_VERBS = new Set(data.businessVerbs);
const AUXILIARIES = new Set(data.auxiliaries);
/** Auxiliaries read before a business's verb, at most (a levé: 1, vient de lever: 2). */
const MAX_AUXILIARIES = 2;
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
  // The codes after an article alone, [start, end) pairs, and the codes read there as a business or a model.
  let afterArticle: number[] | undefined;
  let notRoads: Map<string, EntityType> | undefined;
  // Only the words that may open a code (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i < 1 || tokens[i].lineStart || !(ctx.words[i].news & NEWS_FRENCH_RULE) || !opensRoadCode(tokens[i].text)) continue;
    const end = codeEnd(ctx, i);
    if (end < 0) continue;
    const before = ctx.words[i - 1].lowerKey;
    const listed = lastEnd >= 0 && LIST_JOINERS.has(before) && (lastEnd === i - 1 || listedAfterAside(ctx, lastEnd, i - 1));
    if (!WORDS_BEFORE.has(before) && !listed) continue;
    lastEnd = end;
    if (!listed && ARTICLES.has(before)) {
      (afterArticle ??= []).push(i, end);
      const type = businessAfter(ctx, end);
      if (type !== undefined) (notRoads ??= new Map()).set(codeText(ctx, i, end), type);
      continue;
    }
    out.push(candidate(i, end, 'place', 'rule', 2, SCORE));
  }
  if (afterArticle === undefined) return;
  for (let k = 0; k < afterArticle.length; k += 2) {
    const i = afterArticle[k];
    const end = afterArticle[k + 1];
    out.push(candidate(i, end, notRoads?.get(codeText(ctx, i, end)) ?? 'place', 'rule', 2, SCORE));
  }
}

/** The code's text, its letters and number joined (RN 106 is RN106). */
function codeText(ctx: Context, i: number, end: number): string {
  return end === i + 2 ? ctx.tokens[i].text + ctx.tokens[i + 1].text : ctx.tokens[i].text;
}

/** What a code followed by token `end` names when it is no road: a company before a business's verb
 * (a levé, vient de racheter... after auxiliaries), a product before de and a listed company (d'Audi). */
function businessAfter(ctx: Context, end: number): EntityType | undefined {
  const { tokens, words } = ctx;
  const n = tokens.length;
  if (end + 1 < n && FRENCH_OF_WORDS.has(words[end].lowerKey) && !tokens[end + 1].lineStart && listedToken(ctx, end + 1)?.type === 'company') return 'product';
  let j = end;
  for (let a = 0; a < MAX_AUXILIARIES && j < n && AUXILIARIES.has(words[j].lowerKey); a++) j++;
  return j < n && !tokens[j].lineStart && BUSINESS_VERBS.has(words[j].lowerKey) ? 'company' : undefined;
}

/** Whether tokens [from, joiner) are one aside in brackets right after a code (A62 (Valence d'Agen), A63). */
function listedAfterAside(ctx: Context, from: number, joiner: number): boolean {
  const { tokens } = ctx;
  if (tokens[from].text !== '(' || tokens[joiner - 1].text !== ')') return false;
  for (let k = from + 1; k < joiner - 1; k++) if (tokens[k].text === '(' || tokens[k].text === ')' || tokens[k].lineStart) return false;
  return joiner - from <= 12;
}
