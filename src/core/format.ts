// A readable listing of one analysis, for people (the CLI's --format text).
import { computeLineStarts, positionAt } from './index/fileRecord';
import type { ArticleAnalysis, Figure } from './types';

/** 1-based line of an offset, for the listing. */
function lineOf(offset: number, lineStarts: number[]): number {
  return positionAt(lineStarts, offset).line + 1;
}

export function describeFigure(f: Figure): string {
  const value = typeof f.value === 'number' ? formatNumber(f.value) : f.value;
  const parts = [f.unit && f.unit !== '%' ? `${value} ${f.unit}` : f.unit === '%' ? `${value} %` : value];
  if (f.approx) parts.push(`(${f.approx})`);
  if (f.direction) parts.push(f.direction === 'up' ? '↑' : '↓');
  return parts.join(' ');
}

/** 11600000000 -> "11 600 000 000"; keeps decimals as computed. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, dec] = String(Math.abs(n) >= 1e21 ? n.toLocaleString('en-US', { useGrouping: false }) : n).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${grouped}${dec ? `.${dec}` : ''}`;
}

export function formatText(text: string, a: ArticleAnalysis): string {
  const lineStarts = computeLineStarts(text);
  const out: string[] = [`${a.file ?? '(text)'}  [${a.lang}]  ${a.entities.length} entities, ${a.figures.length} figures, ${a.facts.length} facts`];
  out.push('  Entities:');
  for (const e of a.entities) out.push(`    ${lineOf(e.start, lineStarts)}:${e.start}  ${e.type.padEnd(12)} ${e.text}  → ${e.name} (${e.id})`);
  out.push('  Figures:');
  for (const f of a.figures) out.push(`    ${lineOf(f.start, lineStarts)}:${f.start}  ${f.kind.padEnd(12)} ${f.text}  = ${describeFigure(f)}`);
  out.push('  Facts:');
  const figureAt = new Map(a.figures.map((f) => [f.start, f]));
  const nameOf = new Map(a.entities.map((e) => [e.id, e.name]));
  for (const fact of a.facts) {
    const f = figureAt.get(fact.figure);
    out.push(`    ${nameOf.get(fact.entity) ?? fact.entity}  ${fact.predicate}  ${f ? `${f.text} = ${describeFigure(f)}` : `@${fact.figure}`}`);
  }
  return out.join('\n');
}
