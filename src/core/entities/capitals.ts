// Lines and sentences written all in capitals (headlines, datelines, shouted titles): there a
// capital says nothing, so a word is a name only when a list knows it (LONDRES is Londres, FED
// the Fed, LVMH as written) or the tagger is sure; the rules that read capitals (suffixes, cues,
// first names) and the tagger's guesses give nothing there.
import { gazetteer, type TrieNode } from './gazetteer';
import { candidate, CAPITALIZED, HAS_LOWER, SENTENCE_START, WORDLIKE, type Candidate, type Context } from './candidates';
import { tokenKey, titleCaseWord } from './normalize';

/** A sentence or line needs this many words in capitals (two letters or more) to count as
 * written in capitals: fewer are a name or an acronym standing alone (IBM, NEW YORK). */
const MIN_CAPITAL_WORDS = 3;
/** A tagger name in capitals is kept from this confidence on. */
const SURE_CONFIDENCE = 0.9;

/** 1 for each token of a sentence or line written all in capitals; undefined when there is none. */
export function capitalsMarks(ctx: Context): Uint8Array | undefined {
  const { tokens, flags } = ctx;
  const n = tokens.length;
  let marks: Uint8Array | undefined;
  let start = 0;
  let capitalWords = 0;
  let lower = false;
  for (let i = 0; i <= n; i++) {
    if (i === n || (i > start && (flags[i] & SENTENCE_START || tokens[i].lineStart))) {
      if (!lower && capitalWords >= MIN_CAPITAL_WORDS) {
        marks ??= new Uint8Array(n);
        marks.fill(1, start, i);
      }
      if (i === n) break;
      start = i;
      capitalWords = 0;
      lower = false;
    }
    const f = flags[i];
    if (f & HAS_LOWER) lower = true;
    else if (f & CAPITALIZED && f & WORDLIKE && tokens[i].text.length >= 2) capitalWords++;
  }
  return marks;
}

/** The rule candidates kept in capitals (list hits, tickers, blockers such as stock indexes),
 * plus the list names read case-blind there (LONDRES, BOURSE DE PARIS, FED). */
export function rulesInCapitals(ctx: Context, marks: Uint8Array, rules: Candidate[]): Candidate[] {
  const kept = rules.filter((c) => !marks[c.ts] || c.source === 'gazetteer' || c.type === 'ticker' || c.type === 'blocker');
  const { tokens, lang } = ctx;
  const root = gazetteer().root;
  for (let i = 0; i < tokens.length; i++) {
    if (!marks[i] || !(ctx.flags[i] & CAPITALIZED)) continue;
    let node: TrieNode | undefined = root;
    let matchEnd = -1;
    let matched: TrieNode | undefined;
    for (let j = i; j < tokens.length && marks[j] && node && (j === i || !tokens[j].lineStart); j++) {
      const word = tokens[j].text;
      const next: Map<string, TrieNode> = node.next;
      node = next.get(tokenKey(titleCaseWord(word))) ?? next.get(tokenKey(word.toLowerCase()));
      if (node?.hits) {
        matchEnd = j + 1;
        matched = node;
      }
    }
    if (!matched) continue;
    const hit = matched.hits!.find((h) => h.lang === lang) ?? matched.hits!.find((h) => h.lang === undefined);
    // A common word that is also a name (Orange, Total) is no name in capitals.
    if (!hit || hit.ambiguous) continue;
    kept.push(candidate(i, matchEnd, hit.entity.type, 'gazetteer', 2, 78, { entity: hit.entity }));
    i = matchEnd - 1;
  }
  return kept;
}

/** Tagger names in capitals only when the tagger is sure of them. */
export function taggerInCapitals(marks: Uint8Array, tagged: Candidate[]): Candidate[] {
  return tagged.filter((c) => !marks[c.ts] || c.score >= 40 + 20 * SURE_CONFIDENCE);
}
