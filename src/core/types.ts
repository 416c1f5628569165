// The annotation format, version 1 (see README, "Annotation format"). Every layer of the
// core produces these plain objects; the CLI prints them and the extension displays them.
// Offsets are UTF-16 code units into the text exactly as read, `end` exclusive, and
// `text === source.slice(start, end)` always holds.

export type Lang = 'fr' | 'en';
export const SUPPORTED_LANGS: readonly Lang[] = ['fr', 'en'];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'company' | 'organization' | 'person' | 'place' | 'product' | 'ticker';
export const ENTITY_TYPES: readonly EntityType[] = ['company', 'organization', 'person', 'place', 'product', 'ticker'];

export interface EntityMention extends Span {
  type: EntityType;
  /** Canonical key, lower-kebab-case ASCII of the canonical name; shared by all mentions of one entity. */
  id: string;
  /** Canonical display name. */
  name: string;
}

export type FigureKind = 'money' | 'percent' | 'quantity' | 'number' | 'ordinal' | 'date' | 'duration' | 'time';
export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity', 'number', 'ordinal', 'date', 'duration', 'time'];

export type Approx = 'about' | 'over' | 'under' | 'at_least' | 'up_to' | 'by';
export type Direction = 'up' | 'down';

export interface Figure extends Span {
  kind: FigureKind;
  /** A number for money, percent, quantity, number, ordinal; ISO 8601 text for date, duration, time. */
  value: number | string;
  /** ISO 4217 code for money, `%` for percent, the counted thing for quantity; absent otherwise. */
  unit?: string;
  approx?: Approx;
  direction?: Direction;
}

export type Predicate =
  | 'market_share'
  | 'revenue'
  | 'growth'
  | 'investment'
  | 'share_price'
  | 'share_price_change'
  | 'market_cap_change'
  | 'count'
  | 'event_date'
  | 'other';

export interface Fact {
  /** The entity id. */
  entity: string;
  /** The `start` offset of the figure in the same article. */
  figure: number;
  predicate: Predicate;
}

export interface ArticleAnalysis {
  file?: string;
  lang: Lang;
  entities: EntityMention[];
  figures: Figure[];
  facts: Fact[];
}

/** How an article is written: Markdown or plain text (see text/markup.ts). */
export type TextFormat = 'markdown' | 'plain';

/** A name of the user's entity list (see entities/entityList.ts). */
export interface ListedEntity {
  name: string;
  type: Exclude<EntityType, 'ticker'>;
  aliases?: string[];
}

/** The user's entity list once checked: plain data, so it crosses to the index workers. */
export interface EntityList {
  entities: ListedEntity[];
  /** Names that are no mention. */
  ignore: string[];
}

export interface AnalyzeOptions {
  /** The article's language; detected from the text when absent. */
  lang?: Lang;
  /** The article's reference date (YYYY-MM-DD); else taken from the text as the spec says. */
  date?: string;
  /** The file name, copied to the output's `file`; its extension gives the format when `format` is absent. */
  file?: string;
  /** Markdown or plain text: in Markdown, front matter, code, link destinations and HTML are not read as prose. */
  format?: TextFormat;
  /** The user's entity list (names to know, names to leave alone): it has the last word over the analyzer's. */
  entityList?: EntityList;
  /** Currency of a bare "dollar(s)" with no country: USD unless overridden. */
  defaultDollar?: string;
}
