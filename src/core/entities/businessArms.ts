// English financial news names a firm's arm by the firm and a head (Wells Fargo Securities, RBC
// Capital Markets, BNP Paribas Asset Management, Moody's Ratings): a business of its own, one
// company of the whole name, where the list or the suffix rule read the firm and left the head out
// or read it alone. A legal form written with a slash (Novo Nordisk A/S) belongs to the company too.
// The heads and forms are data (businessArms in entity-cues.json). An arm named by the firm and a country
// (MTN Nigeria, Vodafone Egypt, Safaricom Telecommunications Ethiopia) is one company too, not a company
// and a place: countryArmCandidates.
import cues from '../data/entity-cues.json';
import { COUNTRY_NAMES } from './gazetteer';
import { candidate, companyName, matchSuffix, NAME_WORD, ROLE_TITLE, phraseEnd, type Candidate, type Context } from './candidates';

/** Each head as its words, by its first word (Capital Markets: Capital -> [Capital, Markets]). */
const HEADS = new Map<string, string[][]>();
for (const h of cues.businessArms.heads) {
  const parts = h.split(' ');
  HEADS.set(parts[0], [...(HEADS.get(parts[0]) ?? []), parts]);
}
/** The slash forms as their three glued tokens (A/S -> A, /, S). */
const SLASH_FORMS = new Set(cues.businessArms.slashLegalForms);
/** Above a list's company (80, tier 3 with a suffix) and the suffix rule: the longer reading. */
const SCORE = 86;

/** The end of the longest head written from token i, or -1. */
function headEnd(ctx: Context, i: number): number {
  const { tokens } = ctx;
  if (i >= tokens.length || tokens[i].lineStart) return -1;
  return phraseEnd(ctx, i, HEADS.get(tokens[i].text));
}

/** The end of a slash legal form at token i (A/S), or -1. */
function slashFormEnd(ctx: Context, i: number): number {
  const { tokens } = ctx;
  if (i + 2 >= tokens.length || tokens[i].lineStart || tokens[i + 1].spaceBefore || tokens[i + 2].spaceBefore) return -1;
  return SLASH_FORMS.has(tokens[i].text + tokens[i + 1].text + tokens[i + 2].text) ? i + 3 : -1;
}

/** The end of the legal forms written from token e (Inc., LLC, A/S), or e. */
function legalFormsEnd(ctx: Context, e: number): number {
  for (let guard = 0; guard < 2; guard++) {
    const slash = slashFormEnd(ctx, e);
    if (slash > 0) {
      e = slash;
      continue;
    }
    const s = e < ctx.tokens.length && !ctx.tokens[e].lineStart ? matchSuffix(ctx, e) : undefined;
    if (!s || !s.legal) break;
    e = s.end;
  }
  return e;
}

export function businessArmCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const n = tokens.length;
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const m = out[c];
    if (m.type !== 'company' || m.weak || m.te >= n) continue;
    // The head may open inside the firm's reading (RBC Capital + Markets).
    let arm = -1;
    for (let p = Math.max(m.ts + 1, m.te - 1); p <= m.te; p++) {
      const e = headEnd(ctx, p);
      if (e > m.te && e > arm) arm = e;
    }
    // Without a head, only a slash form is new (the suffix rule reads Inc. and Limited itself).
    const end = legalFormsEnd(ctx, arm > 0 ? arm : m.te);
    if (end <= m.te) continue;
    // A head before another name word is a headline's noun (Goldman Securities Fraud Case).
    if (arm > 0 && end === arm && end < n && !tokens[end].lineStart && flags[end] & NAME_WORD && !(flags[end] & ROLE_TITLE)) continue;
    if (arm > 0) out.push(candidate(m.ts, end, 'company', 'rule', 3, SCORE, { name: companyName(ctx, m.ts, end) }));
    else out.push(candidate(m.ts, end, 'company', m.source, m.tier, SCORE, { entity: m.entity, name: m.name }));
  }
}

/** A country of the list right after a company a list or a rule found, on its line and before no other
 * name word, makes one company with it (MTN Nigeria). */
export function countryArmCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags } = ctx;
  const count = out.length;
  // The listed countries by their first token, for the few that follow a word on their line.
  let placeAt: Map<number, Candidate> | undefined;
  for (let j = 0; j < count; j++) {
    const c = out[j];
    if (c.type === 'place' && c.source === 'gazetteer' && tokens[c.ts].spaceBefore && !tokens[c.ts].lineStart && COUNTRY_NAMES.has(c.entity?.name ?? '')) (placeAt ??= new Map()).set(c.ts, c);
  }
  if (placeAt === undefined) return;
  for (let j = 0; j < count; j++) {
    const c = out[j];
    if (c.type !== 'company' || c.tier < 2 || c.source === 'tagger') continue;
    const p = placeAt.get(c.te);
    // Another name word after the country makes it the start of another name (Vodafone Egypt Telecom is the suffix rule's).
    if (p === undefined || (p.te < tokens.length && flags[p.te] & NAME_WORD && tokens[p.te].spaceBefore && !tokens[p.te].lineStart)) continue;
    out.push(candidate(c.ts, p.te, 'company', 'rule', 2, c.score));
  }
}
