// Linking: canonical ids and names for the chosen mentions. Known names take the
// gazetteer's id; within an article a surname alone links to the person named in full, an
// acronym defined in parentheses links to its expansion, a shortened company name to its
// full name; any other name gets the kebab-case id of its own text, the same in every article.
import type { Token } from '../text/tokenize';
import type { EntityMention } from '../types';
import { isFunctionWord, isSentenceStart, type Candidate, type Context } from './candidates';
import { gazetteer } from './gazetteer';
import { isAllCaps, kebab, titleCaseWord } from './normalize';

interface Resolved {
  ts: number;
  te: number;
  type: EntityMention['type'];
  id: string;
  name: string;
  known: boolean;
  ticker?: string;
}

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function spanText(ctx: Context, ts: number, te: number): string {
  return ctx.text.slice(ctx.tokens[ts].start, ctx.tokens[te - 1].end);
}

/** Display form of a name found in the text: spaces collapsed, words in capitals title-cased. */
function displayName(raw: string, type: string): string {
  const collapsed = raw.replace(/\s+/g, ' ');
  if (type !== 'person') return collapsed;
  return collapsed
    .split(' ')
    .map((w) => (w.length > 2 && isAllCaps(w) ? titleCaseWord(w) : w))
    .join(' ');
}

function resolveOne(ctx: Context, c: Candidate & { type: EntityMention['type'] }): Resolved {
  const text = spanText(ctx, c.ts, c.te);
  if (c.type === 'ticker') {
    const e = c.entity;
    return { ts: c.ts, te: c.te, type: 'ticker', id: e?.id ?? '', name: e?.name ?? '', known: e !== undefined, ticker: c.ticker };
  }
  if (c.entity && !c.name) return { ts: c.ts, te: c.te, type: c.entity.type, id: c.entity.id, name: c.entity.name, known: true };
  const name = c.name ?? displayName(text, c.type);
  return { ts: c.ts, te: c.te, type: c.type, id: kebab(name), name, known: c.entity !== undefined };
}

/** Ids and names for the chosen candidates, plus the mentions that linking adds. */
export function linkMentions(ctx: Context, chosen: Candidate[]): EntityMention[] {
  const { tokens } = ctx;
  const mentions = chosen.filter((c): c is Candidate & { type: EntityMention['type'] } => c.type !== 'blocker').map((c) => resolveOne(ctx, c));
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.ts; k < m.te; k++) taken[k] = 1;
  const added: Resolved[] = [];

  // Tickers without a known company quote the name just before their parenthesis.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'ticker' || m.id) continue;
    const before = mentions.slice(0, i).reverse().find((p) => p.type !== 'ticker' && p.te <= m.ts);
    if (before && (before.type === 'company' || before.type === 'organization') && m.ts - before.te <= 1) {
      m.id = before.id;
      m.name = before.name;
    } else {
      const quoted = mentions.find((p) => p.type === 'ticker' && p.id && p.ticker?.endsWith(`:${m.ticker}`));
      m.id = quoted?.id ?? kebab(m.ticker ?? spanText(ctx, m.ts, m.te));
      m.name = quoted?.name ?? spanText(ctx, m.ts, m.te);
    }
  }

  // Acronyms defined in parentheses right after a name: Organisation mondiale du commerce (OMC).
  const acronyms = new Map<string, Resolved>();
  for (const m of mentions) {
    if (m.type !== 'company' && m.type !== 'organization') continue;
    const open = m.te;
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    const acr = tokens[open + 1].text;
    if (!/^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(acr) || acr.length > m.te - m.ts + 6) continue;
    acronyms.set(acr, m);
    const k = open + 1;
    const existing = mentions.find((x) => x.ts === k);
    if (existing && !existing.known) Object.assign(existing, { type: m.type, id: m.id, name: m.name });
    else if (!taken[k]) {
      added.push({ ts: k, te: k + 1, type: m.type, id: m.id, name: m.name, known: false });
      taken[k] = 1;
    }
  }

  // People named in full: their surname (and last words) alone later on link to them.
  const surnames = new Map<string, Resolved>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.te - m.ts < 2) continue;
    for (let k = m.ts + 1; k < m.te; k++) {
      const key = fold(spanText(ctx, k, m.te));
      if (!surnames.has(key)) surnames.set(key, m);
    }
  }
  const gz = gazetteer();
  for (const m of mentions) {
    if (m.te - m.ts > 3) continue;
    const full = surnames.get(fold(spanText(ctx, m.ts, m.te)));
    // The person named in full earlier wins over a list's place or company of that name (Hollande).
    if (full && full !== m && full.ts < m.ts && (m.type === 'person' || m.te - m.ts === 1)) Object.assign(m, { type: 'person', id: full.id, name: full.name });
    const acr = m.te - m.ts === 1 ? acronyms.get(tokens[m.ts].text) : undefined;
    if (acr && acr !== m && !m.known) Object.assign(m, { type: acr.type, id: acr.id, name: acr.name });
  }
  if (surnames.size > 0 || acronyms.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      const t = tokens[i].text;
      if (!/^\p{Lu}/u.test(t)) continue;
      const acr = acronyms.get(t);
      if (acr) {
        added.push({ ts: i, te: i + 1, type: acr.type, id: acr.id, name: acr.name, known: false });
        continue;
      }
      // Longest registered surname starting here (Le Drian before Drian).
      for (let j = Math.min(tokens.length, i + 3); j > i; j--) {
        if (j === i + 1 && isSentenceStart(tokens, i) && isFunctionWord(t)) break;
        let free = true;
        for (let k = i; k < j; k++) if (taken[k]) free = false;
        if (!free) continue;
        if (j < tokens.length && /^\p{Lu}/u.test(tokens[j].text) && !tokens[j].lineStart && !taken[j] && tokens[j].spaceBefore && !isFunctionWord(tokens[j].text)) {
          // Part of a longer capitalized name that we do not know: not this surname.
          if (j === i + 1) break;
        }
        const full = surnames.get(fold(spanText(ctx, i, j)));
        if (full && !gz.root.next.get(tokens[i].text)?.hits) {
          added.push({ ts: i, te: j, type: 'person', id: full.id, name: full.name, known: false });
          for (let k = i; k < j; k++) taken[k] = 1;
          i = j - 1;
          break;
        }
      }
    }
  }

  // A shortened unknown company name links to its full form in the article (Acme after Acme Widgets).
  const fullOrgs = mentions.filter((m) => !m.known && (m.type === 'company' || m.type === 'organization') && m.te - m.ts >= 2);
  for (const m of mentions) {
    if (m.known || (m.type !== 'company' && m.type !== 'organization')) continue;
    const words = fold(m.name);
    const full = fullOrgs.find((f) => f !== m && f.te - f.ts > m.te - m.ts && fold(f.name).startsWith(words + ' '));
    if (full) Object.assign(m, { type: full.type, id: full.id, name: full.name });
  }

  return [...mentions, ...added]
    .filter((m) => m.id !== '')
    .sort((a, b) => a.ts - b.ts)
    .map((m) => toMention(ctx.text, tokens, m));
}

function toMention(text: string, tokens: Token[], m: Resolved): EntityMention {
  const start = tokens[m.ts].start;
  const end = tokens[m.te - 1].end;
  return { start, end, text: text.slice(start, end), type: m.type, id: m.id, name: m.name };
}
