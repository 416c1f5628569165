// Feature extraction for the name tagger, shared by training (scripts/train-tagger.ts) and
// tagging (model.ts), so that both see exactly the same features.
//
// A token's features split in two kinds:
// - word features: a function of one word's text (and the lexicon) and of its offset
//   (-2..+2) from the tagged token. The tagger caches their summed weights per word and
//   offset, so each distinct word is featurized once, not once per occurrence.
// - context features: a function of the token's place in the text (sentence start,
//   line start, multi-word lexicon matches, the word before, the rest of the document).
// Keys are short: a feature kind letter, then for word features an offset letter
// (a..e = -2..+2), then the value.

import { wordShape, type Token } from '../../text/tokenize';

export const WINDOW = 2;
const OFFSET_LETTERS = 'abcde';
/** Stands for a position before the first or after the last token. */
export const PAD_WORD = '\u0000';

// Lexicon classes, one bit each. External lists (cities, countries) and names from the
// training split (first names, tokens of PER / ORG / LOC / MISC names).
export const LEX_CITY = 1;
export const LEX_COUNTRY = 2;
export const LEX_FIRST_NAME = 4;
export const LEX_PER = 8;
export const LEX_ORG = 16;
export const LEX_LOC = 32;
export const LEX_MISC = 64;
const LEX_BITS = 7;

/** The name lists as stored in src/core/data/tagger-lexicon-*.json. */
export interface LexiconData {
  /** Exact token text -> class bits. */
  words: Record<string, number>;
  /** Multi-token names, token texts joined by one space -> class bits. */
  phrases: Record<string, number>;
}

export interface Lexicon {
  words: Map<string, number>;
  phrases: Map<string, number>;
  /** Every proper prefix (in tokens) of a phrase, to stop a match early. */
  phrasePrefixes: Set<string>;
  maxPhraseTokens: number;
}

export function buildLexicon(data: LexiconData): Lexicon {
  const words = new Map(Object.entries(data.words));
  const phrases = new Map<string, number>();
  const phrasePrefixes = new Set<string>();
  let maxPhraseTokens = 1;
  for (const [phrase, bits] of Object.entries(data.phrases)) {
    phrases.set(phrase, bits);
    const parts = phrase.split(' ');
    if (parts.length > maxPhraseTokens) maxPhraseTokens = parts.length;
    for (let k = 1; k < parts.length; k++) phrasePrefixes.add(parts.slice(0, k).join(' '));
  }
  return { words, phrases, phrasePrefixes, maxPhraseTokens };
}

/** Capitalization class: X = Capitalized, A = ALL CAPS, x = lower, m = mixed, d = has a digit, p = no letter. */
export function capClass(word: string): string {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) digit++;
    else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (digit > 0) return 'd';
  if (upper === 0 && lower === 0) return 'p';
  if (upper === 0) return 'x';
  if (lower === 0) return upper > 1 ? 'A' : 'X';
  const first = word[0];
  return first !== first.toLowerCase() && upper === 1 ? 'X' : 'm';
}

/** Pushes the features of `word` seen at `offset` (-WINDOW..WINDOW) from the tagged token. */
export function wordFeatures(word: string, offset: number, lexicon: Lexicon, out: string[]): void {
  const o = OFFSET_LETTERS[offset + WINDOW];
  if (word === PAD_WORD) {
    out.push('_' + o);
    return;
  }
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const bits = lexicon.words.get(word) ?? 0;
  for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) out.push('x' + o + b);
  if (offset === 0) {
    out.push('w' + o + word, 'l' + o + lower, 's' + o + shape, 'c' + o + capClass(word));
    out.push('p' + o + lower.slice(0, 3), 'u' + o + lower.slice(-2), 'v' + o + lower.slice(-3), 'y' + o + lower.slice(-4));
    out.push('n' + o + (word.length > 9 ? 9 : word.length));
    if (bits === 0) out.push('x' + o + '-');
    const hyphen = word.indexOf('-');
    if (hyphen > 0) out.push('h' + o + lower.slice(0, hyphen), 'H' + o + lower.slice(hyphen + 1));
  } else if (offset === -1 || offset === 1) {
    out.push('l' + o + lower, 's' + o + shape, 'v' + o + lower.slice(-3), 'c' + o + capClass(word));
  } else {
    out.push('l' + o + lower, 'c' + o + capClass(word));
  }
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', ';']);
const OPENERS = new Set(['«', '"', '“', '(', '[', '-', '–', '—', "'", '‘', '*', '•']);

/** What the context features need to know about a whole text, computed once per text. */
export interface DocumentContext {
  tokens: Token[];
  sentenceStart: Uint8Array;
  /** Per token: lexicon phrase match, 0 = none, else (bits << 1) | (1 if first token). */
  phraseMatch: Int32Array;
  /** Lower-cased forms that occur in lower case in the text. */
  lowerForms: Set<string>;
  /** Capitalized words that occur capitalized away from a sentence start. */
  innerCapitalized: Set<string>;
}

export function documentContext(tokens: Token[], lexicon: Lexicon): DocumentContext {
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  const lowerForms = new Set<string>();
  const innerCapitalized = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let start = i === 0 || t.lineStart;
    if (!start) {
      const prev = tokens[i - 1].text;
      start = SENTENCE_ENDS.has(prev) || (OPENERS.has(prev) && sentenceStart[i - 1] === 1);
    }
    sentenceStart[i] = start ? 1 : 0;
    const cls = capClass(t.text);
    if (cls === 'x') lowerForms.add(t.text);
    else if (cls === 'X' && !start) innerCapitalized.add(t.text);
  }
  const phraseMatch = new Int32Array(n);
  if (lexicon.phrases.size > 0) {
    for (let i = 0; i < n; i++) {
      let key = tokens[i].text;
      if (!lexicon.phrasePrefixes.has(key)) continue;
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i + 1; j < n && j - i < lexicon.maxPhraseTokens; j++) {
        key += ' ' + tokens[j].text;
        const bits = lexicon.phrases.get(key);
        if (bits !== undefined) {
          bestEnd = j;
          bestBits = bits;
        }
        if (!lexicon.phrasePrefixes.has(key)) break;
      }
      if (bestEnd < 0) continue;
      phraseMatch[i] = (bestBits << 1) | 1;
      for (let j = i + 1; j <= bestEnd; j++) phraseMatch[j] = bestBits << 1;
      i = bestEnd;
    }
  }
  return { tokens, sentenceStart, phraseMatch, lowerForms, innerCapitalized };
}

/** Pushes the context features of token i. */
export function contextFeatures(doc: DocumentContext, i: number, out: string[]): void {
  const tokens = doc.tokens;
  const word = tokens[i].text;
  const cls = capClass(word);
  out.push('B');
  if (doc.sentenceStart[i]) {
    out.push('S' + cls);
    if (cls === 'X') {
      // Sentence-initial capital: does the rest of the text use the word as a name or as a common word?
      if (doc.innerCapitalized.has(word)) out.push('Dc');
      if (doc.lowerForms.has(word.toLowerCase())) out.push('Dl');
    }
  }
  if (tokens[i].lineStart) out.push('L' + cls);
  if (i > 0) out.push('P' + tokens[i - 1].text.toLowerCase() + '|' + cls);
  const match = doc.phraseMatch[i];
  if (match !== 0) {
    const pos = match & 1 ? 'b' : 'i';
    const bits = match >> 1;
    for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) out.push('g' + pos + b);
  }
  // The match of the next token tells whether a phrase is about to start.
  if (i + 1 < tokens.length && (doc.phraseMatch[i + 1] & 1) === 1) out.push('G' + cls);
}
