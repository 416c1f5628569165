// The hover cards, as Markdown text: what a figure means (normalized value, qualifier,
// direction, the equivalent the text states, the fact it supports, the value in a reference
// currency) and who an entity is (type, ticker, aliases, mentions, facts, command links).
// Pure so it is unit-tested in Node; the extension passes vscode.l10n.t as `t`.
import { describeFigure, formatNumber } from '../format';
import type { Approx, Direction, EntityType, Figure, FigureKind, Lang, Predicate } from '../types';
import type { EntitySummary, WorkspaceIndex } from './workspaceIndex';

/** Formats a UI message: `{0}`, `{1}`… are replaced by the arguments (vscode.l10n.t's contract). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const englishText: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));

export interface ExchangeSettings {
  /** ISO code to convert money into, or '' for none. */
  referenceCurrency: string;
  /** Units of each currency for one unit of the table's base (e.g. {USD: 1, EUR: 0.92}). */
  rates: Record<string, number>;
  /** The date the rates are from, shown with the converted value. */
  ratesDate: string;
}

export function kindLabel(kind: FigureKind, t: Translate): string {
  switch (kind) {
    case 'money': return t('money');
    case 'percent': return t('percentage');
    case 'quantity': return t('quantity');
    case 'number': return t('number');
    case 'ordinal': return t('rank');
    case 'date': return t('date');
    case 'duration': return t('duration');
    case 'time': return t('time of day');
  }
}

export function entityTypeLabel(type: EntityType, t: Translate): string {
  switch (type) {
    case 'company': return t('company');
    case 'organization': return t('organization');
    case 'person': return t('person');
    case 'place': return t('place');
    case 'product': return t('product');
    case 'ticker': return t('ticker');
  }
}

export function approxLabel(approx: Approx, t: Translate): string {
  switch (approx) {
    case 'about': return t('about (approximate value)');
    case 'over': return t('more than');
    case 'under': return t('less than');
    case 'at_least': return t('at least');
    case 'up_to': return t('up to');
    case 'by': return t('by (a deadline)');
  }
}

export function directionLabel(direction: Direction, t: Translate): string {
  return direction === 'up' ? t('a rise') : t('a fall');
}

export function predicateLabel(predicate: Predicate, t: Translate): string {
  switch (predicate) {
    case 'market_share': return t('market share');
    case 'revenue': return t('revenue');
    case 'growth': return t('growth');
    case 'investment': return t('investment');
    case 'share_price': return t('share price');
    case 'share_price_change': return t('share price change');
    case 'market_cap_change': return t('market value change');
    case 'count': return t('count');
    case 'event_date': return t('date of an event');
    case 'other': return t('other');
  }
}

/** The normalized value with its unit, without qualifier or direction: `11 600 000 000 USD`, `2025-Q1`. */
export function normalizedValue(f: Figure): string {
  return describeFigure({ ...f, approx: undefined, direction: undefined });
}

/** The sign an inlay hint puts before the value: `=`, or the qualifier in one character. */
export function approxSign(approx: Approx | undefined): string {
  switch (approx) {
    case undefined: return '=';
    case 'about': return '≈';
    case 'over': return '>';
    case 'under': return '<';
    case 'at_least': return '≥';
    // A deadline (`d'ici juin`) is "no later than", the same bound as "up to".
    case 'up_to':
    case 'by': return '≤';
  }
}

/** Decimals an inlay hint keeps: 0.125 % (a rate in basis points) stays whole, a third is cut. */
const HINT_DECIMALS = 3;

/**
 * A number as the hint shows it: the hover card's grouping (`11 600 000 000`, `.` for decimals
 * in every UI language), at most three decimals, and `…` when digits were cut (the tooltip has
 * them all). Under 1, three significant digits, so a small rate never reads as 0.
 */
export function compactNumber(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return formatNumber(n);
  const cut = Math.abs(n) >= 1 ? Math.round(n * 10 ** HINT_DECIMALS) / 10 ** HINT_DECIMALS : Number(n.toPrecision(HINT_DECIMALS));
  return cut === n ? formatNumber(n) : `${formatNumber(cut)}…`;
}

/**
 * The label of a figure's inlay hint: `= 11 600 000 000 USD`, `= 2025-Q1`, `> 80 000 000 000 USD ↑`,
 * `≈ 33.333… %`. The full number rather than `11.6 bn`: it is the value the hover card, the
 * Outline and the CLI give, it shows the scale the checker is verifying, and it needs no scale
 * word (a French "billion" is 10^12).
 */
export function inlayHintLabel(f: Figure): string {
  const value = typeof f.value === 'number' ? compactNumber(f.value) : f.value;
  const withUnit = f.unit ? `${value} ${f.unit}` : value;
  const arrow = f.direction === 'up' ? ' ↑' : f.direction === 'down' ? ' ↓' : '';
  return `${approxSign(f.approx)} ${withUnit}${arrow}`;
}

/** The digits of a number as written: sign, digits with separators, and what stands before and after. */
const WRITTEN_NUMBER = /^(?<before>[^\d+\-]*)(?<sign>[+\-]?)(?<digits>\d(?:[\d.,'’]*\d)?)(?<after>.*)$/su;

/**
 * Reads digits as the article's language writes them: French `1 500,5` / `1.500`, English
 * `1,500.5`. The other mark is a decimal point only where it cannot be grouping (`2.5` in
 * French). Undefined when the digits do not form one number (`1.2.3,4`).
 */
export function readWrittenDigits(digits: string, lang: Lang): number | undefined {
  const decimal = lang === 'fr' ? ',' : '.';
  const other = lang === 'fr' ? '.' : ',';
  let s = digits.replace(/['’]/g, '');
  if (s.includes(decimal)) {
    const at = s.lastIndexOf(decimal);
    const int = s.slice(0, at);
    if (int.includes(decimal) || s.slice(at + 1).includes(other)) return undefined;
    s = `${int.split(other).join('')}.${s.slice(at + 1)}`;
  } else if (s.includes(other)) {
    const groups = s.split(other);
    const grouping = groups.slice(1).every((g) => g.length === 3);
    if (grouping) s = groups.join('');
    else if (groups.length === 2) s = `${groups[0]}.${groups[1]}`;
    else return undefined;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * Whether the figure's text already says its normalized value, so a hint would only repeat it:
 * a date written as its ISO value (`2025`), or the number in digits as the article's language
 * writes them with nothing more than the unit the hint would show: `16 %`, `16%`, `9,2 %` in
 * French, `USD 5`; for a quantity, any counted noun after the digits (`29 centres`), since the
 * hint would only give it in the singular. A scale word (`milliards`), a number in words
 * (`deux`), a currency name or symbol (`dollars`, `$`: which dollar is a reading) all differ.
 * Qualifier and direction words are outside the figure's text, and do not count.
 */
export function textSaysValue(f: Figure, lang: Lang): boolean {
  const text = f.text.replace(/\s+/gu, '').replace(/\u2212/g, '-');
  if (typeof f.value === 'string') return text === f.value;
  const m = WRITTEN_NUMBER.exec(text);
  if (!m?.groups) return false;
  const { before, sign, digits, after } = m.groups;
  const written = readWrittenDigits(digits, lang);
  if (written === undefined) return false;
  // `-2,3 %` says a fall of 2.3 % as well as the value -2.3 %.
  const value = f.value;
  const saysNumber = sign === '-' ? sameNumber(-written, value) || (f.direction === 'down' && sameNumber(written, value)) : sameNumber(written, value);
  if (!saysNumber) return false;
  switch (f.kind) {
    case 'percent': return before === '' && (after === '%' || after === '％');
    case 'money': return (before === f.unit && after === '') || (before === '' && after === f.unit);
    case 'quantity': return before === '';
    default: return before === '' && after === '';
  }
}

/** The hint a figure gets, or undefined when its text already says the value. */
export function figureHintLabel(f: Figure, lang: Lang): string | undefined {
  return textSaysValue(f, lang) ? undefined : inlayHintLabel(f);
}

/** Converts an amount with a table of units per base unit; undefined when a rate is missing. */
export function convertMoney(value: number, from: string, to: string, rates: Record<string, number>): number | undefined {
  const rFrom = rates[from];
  const rTo = rates[to];
  if (!(rFrom > 0) || !(rTo > 0)) return undefined;
  return (value / rFrom) * rTo;
}

function roundForDisplay(x: number): number {
  return Math.abs(x) >= 1000 ? Math.round(x) : Math.round(x * 100) / 100;
}

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export interface CardContext {
  index: WorkspaceIndex;
  uri: string;
  t: Translate;
  exchange?: ExchangeSettings;
}

export function figureCard(f: Figure, ctx: CardContext): string {
  const { t, index, uri } = ctx;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(f.text)}** — ${kindLabel(f.kind, t)}`);
  lines.push('');
  lines.push(`${t('Value:')} \`${normalizedValue(f)}\``);
  if (f.approx) lines.push(`${t('Qualifier:')} ${approxLabel(f.approx, t)}`);
  if (f.direction) lines.push(`${t('Direction:')} ${directionLabel(f.direction, t)}`);
  const equivalent = index.equivalentOf(uri, f.start);
  if (equivalent) {
    const label = equivalent.restates ? t('Restates:') : t('Stated equivalent:');
    lines.push(`${label} ${escapeMarkdown(equivalent.figure.text)} = \`${normalizedValue(equivalent.figure)}\``);
  }
  for (const fact of index.factsOfFigure(uri, f.start)) {
    const name = index.entity(fact.entity)?.name ?? fact.entity;
    lines.push(`${t('Fact:')} ${escapeMarkdown(name)} — ${predicateLabel(fact.predicate, t)}`);
  }
  const ex = ctx.exchange;
  if (ex && ex.referenceCurrency && f.kind === 'money' && typeof f.value === 'number' && f.unit && f.unit !== ex.referenceCurrency) {
    const converted = convertMoney(f.value, f.unit, ex.referenceCurrency, ex.rates);
    if (converted !== undefined) {
      const when = ex.ratesDate ? t(' (rates of {0})', ex.ratesDate) : '';
      lines.push(`${t('In {0}:', ex.referenceCurrency)} ≈ \`${formatNumber(roundForDisplay(converted))} ${ex.referenceCurrency}\`${when}`);
    }
  }
  return lines.join('  \n');
}

const MAX_FACTS_IN_CARD = 5;

export function entityCard(e: EntitySummary, ctx: CardContext): string {
  const { t, index, uri } = ctx;
  const lines: string[] = [];
  const tickers = e.tickers.length ? ` · ${e.tickers.map((x) => `\`${x}\``).join(' ')}` : '';
  lines.push(`**${escapeMarkdown(e.name)}** — ${entityTypeLabel(e.type, t)}${tickers}`);
  lines.push('');
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) lines.push(`${t('Also written:')} ${aliases.slice(0, 8).map(escapeMarkdown).join(', ')}`);
  lines.push(t('Mentions: {0} in this file, {1} in {2} files of the workspace', index.mentionCountIn(uri, e.id), e.mentionCount, e.fileCount));
  if (e.factCount) {
    lines.push(`${t('Facts:')}`);
    // Only the facts shown are built: a company in every file of a large workspace has thousands.
    for (const fact of index.factsOf(e.id, MAX_FACTS_IN_CARD)) {
      lines.push(`- ${predicateLabel(fact.predicate, t)}: \`${normalizedValue(fact.figure)}\` (${escapeMarkdown(fileName(fact.uri))}:${fact.line + 1})`);
    }
    if (e.factCount > MAX_FACTS_IN_CARD) lines.push(t('… and {0} more', e.factCount - MAX_FACTS_IN_CARD));
  }
  lines.push('');
  lines.push(`${commandLink(t('Show in tree'), 'articleLens.revealInTree', [e.id])} · ${commandLink(t('Find all mentions'), 'articleLens.findMentions', [e.id])}`);
  return lines.join('  \n');
}
