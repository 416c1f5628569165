// The noun a quantity counts or an ordinal ranks ("29 centres de données" -> centre de
// données, "deux domaines" -> domaine, "29 data centers" -> data center); the simple singular
// of French and English nouns is in plural.ts.
import { WordClass, type FigureLexicon } from './lexicon';
import { looksPlural, singularize } from './plural';
import { isCapitalized, isLetterWord, type ScanState } from './state';
import type { FigureToken } from './stream';

export { looksPlural, singularize };

// Word classes read here: local names, since an import read at each use costs a look-up where modules are not bundled (tsx).
const { MONTH, NUMBER_OPENER, ORDINAL, WEEKDAY } = WordClass;

/** Two to five capitals and a lower-case s: an acronym in the plural (MPs, CEOs). */
const ACRONYM_PLURAL = /^\p{Lu}{2,5}s$/u;

/** A word that can be (part of) the noun after a number: lower-case letters, not a function word. */
export function nounCandidate(s: ScanState, j: number): boolean {
  const t = s.tokens[j];
  // A noun glued after the elided "d'" counts too (3 millions d'habitants, une centaine d'élèves).
  if (!t || !(t.spaceBefore || s.tokens[j - 1]?.norm === "d'") || t.glued || s.inEntity[j]) return false;
  // English plural acronyms are counted nouns (three MPs, 12 CEOs, two SUVs).
  if (s.lex.lang === 'en' && ACRONYM_PLURAL.test(t.text)) return true;
  // A counted noun has two letters at least: "3 x" is a multiplier, "5 s" an abbreviation.
  if (t.text.length < 2 || !isLetterWord(t.text) || isCapitalized(t.text)) return false;
  const lex = s.lex;
  const n = t.norm;
  // Months, weekdays, number words (units, tens, hundreds, thousands) and ordinals by word class.
  return (t.cls & (MONTH | WEEKDAY | NUMBER_OPENER | ORDINAL)) === 0 && !lex.stopWords.has(n) && !lex.scales.has(n) &&
    !lex.directionUp.has(n) && !lex.directionDown.has(n) && !n.endsWith("'") && !lex.notCountedNouns.has(n);
}

export interface NounPhrase {
  /** Token index after the phrase as far as the span goes. */
  spanNext: number;
  /** The thing counted, singular, as written (may include a name the span stops before). */
  unit: string;
}

/** A noun, or a name, after an adjective. */
function nounOrName(s: ScanState, m: number): boolean {
  return nounCandidate(s, m) || (s.entityEnd[m] > 0 && s.tokens[m].spaceBefore);
}

/** The head's normal form and up to four words after it, as compoundNouns reads them. */
function compoundProbe(tk: readonly FigureToken[], k: number, headNorm: string, lex: FigureLexicon): string[] {
  const probe = [headNorm];
  // An adjective right after the head agrees with it: "êtres humains", "actions ordinaires" are "être humain", "action ordinaire".
  for (let m = k + 1; m < Math.min(tk.length, k + 5); m++) probe.push(m === k + 1 ? singularize(tk[m].norm, lex) : tk[m].norm);
  return probe;
}

/**
 * The noun phrase counted or ranked from token j on, or null. `count` is the value of a
 * quantity (plural agreement is required for two or more), or undefined for an ordinal.
 * `headFirst`: the English head noun must be the first word (no nouns stacked before it).
 */
export function readNoun(s: ScanState, j: number, count: number | undefined, headFirst = false): NounPhrase | null {
  const lex = s.lex;
  const tk = s.tokens;
  let k = j;
  // Adjectives before the noun (trois nouveaux centres, 5 new stores, deuxième plus grand marché).
  for (let a = 0; a < 2 && k < tk.length; a++) {
    if (tk[k].spaceBefore && lex.prenominalAdjectives.has(tk[k].norm) && nounOrName(s, k + 1)) k++;
    else if (count === undefined && lex.lang === 'en' && /est$/.test(tk[k].norm) && tk[k].norm.length > 4 && nounOrName(s, k + 1)) k++;
    else break;
  }
  if (!nounCandidate(s, k)) {
    // "second largest Toyota dealer": the span keeps the adjectives and stops at the name.
    return k > j && s.entityEnd[k] > 0 ? { spanNext: k, unit: s.text.slice(tk[k].start, s.entityEnd[k]) } : null;
  }
  let words: string[];
  let end: number;
  if (lex.lang === 'fr') {
    // French: the noun comes first; a known compound keeps its complement (centre de données).
    const head = singularize(tk[k].text, lex);
    const headNorm = head.toLowerCase();
    // The words after the head are read only where a compound opens with it (most heads open none).
    const compound = lex.compoundNouns.starts(headNorm) ? lex.compoundNouns.longest(compoundProbe(tk, k, headNorm, lex), 0) : null;
    if (compound && compound.end > 1) {
      end = k + compound.end;
      words = [head, ...tk.slice(k + 1, end).map((t, m) => (m === 0 ? singularize(t.text, lex) : t.text))];
    } else {
      end = k + 1;
      words = [head];
    }
    if (count !== undefined && count >= 2 && !looksPlural(tk[k].text, lex)) return null;
  } else {
    // English: nouns stack before the head (data centers); the head is the first plural word.
    end = k + 1;
    if (count !== undefined && count !== 1) {
      // The head is the last plural of up to three nouns in a row (29 data centers).
      let head = -1;
      // After a year only the word right after it (2024 layoffs; "the 2023 edition broke records" is the year).
      for (let m = k; m < (headFirst ? k + 1 : k + 3) && nounCandidate(s, m); m++) if (looksPlural(tk[m].text, lex)) head = m;
      // "0.25 point", "0.5 percentage point": below one, English may keep the singular.
      if (head < 0 && Math.abs(count) < 1 && count !== 0 && !looksPlural(tk[k].text, lex) && nounCandidate(s, k)) head = k;
      if (head < 0) return null;
      end = head + 1;
    }
    words = tk.slice(k, end).map((t) => t.text);
    words[words.length - 1] = singularize(words[words.length - 1], lex);
  }
  // "French: mots joints" -> join with the spacing as written ("chiffre d'affaires").
  let unit = words[0];
  for (let w = 1; w < words.length; w++) unit += (tk[k + w].spaceBefore ? ' ' : '') + words[w];
  // A name right after the noun belongs to the thing counted; the span stops before the noun.
  const after = tk[end];
  if (after && after.spaceBefore && s.entityEnd[end] > after.start) {
    return { spanNext: j, unit: `${unit} ${s.text.slice(after.start, s.entityEnd[end])}` };
  }
  return { spanNext: end, unit };
}
