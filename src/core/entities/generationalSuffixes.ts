// English names of people end with a generational suffix (Thomas R. Whitaker Jr., Howard J.
// Kessler III): the abbreviation keeps its full stop, also at the end of a sentence, like a
// company's "Inc."; and the suffix is no part of the surname the article later writes alone
// (Whitaker, Kessler). The suffixes are data (generationalSuffixes in entity-cues.json).
import cues from '../data/entity-cues.json';
import type { Token } from '../text/tokenize';
import type { Candidate, Context } from './candidates';

const SUFFIXES = new Set(cues.generationalSuffixes);
/** The suffixes written as an abbreviation, which take a full stop (Jr., Sr.). */
const ABBREVIATED = new Set(cues.generationalSuffixes.filter((s) => /\p{Ll}$/u.test(s)));

/** The people whose last word is an abbreviated suffix take its full stop (Jr -> Jr.). */
export function withGenerationalSuffixDots(ctx: Context, chosen: Candidate[]): Candidate[] {
  if (ctx.lang !== 'en') return chosen;
  const { tokens } = ctx;
  let out: Candidate[] | undefined;
  for (let c = 0; c < chosen.length; c++) {
    const m = chosen[c];
    if (m.type !== 'person' || m.te - m.ts < 2 || m.te >= tokens.length || !ABBREVIATED.has(tokens[m.te - 1].text)) continue;
    const dot = tokens[m.te];
    if (dot.text !== '.' || dot.spaceBefore || (c + 1 < chosen.length && chosen[c + 1].ts <= m.te)) continue;
    out ??= chosen.slice();
    out[c] = { ...m, te: m.te + 1 };
  }
  return out ?? chosen;
}

/** The end of a person's surname within tokens [ts, te): before a generational suffix and its full stop. */
export function surnameEnd(tokens: Token[], ts: number, te: number): number {
  let e = te;
  if (e - ts > 2 && tokens[e - 1].text === '.') e--;
  return e - ts > 2 && SUFFIXES.has(tokens[e - 1].text) ? e - 1 : te;
}
