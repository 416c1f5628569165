// The table-driven figure cases shared by the figure test files: each case lists every figure
// the text must give, in order, with its text, kind, value, unit, approx and direction (absent
// ones must be absent); numbers are compared to six decimals.
import assert from 'node:assert/strict';
import { extractFigures, type FigureContext } from '../../src/core/figures';
import type { Approx, Direction, FigureKind, Lang } from '../../src/core/types';

export interface Expected {
  text: string;
  kind: FigureKind;
  value: number | string;
  unit?: string;
  approx?: Approx;
  direction?: Direction;
}

type Extra = { approx?: Approx; direction?: Direction };

export const f = (text: string, kind: FigureKind, value: number | string, unit?: string, extra: Extra = {}): Expected => {
  const e: Expected = { text, kind, value };
  if (unit !== undefined) e.unit = unit;
  if (extra.approx) e.approx = extra.approx;
  if (extra.direction) e.direction = extra.direction;
  return e;
};
export const money = (text: string, value: number, unit: string, extra: Extra = {}) => f(text, 'money', value, unit, extra);
export const pct = (text: string, value: number, extra: Extra = {}) => f(text, 'percent', value, '%', extra);
export const qty = (text: string, value: number, unit: string, extra: Extra = {}) => f(text, 'quantity', value, unit, extra);
export const num = (text: string, value: number, extra: Extra = {}) => f(text, 'number', value, undefined, extra);
export const ord = (text: string, value: number) => f(text, 'ordinal', value);
export const date = (text: string, value: string, extra: Extra = {}) => f(text, 'date', value, undefined, extra);
export const dur = (text: string, value: string, extra: Extra = {}) => f(text, 'duration', value, undefined, extra);
export const time = (text: string, value: string) => f(text, 'time', value);
export const UP = { direction: 'up' as const };
export const DOWN = { direction: 'down' as const };
export const ABOUT = { approx: 'about' as const };
export const OVER = { approx: 'over' as const };
export const UNDER = { approx: 'under' as const };
export const AT_LEAST = { approx: 'at_least' as const };
export const UP_TO = { approx: 'up_to' as const };
export const BY = { approx: 'by' as const };

export type Case = [string, Expected[]] | [string, Expected[], Partial<FigureContext>];

/** The cases of a table, each read in the same context (a reference date). */
export const withContext = (ctx: Partial<FigureContext>) => (cases: [string, Expected[]][]): Case[] => cases.map(([text, figures]) => [text, figures, ctx]);

/** One mocha test per case: the figures of the text, exactly. */
export function run(lang: Lang, cases: Case[]): void {
  for (const [text, expected, ctx] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = extractFigures(text, { lang, defaultDollar: 'USD', ...ctx }).map((g) => {
        assert.equal(text.slice(g.start, g.end), g.text);
        const e: Expected = { text: g.text, kind: g.kind, value: typeof g.value === 'number' ? Number(g.value.toFixed(6)) : g.value };
        if (g.unit !== undefined) e.unit = g.unit;
        if (g.approx !== undefined) e.approx = g.approx;
        if (g.direction !== undefined) e.direction = g.direction;
        return e;
      });
      const want = expected.map((e) => (typeof e.value === 'number' ? { ...e, value: Number(e.value.toFixed(6)) } : e));
      assert.deepEqual(got, want);
    });
  }
}

export type MixedCase = [Lang, string, Expected[]] | [Lang, string, Expected[], Partial<FigureContext>];

/** Cases of both languages in one table: [lang, text, figures(, context)]. */
export function runMixed(cases: MixedCase[]): void {
  for (const [lang, text, expected, ctx] of cases) run(lang, [ctx ? [text, expected, ctx] : [text, expected]]);
}
