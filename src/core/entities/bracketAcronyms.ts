// A body's name written out before its acronym in brackets, or after it: "l'inspection générale de
// la police nationale (IGPN)", "l'Office central de lutte contre la corruption et les infractions
// financières et fiscales (OCLCIFF)", "le SNR (service national de renseignement)". The initials
// of the name's words spell the acronym, the small words (de, la, et, of) free to count or not: the
// whole run is one organization, however long or lower-case, and so is the acronym. A list's name
// of the same span keeps its entity (it scores higher); a longer run wins over a list's shorter
// name inside it (l'Union africaine in Mission de l'Union africaine en Somalie). French text only.
import data from '../data/bracket-acronyms.json';
import cues from '../data/entity-cues.json';
import { candidate, FIRST_NAME, FUNCTION_WORD, LOWER_LED, NOT_NAMES, OPEN_PAREN, ruleStartsWith, type Candidate, type Context } from './candidates';
import { isEconomicAcronym } from './economicAcronyms';
import { FRENCH_OF_WORDS } from './frenchWordForms';

/** An acronym as written in news: capitals, then capitals, digits or & (CNDD-FDD, A4E, H&M are one or more tokens). */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}(?:-[A-Z0-9]{1,6})?$/;
/** A written-out name spans at most this many tokens. */
const MAX_NAME_TOKENS = 20;
const APOSTROPHES = new Set(["'", '’']);
const SCORE = 64;
/** The form of a state opening a name makes it a place (République arabe sahraouie démocratique (RASD)). */
const STATE_HEADS = new Set(data.stateHeads);
/** A name written in lower case opens with a body's head (inspection générale..., parquet national...):
 * other lower-case runs spell things (véhicules blindés à roues (VBRG), vélo tout terrain (VTT)). */
const LOWER_BODY_HEADS = new Set(cues.frenchBodyHeads.map((w) => w.toLowerCase()));

/** The run opening at s may be a body's name: capitalized and no state's form, or opening with a body's head. */
function bodyLike(ctx: Context, s: number): boolean {
  const first = ctx.tokens[s].text;
  return ctx.flags[s] & LOWER_LED ? LOWER_BODY_HEADS.has(first) : !STATE_HEADS.has(first);
}

/** An acronym of a thing, no body: le produit intérieur brut (PIB), l'équivalent temps plein (ETP). */
function namesNoBody(ctx: Context, acronym: string): boolean {
  return NOT_NAMES.has(acronym) || isEconomicAcronym(acronym, ctx.lang);
}

/** The letters of an acronym that its name's words must give, in order (CNDD-FDD: CNDDFDD). */
function acronymLetters(text: string): string {
  return text.replace(/[^A-Z]/g, '');
}

/** The letter a word gives to an acronym: its first, capitalized, without its accent (école → E, Établissement → E). */
function initialOf(word: string): string {
  return word.charAt(0).normalize('NFD').charAt(0).toUpperCase();
}

/** Units of a word for the initials: its hyphen parts (démocratie-Forces: démocratie, Forces). */
interface Unit {
  initial: string;
  /** A content word's first part must give a letter; small words and later hyphen parts may. */
  required: boolean;
}

/** The units of tokens [ts, te), or undefined where a token cannot be inside a name (a number, a comma). */
function unitsOf(ctx: Context, ts: number, te: number): Unit[][] | undefined {
  const { tokens, flags } = ctx;
  const units: Unit[][] = [];
  for (let k = ts; k < te; k++) {
    const text = tokens[k].text;
    if (APOSTROPHES.has(text)) {
      units.push([]);
      continue;
    }
    if (!/^\p{L}/u.test(text) || (k > ts && tokens[k].lineStart)) return undefined;
    const small = (flags[k] & FUNCTION_WORD) !== 0;
    units.push(text.split('-').filter((p) => p !== '').map((p, n) => ({ initial: initialOf(p), required: n === 0 && !small })));
  }
  return units;
}

/** Whether the units of words w.. (each word's units in order) give exactly the letters from a. */
function spells(words: Unit[][], letters: string): boolean {
  // Flatten, then a small search over (unit, letter): units are few (under 40), letters under 10.
  const units = words.flat();
  const memo = new Map<number, boolean>();
  const go = (u: number, a: number): boolean => {
    if (u === units.length) return a === letters.length;
    const key = u * 16 + a;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const unit = units[u];
    let ok = a < letters.length && unit.initial === letters[a] && go(u + 1, a + 1);
    if (!ok && !unit.required) ok = go(u + 1, a);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** The start of the shortest run of words ending at token end (excluded) that spells the letters, or -1. */
function nameStartBefore(ctx: Context, end: number, letters: string): number {
  const { flags } = ctx;
  // The name ends on a content word (not "de la (X)").
  if (end < 1 || flags[end - 1] & FUNCTION_WORD) return -1;
  for (let s = end - 1; s >= Math.max(0, end - MAX_NAME_TOKENS); s--) {
    if (s < end - 1 && ctx.tokens[s + 1].lineStart) return -1;
    const first = ctx.tokens[s].text;
    if (flags[s] & FUNCTION_WORD || APOSTROPHES.has(first) || initialOf(first) !== letters[0]) {
      if (!/^\p{L}|^['’]$/u.test(first)) return -1;
      continue;
    }
    const units = unitsOf(ctx, s, end);
    if (units === undefined) return -1;
    if (spells(units, letters)) return s;
  }
  return -1;
}

/** The small words that may follow a lower-case body's head: its complement (agence de renseignement). */
/** A lower-case name before an acronym it does not spell reads back this many tokens at most. */
const MAX_LOWER_NAME_TOKENS = 10;

/**
 * The start of a lower-case body's name ending at token end (excluded) whose initials need not spell
 * its acronym (an English or foreign one: l'agence spatiale européenne (ESA), l'institut géologique
 * américain (USGS)): the nearest body's head (agence, institut, assemblée...) with at least one word
 * after it, across lower-case words only; -1 where a capital, a number or a mark comes first.
 */
function lowerBodyStartBefore(ctx: Context, end: number): number {
  const { tokens, flags } = ctx;
  if (end < 2 || flags[end - 1] & FUNCTION_WORD) return -1;
  for (let s = end - 1; s >= Math.max(0, end - MAX_LOWER_NAME_TOKENS); s--) {
    if (tokens[s + 1].lineStart && s + 1 < end) return -1;
    if (APOSTROPHES.has(tokens[s].text)) continue;
    if (!(flags[s] & LOWER_LED)) return -1;
    // The head is followed by its complement or an adjective, not by another small word (le parti au pouvoir (CNDD-FDD) describes).
    if (s < end - 1 && !(flags[s] & FUNCTION_WORD) && LOWER_BODY_HEADS.has(tokens[s].text)) return flags[s + 1] & FUNCTION_WORD && !FRENCH_OF_WORDS.has(tokens[s + 1].text) ? -1 : s;
  }
  return -1;
}

export function bracketAcronymCandidates(ctx: Context, out: Candidate[]): void {
  // French: English acronyms in brackets are as often things (Computer Aided Design (CAD)); acronymBodies.ts reads English bodies.
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  for (const i of ruleStartsWith(ctx, OPEN_PAREN)) {
    if (i + 2 >= n) continue;
    // The name, then its acronym in brackets: X (ACR) or X (ACR, pour son sigle en anglais).
    const acronym = tokens[i + 1].text;
    const closes = tokens[i + 2].text === ')' || tokens[i + 2].text === ',';
    if (closes && ACRONYM.test(acronym) && !tokens[i + 1].lineStart) {
      if (namesNoBody(ctx, acronym)) continue;
      const letters = acronymLetters(acronym);
      const spelt = letters.length >= 2 ? nameStartBefore(ctx, i, letters) : -1;
      const s = spelt >= 0 ? spelt : lowerBodyStartBefore(ctx, i);
      // A given name opening the run is a person's initials (Emmanuel Macron (EM)).
      if (s >= 0 && i - s >= 2 && !(ctx.flags[s] & FIRST_NAME) && bodyLike(ctx, s)) {
        // The acronym of an event the other rules read as no name is none either (British Academy Television Awards (BATA)).
        if (out.some((c) => c.type === 'blocker' && c.ts <= s && c.te >= i)) {
          out.push(candidate(i + 1, i + 2, 'blocker', 'rule', 2, SCORE));
          continue;
        }
        out.push(candidate(s, i, 'organization', 'rule', 2, SCORE));
        out.push(candidate(i + 1, i + 2, 'organization', 'rule', 2, SCORE));
      }
      continue;
    }
    // The acronym, then its name in brackets: SNR (service national de renseignement).
    if (i < 1 || !ACRONYM.test(tokens[i - 1].text) || namesNoBody(ctx, tokens[i - 1].text)) continue;
    let close = i + 1;
    while (close < n && close - i <= MAX_NAME_TOKENS && tokens[close].text !== ')' && !tokens[close].lineStart) close++;
    if (close >= n || tokens[close].text !== ')' || close - i < 3) continue;
    const letters = acronymLetters(tokens[i - 1].text);
    const units = letters.length >= 2 ? unitsOf(ctx, i + 1, close) : undefined;
    if (units === undefined || ctx.flags[i + 1] & FUNCTION_WORD || !bodyLike(ctx, i + 1) || ctx.flags[close - 1] & FUNCTION_WORD || !spells(units, letters)) continue;
    out.push(candidate(i - 1, i, 'organization', 'rule', 2, SCORE));
    out.push(candidate(i + 1, close, 'organization', 'rule', 2, SCORE));
  }
}
