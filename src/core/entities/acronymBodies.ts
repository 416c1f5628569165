// English: an acronym no list knows, of three to five capitals, standing alone in running text
// (ESPN, NHL, MTV, WTA) is most often a body: the tagger, which has seen few, leaves it out or
// reads a place or a person. Not the capitals of news that name no body (CEO, EBITDA, GMT, AAA:
// acronymBodies.notBodies in entity-cues.json), nor currency codes, nor a word of a longer name
// (BBC Radio, Sunderland AFC) or of a line in capitals; two capitals are too often a state, a
// title or a unit (NY, MP, GW). Any other rule's or list's reading of the word wins.
import cues from '../data/entity-cues.json';
import currencies from '../data/figures-currencies.json';
import { ALL_DIGITS, candidate, DIGIT_LED, NAME_WORD, ruleStartsWith, SYMBOL_LIKE, type Candidate, type Context } from './candidates';

const NOT_BODIES = new Set([...cues.acronymBodies.notBodies, ...currencies.codes, ...Object.keys(cues.usStateAbbreviations)]);
const TICKER_CUES = new Set(cues.tickerCues);
/** A ticker cue this many tokens before the acronym at most (symbol " VRDN, shares of X). */
const TICKER_CUE_REACH = 3;
const ACRONYM = /^[A-Z]{3,5}$/;
/** An acronym right after a number or a currency sign is a unit or a code (5 GW, $3 ETH). */
const NUMBER_BEFORE = /^(?:\d[\d.,]*|[$€£¥])$/;

/** Marks that may be glued before or after the acronym: brackets, quotes, punctuation, a possessive's apostrophe. */
const OPENING_MARKS = new Set(['(', '"', '“', "'", '‘', '[']);
const CLOSING_MARKS = new Set([')', '"', '”', "'", '’', ']', '.', ',', ';', ':', '!', '?']);

export function acronymBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words, capitalLines } = ctx;
  const n = tokens.length;
  // Tokens some list or rule reads already, gathered on the first acronym (most texts have few).
  let held: Uint8Array | undefined;
  // Three to five ASCII capitals are a possible ticker symbol too (SYMBOL_LIKE): only those are visited.
  for (const i of ruleStartsWith(ctx, SYMBOL_LIKE)) {
    const t = tokens[i];
    const length = t.end - t.start;
    if (length < 3 || length > 5 || t.lineStart || !(flags[i] & NAME_WORD) || !ACRONYM.test(t.text) || capitalLines?.[i] || words[i].gazetteer !== undefined) continue;
    // A word of a longer name or of a run of capitals (BBC Radio, Fox NFL, THE END), glued to another word (NHL-record), after a number or an ordinal (5 GW, 93d PVI: the unit's name is the tagger's) or before a number (FOX 7).
    const before = i > 0 ? tokens[i - 1] : undefined;
    const after = i + 1 < n ? tokens[i + 1] : undefined;
    if (before && (flags[i - 1] & (NAME_WORD | DIGIT_LED) || (!t.spaceBefore && !OPENING_MARKS.has(before.text)) || NUMBER_BEFORE.test(before.text))) continue;
    if (after && !after.lineStart && (flags[i + 1] & (NAME_WORD | ALL_DIGITS) || (!after.spaceBefore && !CLOSING_MARKS.has(after.text)))) continue;
    // A symbol after a ticker cue (under the symbol "VRDN", shares of ACME) is a ticker, no body.
    let cued = false;
    for (let k = Math.max(0, i - TICKER_CUE_REACH); k < i && !cued; k++) if (TICKER_CUES.has(words[k].lowerKey)) cued = true;
    if (cued) continue;
    if (held === undefined) {
      held = new Uint8Array(n);
      for (const c of out) held.fill(1, c.ts, c.te);
    }
    if (held[i]) continue;
    // Standing alone, a word of the list is no name at all: a blocker keeps the tagger from reading one (CAGR, NOK).
    if (NOT_BODIES.has(t.text)) out.push(candidate(i, i + 1, 'blocker', 'rule', 2, 60));
    else out.push(candidate(i, i + 1, 'organization', 'rule', 2, 60, { name: t.text }));
  }
}
