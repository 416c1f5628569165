// English: stores, restaurants and firms named with a possessive (Macy's, Dillard's, McDonald's,
// Hecht's). The tagger reads the word before 's as a person. The text writes such a name with its
// 's every time, and at least once where no noun it would own follows (at Macy's, Dillard's said,
// Hecht's department store): then the word and its 's are one company. A person owns a noun (Powell's
// remarks) and is named without 's elsewhere (Jerome Powell).
import cues from '../data/entity-cues.json';
import { candidate, CAPITALIZED, HAS_LOWER, LOWER_LED, NAME_WORD, ROLE_TITLE, TITLE, type Candidate, type Context } from './candidates';
import { D_APOSTROPHE } from './described';

/** Lower-case words after the name that no person would own: a store's, a speech verb, a link. */
const AFTER_STORE = new Set(cues.possessiveStoreNextWords);
const PUNCTUATION_AFTER = new Set([',', '.', ';', ':', ')', '!', '?']);

export function possessiveStoreCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, words } = ctx;
  const n = tokens.length;
  // Per capitalized word seen before 's: whether every use has the 's, whether one has no noun after it.
  let uses: Map<string, { always: boolean; store: boolean; at: number[] }> | undefined;
  // Apostrophes are in newsStarts (D_APOSTROPHE): the word before one is read.
  for (const j of ctx.newsStarts) {
    const i = j - 1;
    if (i < 0 || i + 2 >= n || !(words[j].news & D_APOSTROPHE) || tokens[j].spaceBefore || tokens[i + 2].text !== 's' || tokens[i + 2].spaceBefore) continue;
    // A given name too (Lloyd's, Harrods' founder's): a person named by the given name alone is rare in news, and one named in full writes it bare.
    if ((flags[i] & (NAME_WORD | HAS_LOWER)) !== (NAME_WORD | HAS_LOWER) || flags[i] & (TITLE | ROLE_TITLE)) continue;
    uses ??= new Map();
    const w = tokens[i].text;
    let u = uses.get(w);
    if (u === undefined) uses.set(w, (u = { always: true, store: false, at: [] }));
    // Part of a longer name, or after one (Jerome Powell's): a person's or a longer name's possessive.
    if (i > 0 && flags[i - 1] & NAME_WORD && !tokens[i].lineStart) u.always = false;
    u.at.push(i);
    const k = i + 3;
    if (k >= n || tokens[k].lineStart || PUNCTUATION_AFTER.has(tokens[k].text) || (flags[k] & LOWER_LED && AFTER_STORE.has(words[k].lowerKey))) u.store = true;
  }
  if (uses === undefined) return;
  // The capitalized words the text writes without an 's after them, gathered once.
  let bare: Set<string> | undefined;
  for (const [w, u] of uses) {
    if (!u.always || !u.store) continue;
    if (bare === undefined) {
      bare = new Set();
      for (let k = 0; k < n; k++) {
        const next = k + 1 < n ? tokens[k + 1].text : '';
        if (flags[k] & CAPITALIZED && next !== "'" && next !== '’') bare.add(tokens[k].text);
      }
    }
    // Written without its 's elsewhere, the word is a person's or a place's name (Powell, Texas).
    if (bare.has(w)) continue;
    for (const i of u.at) out.push(candidate(i, i + 3, 'company', 'rule', 2, 62, { name: `${w}'s` }));
  }
}
