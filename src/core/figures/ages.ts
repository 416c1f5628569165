// Ages: a number of units of time said as how old someone or something is. An age is a duration,
// as `33 ans` already is: `a 33-year-old` (P33Y), `a six-month-old baby` (P6M), `aged 40`,
// `at the age of 87`, `à l'âge de 87` (P40Y, P87Y: the number alone is in the span).
import type { FigureLexicon } from './lexicon';
import type { FigureToken } from './stream';

/** A count of one to three digits or of one or two number words (thirty-three): its value, or undefined (also for hyphenated units, index.ts). */
export function countOf(parts: string[], lex: FigureLexicon): number | undefined {
  if (parts.length === 1 && /^\d{1,3}$/.test(parts[0])) return Number(parts[0]);
  if (parts.length === 0 || parts.length > 2) return undefined;
  let value = 0;
  for (const part of parts) {
    const v = lex.units.get(part) ?? lex.tens.get(part);
    if (v === undefined) return undefined;
    value += v;
  }
  return value > 0 ? value : undefined;
}

/** The unit of time of an age suffix glued to a number ("-year-old", "-month-olds"), or undefined. */
export function ageSuffixUnit(suffix: string, lex: FigureLexicon): string | undefined {
  const parts = suffix.split('-');
  if (parts.length !== 3 || parts[0] !== '' || !lex.ageSuffixes.has(parts[2]) || !lex.hyphenDurationUnits.has(parts[1])) return undefined;
  return lex.durationUnits.get(parts[1]);
}

/** "33-year-old", "three-year-old", "18-year-olds", "six-month-old": the age's count and ISO unit, or null. */
export function hyphenatedAge(norm: string, lex: FigureLexicon): { count: number; unit: string } | null {
  if (lex.ageSuffixes.size === 0) return null;
  const parts = norm.split('-');
  if (parts.length < 3 || !lex.ageSuffixes.has(parts[parts.length - 1])) return null;
  const unitWord = parts[parts.length - 2];
  const unit = lex.hyphenDurationUnits.has(unitWord) ? lex.durationUnits.get(unitWord) : undefined;
  const count = countOf(parts.slice(0, -2), lex);
  return unit !== undefined && count !== undefined ? { count, unit } : null;
}

const RANGE_OPENERS = new Set(['between', 'from', 'entre', 'de']);
const RANGE_LINKS = new Set(['to', 'and', '-', '–', 'à', 'et']);

/**
 * True when the words just before token i say an age (aged, at the age of, à l'âge de): a bare number there
 * is years; so are both ends of a range after them (aged 5 to 10, aged between 18 and 25).
 */
export function ageLeadBefore(tk: FigureToken[], i: number, lex: FigureLexicon): boolean {
  // The second end of a range is read from its first: "aged 5 to 10".
  const first = i >= 2 && RANGE_LINKS.has(tk[i - 1].norm) && tk[i - 2].digits > 0 ? i - 2 : i;
  return leadEndsAt(tk, first, lex) || (first >= 1 && RANGE_OPENERS.has(tk[first - 1].norm) && leadEndsAt(tk, first - 1, lex)) ||
    // "retired at 62", "died at 85", "turned 40": a life's event at a bare number.
    (i >= 2 && tk[i - 1].norm === 'at' && lex.ageAtVerbs.has(tk[i - 2].norm)) || (i >= 1 && lex.ageTurnVerbs.has(tk[i - 1].norm));
}

/** True when the words of one age lead end just before token i. */
function leadEndsAt(tk: FigureToken[], i: number, lex: FigureLexicon): boolean {
  for (const lead of lex.ageLeads) {
    const from = i - lead.length;
    if (from < 0) continue;
    let k = 0;
    while (k < lead.length && tk[from + k].norm === lead[k]) k++;
    if (k === lead.length) return true;
  }
  return false;
}

/** The first token of the age lead that ends just before token i (aged, the age of), or -1. */
export function ageLeadStart(tk: FigureToken[], i: number, lex: FigureLexicon): number {
  for (const lead of lex.ageLeads) {
    const from = i - lead.length;
    if (from < 0) continue;
    let k = 0;
    while (k < lead.length && tk[from + k].norm === lead[k]) k++;
    if (k === lead.length) return from;
  }
  return -1;
}
