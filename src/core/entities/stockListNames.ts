// A stock list of the old press sets one security a line: its issuer's name, a leader of dots, the price
// (`Banque de Genève . . . . 480 —`, `Jura-Simplon ordin. . . . 162 50`, `3 ½ % Lombardes anc. . . 312 —`).
// The name there is a firm or a railway company (the conventions: a railway named by its network in a stock
// list is a body, `le Nord`, `Gothard`), though a list reads the pass or the town in it. This pass, after
// linking, makes the words before the leader one company, unless they are a listed place alone with no rate
// before it and no class after it (a city's exchange rate, `Paris . . . 20,32`; but `Simplon ordin.`, `3 %
// Gothard` are the railways, and so is a place alone under a heading of shares or bonds, `Actions.`). Only short
// lines are read (a list's row), never prose.
import cues from '../data/entity-cues.json';
import type { EntityMention } from '../types';
import { ALL_DIGITS, CAPITALIZED, LOWER_LED, NAME_WORD, WORDLIKE, companyName, listedWord, type Context } from './candidates';
import { kebab } from './normalize';

/** Tokens a list's row may hold at most (name, abbreviation, leader, price). */
const MAX_ROW_TOKENS = 24;
/** Dots a leader needs, each set apart by a space. */
const MIN_LEADER_DOTS = 2;
/** Words a row's name holds at most. */
const MAX_NAME_TOKENS = 6;
const SECURITY_HEADINGS = new Set(cues.stockListHeadings);
/** What may open a row before the name: a rate (3 ½ %, 4 %). */
const RATE_TOKENS = new Set(['%', '½', '¼', '¾', '⅛', '⅜', '⅝', '⅞']);

export function withStockListNames(ctx: Context, mentions: EntityMention[]): EntityMention[] {
  const { tokens, flags, text, lineStarts } = ctx;
  const n = tokens.length;
  // The rows' names, in text order; each row is a line of its own, so no two overlap.
  let rows: EntityMention[] | undefined;
  // Under a heading of shares or bonds (`Actions.`, `Obligations :`), a listed place alone is a railway or a firm too.
  let securities = false;
  for (let l = 0; l < lineStarts.length; l++) {
    const first = lineStarts[l];
    const lineEnd = l + 1 < lineStarts.length ? lineStarts[l + 1] : n;
    if (lineEnd - first <= 2) securities = SECURITY_HEADINGS.has(tokens[first].text);
    if (lineEnd - first > MAX_ROW_TOKENS || lineEnd - first < 4) continue;
    // The rate before the name (3 ½ %).
    let s = first;
    while (s < lineEnd && (flags[s] & ALL_DIGITS || RATE_TOKENS.has(tokens[s].text))) s++;
    if (s >= lineEnd || !(flags[s] & CAPITALIZED) || !(flags[s] & NAME_WORD)) continue;
    // The leader: dots set apart by spaces, then the price.
    let leader = -1;
    for (let k = s + 1; k + MIN_LEADER_DOTS < lineEnd && leader < 0; k++) {
      let d = k;
      while (d < lineEnd && tokens[d].text === '.' && (d === k || tokens[d].spaceBefore)) d++;
      if (d - k >= MIN_LEADER_DOTS && d < lineEnd && flags[d] & ALL_DIGITS) leader = k;
    }
    if (leader < 0) continue;
    // The name: the words before the leader, without a lower-case abbreviation glued to its stop (ordin., anc.).
    let e = leader;
    const abbreviated = (flags[e - 1] & LOWER_LED) !== 0 && !tokens[e].spaceBefore;
    if (abbreviated) e--;
    while (e > s && !(flags[e - 1] & WORDLIKE)) e--;
    if (e <= s || e - s > MAX_NAME_TOKENS) continue;
    const start = tokens[s].start;
    const end = tokens[e - 1].end;
    const name = text.slice(start, end);
    // A security's rate or class (3 %, ordin.) says a firm even where its name is a listed place (Simplon ordin.).
    if (e === s + 1 && s === first && !abbreviated && !securities && listedWord(name, ctx)?.type === 'place') continue;
    (rows ??= []).push({ start, end, text: name, type: 'company', id: kebab(name), name: companyName(ctx, s, e) });
  }
  if (rows === undefined) return mentions;
  // The mentions the rows' names overlap give way, in one pass over both (no filter nor sort per row).
  const out: EntityMention[] = [];
  let r = 0;
  for (const m of mentions) {
    while (r < rows.length && rows[r].end <= m.start) out.push(rows[r++]);
    if (r < rows.length && m.end > rows[r].start) continue;
    out.push(m);
  }
  while (r < rows.length) out.push(rows[r++]);
  return out;
}
