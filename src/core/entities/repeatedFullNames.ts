// English business news names a company with its legal form once (Verona Pharma plc, Halden
// Industrial Corp.) and writes the name without it elsewhere, most often in the headline above
// ("Merck to Buy Verona Pharma for $10 Billion"), where no suffix follows and the tagger or the
// short-form pass read only the first word. Within one article, the words of a name the suffix rule
// read, written again in the same order, are that company.
import { CAPITALIZED, candidate, NAME_WORD, type Candidate, type Context } from './candidates';

/** Under the suffix rule's own reading, over the tagger's and the short form's shorter one. */
const SCORE = 79;
/** Names kept by first word at most: an article names few companies sharing a first word. */
const MAX_NAMES_PER_WORD = 8;

export function repeatedFullNameCandidates(ctx: Context, out: Candidate[]): void {
  if (ctx.lang !== 'en') return;
  const { tokens, flags, text } = ctx;
  const n = tokens.length;
  // The names of two words or more a rule read with a legal form after them, by their first word,
  // each name once (a text repeating one name many times must not make the scan quadratic).
  let byFirst: Map<string, { length: number; name: string; ts: number }[]> | undefined;
  const starts = new Set<number>();
  const count = out.length;
  for (let c = 0; c < count; c++) {
    const m = out[c];
    if (m.type !== 'company' || m.source !== 'rule' || m.entity !== undefined || m.name === undefined) continue;
    let e = m.ts;
    while (e < m.te && text.slice(tokens[m.ts].start, tokens[e].end).length < m.name.length) e++;
    // Only a name the span spells out first, then a legal form after it.
    if (e >= m.te - 1 || e === m.ts || text.slice(tokens[m.ts].start, tokens[e].end) !== m.name) continue;
    byFirst ??= new Map();
    starts.add(m.ts);
    const list = byFirst.get(tokens[m.ts].text) ?? [];
    if (list.some((f) => f.name === m.name) || list.length >= MAX_NAMES_PER_WORD) continue;
    list.push({ length: e + 1 - m.ts, name: m.name, ts: m.ts });
    byFirst.set(tokens[m.ts].text, list);
  }
  if (byFirst === undefined) return;
  let blockerStarts: Set<number> | undefined;
  for (let p = 0; p < n; p++) {
    if (!(flags[p] & CAPITALIZED)) continue;
    const list = byFirst.get(tokens[p].text);
    if (list === undefined || starts.has(p)) continue;
    for (const f of list) {
      if (p + f.length > n) continue;
      let k = 1;
      while (k < f.length && tokens[p + k].text === tokens[f.ts + k].text && !tokens[p + k].lineStart) k++;
      if (k < f.length) continue;
      const end = p + f.length;
      // A name going on with another name word is another name (Verona Pharma Holdings), unless
      // that word is no name by another rule (a headline's verb: Halden Industrial Names ...).
      blockerStarts ??= new Set(out.filter((c) => c.type === 'blocker').map((c) => c.ts));
      if (end < n && !tokens[end].lineStart && flags[end] & NAME_WORD && !blockerStarts.has(end)) continue;
      out.push(candidate(p, end, 'company', 'rule', 2, SCORE, { name: f.name }));
      p = end - 1;
      break;
    }
  }
}
