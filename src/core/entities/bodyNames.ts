// English news names public bodies without the "of" complement that bodyOfCandidates reads:
// "Australia's Foreign Investment Review Board", "India's Supreme Court", "the Federal Aviation
// Administration", and unions by a lower-case word after their name ("the IG Metall union", "the
// Verdi union"). The tagger reads the capitalized words as a person's (Review Board) or keeps only
// the head (Court). The words are data (bodyNames in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, ENGLISH_OPENER, FIRST_NAME, HAS_LOWER, LOWER_LED, NAME_WORD, nameRunStartBefore, NEWS_ENGLISH_HEAD, ROLE_TITLE, SENTENCE_START, type Candidate, type Context } from './candidates';

const TAIL_HEADS = new Set(cues.bodyNames.bodyTailHeads);
/** Heads of bodies named with their seat after "in" (the U.S. District Court in Manhattan). */
const SEAT_HEADS = new Set(cues.bodyNames.seatHeads);
const CUES_AFTER = new Set(cues.bodyNames.bodyCuesAfter.filter((c) => !c.includes(' ')));
const CUE_PAIRS = new Set(cues.bodyNames.bodyCuesAfter.filter((c) => c.includes(' ')));
/** A body's name is at most this many words before its head. */
const MAX_WORDS_BEFORE = 4;

/** The first words of the cue pairs (trade union). */
const CUE_PAIR_FIRSTS = new Set([...CUE_PAIRS].map((c) => c.slice(0, c.indexOf(' '))));

/** Whether the rule reads from this word: a body's head or a cue after a name, or a cue pair's first word (its tokens carry NEWS_ENGLISH_HEAD). */
export function isBodyNameWord(word: string): boolean {
  return TAIL_HEADS.has(word) || CUES_AFTER.has(word) || CUE_PAIR_FIRSTS.has(word);
}

/** Tokens a gazetteer hit holds (a listed body keeps its own span and id). */
function listedTokens(n: number, out: Candidate[]): Uint8Array {
  const held = new Uint8Array(n);
  for (const c of out) if (c.source === 'gazetteer' || c.type === 'blocker') held.fill(1, c.ts, c.te);
  return held;
}

/** English: capitalized words ending in a body's head, and a name before "union", are organizations. */
export function bodyNameCandidatesEn(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let listed: Uint8Array | undefined;
  for (const i of ctx.newsStarts) {
    if (i < 1 || !(words[i].news & NEWS_ENGLISH_HEAD) || tokens[i].lineStart || !(flags[i - 1] & NAME_WORD) || !(flags[i - 1] & HAS_LOWER)) continue;
    const t = tokens[i].text;
    const head = TAIL_HEADS.has(t);
    const cueWords = head ? 0 : CUES_AFTER.has(t) ? 1 : i + 1 < n && CUE_PAIRS.has(`${t} ${tokens[i + 1].text}`) ? 2 : 0;
    if (!head && cueWords === 0) continue;
    // With "of", "for" or "on" and a name after it the body is bodyOfCandidates' (Board of Governors); not
    // before a date or a common word (the Delhi High Court on Tuesday).
    if (head && i + 2 < n && !tokens[i + 1].lineStart && (words[i + 1].key === 'of' || words[i + 1].key === 'for' || words[i + 1].key === 'on') && complementFollows(ctx, i + 2)) continue;
    // A job title after the head makes it a person's title (Supreme Court Justice Elena Kagan): the title rules read it.
    if (head && i + 1 < n && flags[i + 1] & ROLE_TITLE) continue;
    const s = nameRunStartBefore(ctx, i, MAX_WORDS_BEFORE, false);
    // A first name and a head alone is a person's name (Tom Board); with more words it is a body's (Max Planck Institute).
    if (s >= i || flags[s] & (ROLE_TITLE | LOWER_LED) || (s === i - 1 && flags[s] & FIRST_NAME)) continue;
    // One word opening the sentence may be an opener (Former Board, Its Council).
    if (s === i - 1 && flags[s] & SENTENCE_START && flags[s] & ENGLISH_OPENER) continue;
    // A union is named with its article (the powerful IG Metall union, Germany's Verdi union); without
    // one the word is a sport's or a common noun's (Rugby union expert).
    if (!head && !articleBefore(ctx, s)) continue;
    listed ??= listedTokens(n, out);
    const end = head ? i + 1 : i;
    const seatEnd = head && SEAT_HEADS.has(t) ? seatEndAfter(ctx, i + 1, out) : -1;
    let free = true;
    for (let k = s; k < end && free; k++) if (listed[k]) free = false;
    // A listed place opening the run belongs to the name (Canada Pension Plan Investment Board); a listed
    // name further in is another mention (the rules for lists read it).
    if (!free && out.some((c) => c.source === 'gazetteer' && c.ts === s && c.type === 'place' && c.te < i)) {
      free = true;
      for (let k = s + 1; k < end && free; k++) if (listed[k]) free = false;
    }
    if (!free) {
      let k = s;
      while (k < end && listed[k]) k++;
      for (let j = k; j < end && free; j++) if (listed[j]) free = false;
      if (!free || k >= (head ? i : end)) continue;
      out.push(candidate(k, seatEnd > 0 ? seatEnd : end, 'organization', 'rule', 2, 63));
      continue;
    }
    out.push(candidate(s, seatEnd > 0 ? seatEnd : end, 'organization', 'rule', 2, 63));
  }
}

/** Whether the words from token k are a complement bodyOfCandidates reads: a name, after "the" or not. */
function complementFollows(ctx: Context, k: number): boolean {
  const { tokens, words, flags } = ctx;
  if (words[k].key === 'the' && k + 1 < tokens.length && !tokens[k + 1].lineStart) k++;
  return (flags[k] & NAME_WORD) !== 0 && !(flags[k] & (FIRST_NAME | ROLE_TITLE));
}

/** The end of the seat after a court's head (the U.S. District Court in Brooklyn): "in" at token k and a
 * listed place right after it, or -1. */
function seatEndAfter(ctx: Context, k: number, out: Candidate[]): number {
  const { tokens, words } = ctx;
  if (k + 1 >= tokens.length || words[k].key !== 'in' || tokens[k + 1].lineStart) return -1;
  let end = -1;
  for (const c of out) if (c.ts === k + 1 && c.source === 'gazetteer' && c.type === 'place') end = Math.max(end, c.te);
  return end;
}

/** Whether "the", "its", "their" or a possessive stands before token s, an adjective in lower case between. */
function articleBefore(ctx: Context, s: number): boolean {
  const { tokens, words, flags } = ctx;
  let k = s - 1;
  if (k > 0 && flags[k] & LOWER_LED && !tokens[s].lineStart && words[k].key !== 'the' && words[k].key !== 's') k--;
  if (k < 0) return false;
  const w = words[k].lowerKey;
  return w === 'the' || w === 'its' || w === 'their' || (w === 's' && k > 0 && (tokens[k - 1].text === "'" || tokens[k - 1].text === '’'));
}
