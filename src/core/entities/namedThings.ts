// French names of things that are no person, place nor body, read after their common noun: an
// event named after a place or a body (le championnat de France, les Jeux de Londres, la coupe de la
// Ligue, le festival d'Avignon, le Rallye Dakar), a named storm (l'ouragan Matthew, la tempête
// tropicale Dumazile), an affair (l'affaire Fillon), a spacecraft, an instrument or a ship (la sonde
// Juno, le télescope spatial James Webb, le porte-avions Amiral Kouznetsov). The Wikinews gold marks
// them as things of their own (MISC) nearly every time; the list read the place inside, the tagger
// the rest as a person or a company. A blocker over the noun and the name keeps every mention off
// them (named-things-fr.json).
import data from '../data/named-things-fr.json';
import { ALL_DIGITS, candidate, DIGIT_LED, FIRST_NAME, NAME_WORD, NEWS_FRENCH_RULE, nameRunEnd, nameRunStartBefore, type Candidate, type Context } from './candidates';
import { FRENCH_OF_WORDS } from './frenchWordForms';

/** Phrases as their words, by first word: Grand -> [[Grand, Prix]]. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
}

/** Whether the tokens from i on, on one line, are the words of a phrase, its first word already read at i. */
function wordsAt(ctx: Context, i: number, words: readonly string[]): boolean {
  const { tokens } = ctx;
  let k = 1;
  while (k < words.length && i + k < tokens.length && !tokens[i + k].lineStart && tokens[i + k].text === words[k]) k++;
  return k === words.length;
}

const EVENT_HEADS = byFirstWord(data.eventHeads);
const EVENT_WORDS = new Set(data.eventWords);
/** Competitions named like a body (Ligue des champions), by first word: their French names and the
 * English ones French text writes too (en Champions League). */
const EVENT_NAMES = byFirstWord([...data.eventNames.fr, ...data.eventNames.en]);
/** Words that end an award ceremony's name (Tony Awards). */
const EVENT_TAILS = new Set(data.eventTails);
/** Capitalized words before an event's tail word, at most (British Academy Television Awards). */
const MAX_TAIL_NAME_WORDS = 4;
const THING_NOUNS = new Set(data.thingNouns);
const AFFAIR_NOUNS = new Set(data.affairNouns);
const DESCRIBING_WORDS = new Set(data.describingWords);
const ARTICLES = new Set(['la', "l'", 'l’']);
export const OPENING_QUOTES = new Set(['«', '"', '“']);
/** Heads a name follows with no de (le Rallye Dakar, la coupe CECAFA). */
const HEADS_BEFORE_NAME = new Set(['Rallye', 'rallye', 'coupe', 'Coupe']);
/** Tier 3: the list's place inside (France of championnat de France) and the tagger's longer span (L'affaire Vincent Lambert) yield. */
const TIER = 3;
const SCORE = 70;
/** Words an event's name may run over after its head (championnat de France de handball 2016: up to France). */
const MAX_EVENT_TOKENS = 10;

/** Whether a word may open a named thing: an event's head or a thing's noun. */
export function opensNamedThing(word: string): boolean {
  return EVENT_HEADS.has(word) || EVENT_NAMES.has(word) || EVENT_TAILS.has(word) || THING_NOUNS.has(word) || AFFAIR_NOUNS.has(word);
}

/** The end of an event's name after its head ending before token k (the last name after de), or -1. */
function eventNameEnd(ctx: Context, k: number, head: string): number {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const limit = Math.min(n, k + MAX_EVENT_TOKENS);
  let end = -1;
  if (HEADS_BEFORE_NAME.has(head) && k < n && !tokens[k].lineStart && flags[k] & NAME_WORD) {
    end = nameRunEnd(ctx, k, 3, false);
    k = end;
  }
  while (k < limit && !tokens[k].lineStart) {
    const text = tokens[k].text;
    if (FRENCH_OF_WORDS.has(text)) {
      let j = k + 1;
      if (j < n && ARTICLES.has(tokens[j].text)) j++;
      if (j >= n || tokens[j].lineStart) break;
      if (flags[j] & NAME_WORD) {
        const run = nameRunEnd(ctx, j, 4, false);
        // A person after de is whose event it is (les Jeux olympiques du Français Vincent Luis).
        for (let w = j; w < run; w++) if (flags[w] & FIRST_NAME) return end;
        end = k = run;
        continue;
      }
      // A word of the event's kind after de (Rencontres de physique de la Thuile).
      if (!EVENT_WORDS.has(tokens[j].text)) break;
      k = j + 1;
      continue;
    }
    // A describing word or a year between (Jeux olympiques de Londres, festival du Film francophone d'Angoulême).
    if (EVENT_WORDS.has(text) || (flags[k] & (ALL_DIGITS | DIGIT_LED) && end >= 0)) {
      k++;
      continue;
    }
    break;
  }
  return end;
}

export function namedThingBlockers(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let named: Array<[number, number]> | undefined;
  // Only the words that may open one (NEWS_FRENCH_RULE, computed once per word) are visited.
  for (const i of ctx.newsStarts) {
    if (i + 1 >= n || !(ctx.words[i].news & NEWS_FRENCH_RULE)) continue;
    const text = tokens[i].text;
    const names = EVENT_NAMES.get(text);
    if (names !== undefined) {
      // The longest listed name written here, words as listed.
      let best = 0;
      for (const words of names) if (words.length > best && wordsAt(ctx, i, words)) best = words.length;
      if (best > 0) {
        out.push(candidate(i, i + best, 'blocker', 'rule', TIER, SCORE));
        continue;
      }
    }
    if (EVENT_TAILS.has(text)) {
      const start = nameRunStartBefore(ctx, i, MAX_TAIL_NAME_WORDS, false);
      if (start < i && !tokens[i].lineStart) out.push(candidate(start, i + 1, 'blocker', 'rule', TIER, SCORE));
      continue;
    }
    const heads = EVENT_HEADS.get(text);
    if (heads !== undefined) {
      for (const words of heads) {
        if (!wordsAt(ctx, i, words)) continue;
        const end = eventNameEnd(ctx, i + words.length, text);
        if (end > i + words.length) out.push(candidate(i, end, 'blocker', 'rule', TIER, SCORE));
        break;
      }
      continue;
    }
    const affair = AFFAIR_NOUNS.has(text);
    if (!affair && !THING_NOUNS.has(text)) continue;
    let j = i + 1;
    // Up to two describing words (le télescope spatial James Webb, la tempête tropicale Dumazile).
    for (let d = 0; d < 2 && j < n && !tokens[j].lineStart && DESCRIBING_WORDS.has(tokens[j].text); d++) j++;
    if (j < n && OPENING_QUOTES.has(tokens[j].text)) j++;
    if (j >= n || tokens[j].lineStart || !(flags[j] & NAME_WORD)) continue;
    const end = nameRunEnd(ctx, j, 4, false);
    out.push(candidate(i, end, 'blocker', 'rule', TIER, SCORE));
    if (!affair) (named ??= []).push([j, end]);
  }
  if (named !== undefined) blockRepeats(ctx, out, named);
}

/** The storms' and craft's names written again without their noun (la sonde Juno ... Juno a atteint): blockers too. */
function blockRepeats(ctx: Context, out: Candidate[], named: Array<[number, number]>): void {
  const { tokens, words } = ctx;
  // Only in a text that names such a thing: one pass comparing word entries (no text read).
  for (const [ts, te] of named) {
    const first = words[ts];
    for (let k = 0; k + (te - ts) <= tokens.length; k++) {
      if (words[k] !== first || (k >= ts && k < te)) continue;
      let m = 1;
      while (m < te - ts && words[k + m] === words[ts + m]) m++;
      if (m === te - ts) out.push(candidate(k, k + m, 'blocker', 'rule', TIER, SCORE));
    }
  }
}
