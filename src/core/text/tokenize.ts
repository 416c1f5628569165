// A single-pass tokenizer shared by the entity rules and the sequence tagger.
// Words are runs of letters, digits and marks, joined across inner hyphens (Moyen-Orient,
// Covid-19); a French elision keeps its apostrophe (l’, d’, qu’) and the word after it is
// a token of its own; every other non-space character is a token by itself.
// Linear in the text length: one forward scan, no regular expression over the whole text.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when white space (or the text start) comes right before the token. */
  spaceBefore: boolean;
  /** True when a line break lies between the previous token and this one. */
  lineStart: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const HYPHENS = new Set(['-', '‑']);
// French elided words: the apostrophe belongs to them (l’action -> l’ + action).
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

/** True for a UTF-16 unit (or pair) that is part of a word. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(ch);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2007 ||
    code === 0x2009 || code === 0x200a || (code >= 0x2000 && code <= 0x2006) || code === 0x2028 || code === 0x2029 ||
    code === 0x3000 || code === 0xfeff || code === 0x1680 || code === 0x205f || code === 0x85;
}

function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  let lineStart = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) lineStart = true;
      spaceBefore = true;
      i += 1;
      continue;
    }
    const ch = charAt(text, i);
    const start = i;
    if (isWordChar(ch)) {
      i += ch.length;
      for (;;) {
        if (i >= n) break;
        const c = charAt(text, i);
        if (isWordChar(c)) {
          i += c.length;
          continue;
        }
        // An inner hyphen joins two word parts.
        if (HYPHENS.has(c) && i + 1 < n && isWordChar(charAt(text, i + 1))) {
          i += 1;
          continue;
        }
        break;
      }
      // French elision: the apostrophe stays with the elided word.
      if (i < n && APOSTROPHES.has(text[i]) && i + 1 < n && isWordChar(charAt(text, i + 1))) {
        const word = text.slice(start, i).toLowerCase();
        if (ELISIONS.has(word)) i += 1;
      }
    } else {
      i += ch.length;
    }
    tokens.push({ start, end: i, text: text.slice(start, i), spaceBefore, lineStart });
    spaceBefore = false;
    lineStart = false;
  }
  return tokens;
}

/** The word shape used by rules and tagger features: Xxxx, XX, dd, x-x... (runs collapsed). */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
