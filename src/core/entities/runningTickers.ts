// English market news writes a company's ticker bare in running text (`Shares of KLAR jumped 14%`,
// `HALV rose 3.1%`, `under the symbol BPTH`, `NVDA rose 2.4% ... while shares of MRVL were little
// changed`). The symbol lists hold the big ones; an unlisted symbol is read by the tagger as an
// organization. A bare ticker is a ticker mention (annotations.md), no organization. Without a list a
// symbol and an acronym that names a firm (KGHM, CRH) look alike, so a mention is a ticker only on
// evidence of the text: a `ticker`/`symbol` cue right before it; a company of the text whose first
// word it abbreviates (KLAR: Klarity Networks; HALV: Halvorsen Bank ASA, not the initials of a
// name: HBA); or, after a share cue (`shares of`), another ticker on the same line. A pass over
// the mentions: it reads no token but those of a few mentions.
import { tokenStartingAt } from '../text/tokenize';
import type { EntityMention } from '../types';
import { kebab, type Context } from './candidates';

/** Cue words right before a symbol that name it a symbol, whatever it looks like. */
const SYMBOL_CUES = new Set(['ticker', 'tickers', 'symbol', 'symbols']);
/** Share cues: `shares of X`, `stock of X`, `shares in X`. */
const SHARE_NOUNS = new Set(['shares', 'share', 'stock', 'stocks']);
const SHARE_LINKS = new Set(['of', 'in']);
const SYMBOL = /^[A-Z]{2,5}$/;
/** Quote marks written around a symbol (under the symbol "BPTH"). */
const QUOTES = new Set(['"', '“', "'", '‘']);

/** Whether `symbol` abbreviates the word `word`: same first letter, its other letters in order, the word longer. */
function abbreviates(symbol: string, word: string): boolean {
  if (word.length <= symbol.length || word[0] !== symbol[0] || word === word.toUpperCase()) return false;
  const lowerWord = word.toLowerCase();
  let at = 1;
  for (let k = 1; k < symbol.length; k++) {
    at = lowerWord.indexOf(symbol[k].toLowerCase(), at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The initials of a name's capitalized words (Halvorsen Bank ASA: HBA). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** The company of the text a symbol abbreviates, if any. */
function abbreviatedCompany(symbol: string, companies: EntityMention[]): EntityMention | undefined {
  for (const c of companies) {
    const space = c.text.indexOf(' ');
    const first = space < 0 ? c.text : c.text.slice(0, space);
    if (abbreviates(symbol, first) && initials(c.text) !== symbol) return c;
  }
  return undefined;
}

/** `mentions` (in text order) with the bare tickers the text gives evidence of read as tickers. */
export function withRunningTickers(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  if (ctx.lang !== 'en') return mentions;
  let symbols: EntityMention[] | undefined;
  for (const m of mentions) {
    if ((m.type === 'organization' || m.type === 'company') && m.end - m.start <= 5 && SYMBOL.test(m.text)) (symbols ??= []).push(m);
  }
  if (symbols === undefined) return mentions;
  const { tokens, words, text } = ctx;
  const companies = mentions.filter((m) => m.type === 'company' && m.text.length > 5);
  // The symbols read as tickers, with the company each quotes where the text names it.
  const tickers = new Map<string, EntityMention | undefined>();
  for (const m of symbols) {
    if (tickers.has(m.text)) continue;
    const i = tokenStartingAt(tokens, m.start);
    // A listed name (BP, IBM) is the list's; a listed symbol is tickerCandidates'.
    if (i < 0 || words[i].gazetteer?.hits) continue;
    let k = i - 1;
    if (k >= 0 && QUOTES.has(tokens[k].text)) k--;
    const cue = k >= 0 ? words[k].lowerKey : '';
    // Two letters abbreviate too much by chance (MS Windows: Microsoft).
    const company = m.text.length >= 3 ? abbreviatedCompany(m.text, companies) : undefined;
    if (SYMBOL_CUES.has(cue) || company !== undefined) {
      tickers.set(m.text, company);
      continue;
    }
    if (!(SHARE_LINKS.has(cue) && k > 0 && SHARE_NOUNS.has(words[k - 1].lowerKey))) continue;
    // Another ticker on the same line (NVDA rose ..., while shares of MRVL ...).
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    const sameLine = (o: EntityMention): boolean => o.start >= lineStart && (lineEnd < 0 || o.end <= lineEnd);
    if (mentions.some((o) => o.type === 'ticker' && sameLine(o))) tickers.set(m.text, undefined);
  }
  if (tickers.size === 0) return mentions;
  return mentions.map((m) => {
    if (!(m.type === 'organization' || m.type === 'company') || !tickers.has(m.text)) return m;
    const company = tickers.get(m.text);
    return { ...m, type: 'ticker', id: company?.id ?? kebab(m.text), name: company?.name ?? m.text };
  });
}
