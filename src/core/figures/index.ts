// Figures: money, percentages, quantities, numbers, ordinals, dates, durations, times.
import type { Figure, Lang } from '../types';

export interface FigureContext {
  lang: Lang;
  /** The article's reference date (YYYY-MM-DD) given by the caller, if any. */
  refDate?: string;
  /** ISO code of a bare "dollar(s)". */
  defaultDollar: string;
}

/** Every figure of the text, in text order, spans not overlapping. */
export function extractFigures(text: string, ctx: FigureContext): Figure[] {
  void text;
  void ctx;
  return []; // placeholder until the figure grammar lands
}
