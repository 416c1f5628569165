// English names a state by its form and a place (the Republic of Ireland, the Democratic Republic of
// Congo, the Kingdom of Saudi Arabia) and public institutions by their head and that state (the
// Central Bank of Nigeria, the Central Bank of the Republic of Turkey, the Stock Exchange of
// Thailand). The lists know the place alone, so the name fell apart into a stray "Republic" or
// "Central Bank" and the place. A state's form before of and a listed place is one place; a
// capitalized run ending in an institution's head before of and such a place is one organization.
// The words are data (stateNames in entity-cues.json).
import cues from '../data/entity-cues.json';
import { candidate, companyName, HAS_LOWER, NAME_WORD, NEWS_ENGLISH_HEAD, SENTENCE_START, type Candidate, type Context } from './candidates';

const STATE_HEADS = new Set(cues.stateNames.heads);
const STATE_ADJECTIVES = new Set(cues.stateNames.adjectives);
const INSTITUTION_HEADS = new Set(cues.stateNames.institutionHeads);
const PUBLIC_BANK_WORDS = new Set(cues.stateNames.publicBankWords);
/** Capitalized words an institution's name holds before its head (Export-Import Bank, Central Reserve Bank). */
const MAX_WORDS_BEFORE_HEAD = 3;

/** Whether the rule reads from this word: a state's or an institution's head (its tokens carry NEWS_ENGLISH_HEAD). */
export function isStateNameHead(word: string): boolean {
  return STATE_HEADS.has(word) || INSTITUTION_HEADS.has(word);
}

/** The token after "of" (and "the") at k, or -1 when token k is no "of" on the same line. */
function complementStart(ctx: Context, k: number): number {
  const { tokens, words } = ctx;
  const n = tokens.length;
  if (k + 1 >= n || words[k].key !== 'of' || tokens[k + 1].lineStart) return -1;
  if (words[k + 1].lowerKey === 'the' && k + 2 < n && !tokens[k + 2].lineStart) return k + 2;
  return k + 1;
}

/** Where the word ending at token k starts when it is one of `set` ("People's" is three tokens), or -1. */
function wordOfSetEndingAt(ctx: Context, k: number, set: Set<string>): number {
  const { tokens } = ctx;
  if (k < 0) return -1;
  if (set.has(tokens[k].text)) return k;
  const t = tokens[k].text;
  if (t === 's' && k >= 2 && (tokens[k - 1].text === "'" || tokens[k - 1].text === '’') && !tokens[k - 1].spaceBefore && set.has(`${tokens[k - 2].text}'s`)) return k - 2;
  return -1;
}

/** English: states by their form and a place, institutions of such a place (see the file's head). */
export function stateNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, words, flags } = ctx;
  const n = tokens.length;
  let placeEnd: Int32Array | undefined;
  // Read from the heads (few: their tokens are news starts) to the listed place after "of".
  for (const i of ctx.newsStarts) {
    if (i + 2 >= n || !(words[i].news & NEWS_ENGLISH_HEAD)) continue;
    const head = tokens[i].text;
    const state = STATE_HEADS.has(head);
    if (!state && !INSTITUTION_HEADS.has(head)) continue;
    const c = complementStart(ctx, i + 1);
    if (c < 0) continue;
    if (placeEnd === undefined) {
      // The end of the longest listed place opening at each token (0: none).
      placeEnd = new Int32Array(n);
      for (const p of out) if (p.source === 'gazetteer' && p.type === 'place' && p.te > placeEnd[p.ts]) placeEnd[p.ts] = p.te;
    }
    if (state) {
      if (!placeEnd[c]) continue;
      let s = i;
      for (let w = wordOfSetEndingAt(ctx, s - 1, STATE_ADJECTIVES); w >= 0 && !tokens[s].lineStart; w = wordOfSetEndingAt(ctx, s - 1, STATE_ADJECTIVES)) s = w;
      // A list that knows the whole name keeps it (People's Republic of China).
      if (!out.some((p) => p.source === 'gazetteer' && p.ts <= s && p.te >= placeEnd![c])) out.push(candidate(s, placeEnd[c], 'place', 'rule', 2, 82));
      continue;
    }
    // An institution: of a listed place, or of a state named by its form (read first: its head comes before).
    let e = placeEnd[c];
    if (!e) {
      let k = c;
      while (k < n && k < c + 2 && wordOfSetEndingAt(ctx, k, STATE_ADJECTIVES) === c) k++;
      for (let j = c; j <= k && j < n && !e; j++) if (STATE_HEADS.has(tokens[j].text)) e = stateAfter(ctx, j, placeEnd);
    }
    if (!e) continue;
    // The capitalized words before the head belong to the name (Central, Export-Import), not a sentence's first word alone.
    let s = i;
    while (s > 0 && s > i - MAX_WORDS_BEFORE_HEAD && !tokens[s].lineStart && flags[s - 1] & NAME_WORD && flags[s - 1] & HAS_LOWER && !(flags[s] & SENTENCE_START)) s--;
    const people = wordOfSetEndingAt(ctx, i - 1, PUBLIC_BANK_WORDS);
    if (people >= 0 && people < s) s = people;
    if (out.some((p) => p.source === 'gazetteer' && p.ts <= s && p.te >= e)) continue;
    let publicBody = head === 'Exchange';
    for (let k = s; k < i && !publicBody; k++) if (wordOfSetEndingAt(ctx, k, PUBLIC_BANK_WORDS) >= 0) publicBody = true;
    out.push(candidate(s, e, publicBody ? 'organization' : 'company', 'rule', 2, 82, publicBody ? undefined : { name: companyName(ctx, s, e) }));
  }
}

/** The end of a state named by its form at head j (Republic of Turkey), or 0. */
function stateAfter(ctx: Context, j: number, placeEnd: Int32Array): number {
  const c = complementStart(ctx, j + 1);
  return c >= 0 ? placeEnd[c] : 0;
}
