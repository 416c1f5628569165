// A French body named by a capitalized word and then a country: Business France, Patinage Canada,
// Environnement Canada, SOS Media Burundi. The list reads the country alone as a place,
// the tagger the word before as a name of its own; written together, in running text, the two are one
// organization (the Wikinews gold marks 35 of 44 so, the others events and foundations it calls MISC).
// Not after a listed name (Portugal France in a line of results; HP France, the firm and its country, which
// the facts read as the firm's), a listed given name (Marie France), a title, inside a longer name (Pierre
// Mendès France), a function word or at a sentence start, nor before more of a name (France Inter).
// English names a few such bodies by a listed head word (Bank Indonesia, Statistics Canada, Enterprise
// Singapore): that word alone before the country makes the body, also at a sentence's or a headline's start.
import cues from '../data/entity-cues.json';
import { COUNTRY_NAMES } from './gazetteer';
import { candidate, CALENDAR_WORD, FIRST_NAME, FUNCTION_WORD, NAME_WORD, NOT_NAME, ROLE_TITLE, SENTENCE_START, TITLE, type Candidate, type Context } from './candidates';

/** Capitalized words that before a country name a place, a title or an event (Port Sainte Lucie, Nord Syrie, Miss France). */
const NOT_BODY_WORDS = new Set([...cues.compoundPlaceParts, ...cues.countryTailBodies.notBodyWords]);
/** Capitalized words before the country, at most (SOS Media Burundi). */
const MAX_WORDS_BEFORE = 2;
const SCORE = 62;
const ENGLISH_HEADS = new Set(cues.countryTailBodies.englishHeads);

export function countryTailBodyCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang === 'en') return englishCountryTailBodies(ctx, out);
  if (ctx.lang !== 'fr') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const count = out.length;
  // Read here, not at load: candidates.ts imports this file, its bits are not yet set then.
  const notBodyFlags = FIRST_NAME | TITLE | ROLE_TITLE | FUNCTION_WORD | SENTENCE_START | NOT_NAME | CALENDAR_WORD;
  let listed: Uint8Array | undefined;
  // Only the list's countries are visited: few per text.
  for (let c = 0; c < count; c++) {
    const country = out[c];
    if (country.source !== 'gazetteer' || country.type !== 'place' || country.ts === 0 || !COUNTRY_NAMES.has(country.entity?.name ?? '')) continue;
    const { ts, te } = country;
    // More of a name after it (France Inter, Canada Goose) or glued to it (Nord-Syrie).
    if ((te < n && flags[te] & NAME_WORD && !tokens[te].lineStart) || !tokens[ts].spaceBefore || tokens[ts].lineStart) continue;
    let s = ts;
    while (s > ts - MAX_WORDS_BEFORE && s > 0 && !tokens[s].lineStart && flags[s - 1] & NAME_WORD && !(flags[s - 1] & notBodyFlags) && !NOT_BODY_WORDS.has(tokens[s - 1].text) && !tokens[s - 1].text.endsWith('-')) s--;
    // The run must be the whole name before the country: Pierre Mendès France is a person's.
    if (s === ts || (s > 0 && flags[s - 1] & NAME_WORD && !tokens[s].lineStart)) continue;
    // A listed name over a word before it is a list of names (Portugal France) or a firm and the country it works
    // in (HP France: the facts read the firm, not an apposed arm of it).
    // The tokens the list's candidates cover, marked once (not a pass over every candidate per country).
    if (listed === undefined) {
      listed = new Uint8Array(n);
      for (let k = 0; k < count; k++) if (out[k].source === 'gazetteer') listed.fill(1, out[k].ts, out[k].te);
    }
    let listedBefore = false;
    for (let k = s; k < ts && !listedBefore; k++) listedBefore = listed[k] === 1;
    if (!listedBefore) out.push(candidate(s, te, 'organization', 'rule', 2, SCORE));
  }
}

/** English: a listed head word right before a listed country, itself no part of a longer name (Bank Indonesia, not
 * Central Bank Indonesia). */
function englishCountryTailBodies(ctx: Context, out: Candidate[]): void {
  const { tokens, flags } = ctx;
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const country = out[c];
    if (country.source !== 'gazetteer' || country.type !== 'place' || country.ts === 0 || !COUNTRY_NAMES.has(country.entity?.name ?? '')) continue;
    const { ts, te } = country;
    const h = ts - 1;
    // What follows is free (a headline's verb: Bank Indonesia Cuts Rate; a title: Bank Indonesia Governor).
    if (!ENGLISH_HEADS.has(tokens[h].text) || tokens[ts].lineStart) continue;
    if (h > 0 && !tokens[h].lineStart && flags[h - 1] & NAME_WORD && !(flags[h] & SENTENCE_START)) continue;
    out.push(candidate(h, te, 'organization', 'rule', 2, SCORE));
  }
}
