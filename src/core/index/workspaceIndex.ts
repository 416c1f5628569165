// The workspace index: every analyzed article by URI, and the entities aggregated across files
// by id (counts kept up to date file by file; mention and fact lists built per entity on demand). Pure data and queries (no `vscode`): the tree, hovers,
// symbols and references of the extension all read from here, and unit tests drive it directly.
import type { EntityMention, EntityType, Fact, Figure, Predicate } from '../types';
import { positionAt, type FileRecord } from './fileRecord';

export interface Location {
  uri: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The text of the line holding the span (trimmed). */
  lineText: string;
}

export interface MentionRef extends Location {
  text: string;
}

export interface FactRef extends Location {
  predicate: Predicate;
  figure: Figure;
}

/**
 * One entity across the workspace. The counts, type, name, aliases and tickers are kept up to date
 * as files come and go; `mentions` and `facts` are built on first read, for this entity only.
 */
export interface EntitySummary {
  readonly id: string;
  /** The name most of its mentions carry. */
  readonly name: string;
  /** The type most of its mentions carry (a ticker mention counts for nothing when a name exists). */
  readonly type: EntityType;
  /** Distinct surface forms, most frequent first. */
  readonly aliases: string[];
  /** Distinct ticker mentions, most frequent first. */
  readonly tickers: string[];
  readonly mentionCount: number;
  readonly fileCount: number;
  readonly factCount: number;
  /** Every mention, by file then offset (built when read). */
  readonly mentions: MentionRef[];
  /** Every fact, by file then offset (built when read). */
  readonly facts: FactRef[];
}

export interface FileStats {
  lang: string;
  entities: number;
  distinctEntities: number;
  figures: number;
  facts: number;
}

/** Lower case, no accents: "Société Générale" matches "societe". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Adds delta to a vote, dropping the key when it falls to nothing. */
function bump<K>(votes: Map<K, number>, key: K, delta: number): void {
  const n = (votes.get(key) ?? 0) + delta;
  if (n > 0) votes.set(key, n);
  else votes.delete(key);
}

/** The key of byVotes(votes)[0], without sorting the others. */
function topVote<K extends string>(votes: Map<K, number>): K | undefined {
  let top: K | undefined;
  let most = 0;
  for (const [key, n] of votes) {
    if (n > most || (n === most && top !== undefined && key < top)) {
      top = key;
      most = n;
    }
  }
  return top;
}

/** Keys by votes, most first, ties in code-unit order (the same whatever order files came in). */
function byVotes<K extends string>(votes: Map<K, number>): K[] {
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key]) => key);
}

/**
 * The running totals of one entity: each file added folds its mentions in, each file removed
 * takes them out again, so no change ever walks the whole workspace. What is derived from the
 * votes (name, type, sorted aliases) and the location lists are cached until a file touching this
 * entity changes.
 */
class EntityAggregate implements EntitySummary {
  mentionCount = 0;
  factCount = 0;
  /** URI -> mentions of this entity in that file. */
  readonly files = new Map<string, number>();
  private readonly nameVotes = new Map<string, number>();
  private readonly typeVotes = new Map<EntityType, number>();
  private readonly aliasVotes = new Map<string, number>();
  private readonly tickerVotes = new Map<string, number>();
  // What is read from the votes, each built when first read (a ranking reads only name and type).
  private nameCache: string | undefined;
  private typeCache: EntityType | undefined;
  private aliasCache: string[] | undefined;
  private tickerCache: string[] | undefined;
  /** Name, aliases and tickers folded for search, built on the first filtered query. */
  private foldedCache: { name: string; all: string[] } | undefined;
  /** Where its name sorts among all names, as of the last ranking (see WorkspaceIndex.rankAll). */
  namePlace = 0;
  private mentionList: MentionRef[] | undefined;
  private factList: FactRef[] | undefined;
  /** Its files in URI order: a hover card reads the first facts of a company in thousands of files. */
  private uriList: string[] | undefined;

  constructor(
    readonly id: string,
    private readonly index: WorkspaceIndex,
  ) {}

  /** Folds one mention in (delta 1) or out (delta -1). */
  countMention(uri: string, m: EntityMention, delta: number): void {
    this.mentionCount += delta;
    bump(this.files, uri, delta);
    bump(this.nameVotes, m.name, delta);
    if (m.type === 'ticker') bump(this.tickerVotes, m.text, delta);
    else {
      bump(this.typeVotes, m.type, delta);
      bump(this.aliasVotes, m.text, delta);
    }
    this.invalidate();
  }

  countFact(delta: number): void {
    this.factCount += delta;
    this.invalidate();
  }

  private invalidate(): void {
    this.nameCache = undefined;
    this.typeCache = undefined;
    this.aliasCache = undefined;
    this.tickerCache = undefined;
    this.foldedCache = undefined;
    this.mentionList = undefined;
    this.factList = undefined;
    this.uriList = undefined;
  }

  get name(): string {
    return (this.nameCache ??= topVote(this.nameVotes) ?? this.id);
  }

  get type(): EntityType {
    // An entity seen only through tickers is a ticker.
    return (this.typeCache ??= topVote(this.typeVotes) ?? 'ticker');
  }

  get aliases(): string[] {
    return (this.aliasCache ??= byVotes(this.aliasVotes));
  }

  get tickers(): string[] {
    return (this.tickerCache ??= byVotes(this.tickerVotes));
  }

  get fileCount(): number {
    return this.files.size;
  }

  get folded(): { name: string; all: string[] } {
    return (this.foldedCache ??= { name: foldForSearch(this.name), all: [this.name, ...this.tickers, ...this.aliases].map(foldForSearch) });
  }

  /** This entity's files in URI order: only they are read, and only their order is sorted. */
  private sortedUris(): string[] {
    return (this.uriList ??= [...this.files.keys()].sort());
  }

  get mentions(): MentionRef[] {
    this.mentionList ??= this.buildMentions(Infinity);
    return this.mentionList;
  }

  get facts(): FactRef[] {
    this.factList ??= this.buildFacts(Infinity);
    return this.factList;
  }

  /** The first `limit` mentions: a tree node of a company in every file shows 500, not 30 000. */
  mentionsUpTo(limit: number): MentionRef[] {
    return this.mentionList || limit >= this.mentionCount ? this.mentions.slice(0, limit) : this.buildMentions(limit);
  }

  factsUpTo(limit: number): FactRef[] {
    return this.factList || limit >= this.factCount ? this.facts.slice(0, limit) : this.buildFacts(limit);
  }

  private buildMentions(limit: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (const uri of this.sortedUris()) {
      const record = this.index.file(uri);
      if (!record) continue;
      // Mentions are stored in text order: no sort within a file.
      for (const m of record.analysis.entities) {
        if (m.id !== this.id) continue;
        if (out.length >= limit) return out;
        out.push({ ...locationIn(record, m.start, m.end), text: m.text });
      }
    }
    return out;
  }

  private buildFacts(limit: number): FactRef[] {
    const out: FactRef[] = [];
    for (const uri of this.sortedUris()) {
      if (out.length >= limit) break;
      const record = this.index.file(uri);
      if (!record) continue;
      const inFile: FactRef[] = [];
      for (const fact of record.analysis.facts) {
        if (fact.entity !== this.id) continue;
        const figure = figureStartingAt(record, fact.figure);
        if (figure) inFile.push({ ...locationIn(record, figure.start, figure.end), predicate: fact.predicate, figure });
      }
      inFile.sort((a, b) => a.start - b.start);
      out.push(...inFile);
    }
    return out.length > limit ? out.slice(0, limit) : out;
  }
}

function locationIn(record: FileRecord, start: number, end: number): Location {
  const { line, character } = positionAt(record.lineStarts, start);
  const last = positionAt(record.lineStarts, end);
  return { uri: record.uri, start, end, line, character, endLine: last.line, endCharacter: last.character, lineText: record.lineTexts[line] ?? '' };
}

function figureStartingAt(record: FileRecord, start: number): Figure | undefined {
  const figure = findSpanAt(record.analysis.figures, start);
  return figure && figure.start === start ? figure : undefined;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileRecord>();
  private readonly skipped = new Map<string, string>();
  private readonly entities = new Map<string, EntityAggregate>();
  /** Entities of each type, most mentioned first, as of index version `rankedAt`; rebuilt when asked after a change. */
  private rankedByType = new Map<EntityType, EntityAggregate[]>();
  private rankedAt = -1;
  private readonly nameOrder = new NameOrder();
  private generation = 0;

  /** Bumped on every change: callers cache against it. */
  get version(): number {
    return this.generation;
  }

  get fileCount(): number {
    return this.files.size;
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  file(uri: string): FileRecord | undefined {
    return this.files.get(uri);
  }

  setFile(record: FileRecord): void {
    const previous = this.files.get(record.uri);
    if (previous) this.fold(previous, -1);
    this.files.set(record.uri, record);
    this.fold(record, 1);
    this.skipped.delete(record.uri);
    this.changed();
  }

  /** Keeps the record but notes the editor version it is known to match (unchanged text). */
  touchVersion(uri: string, version: number): void {
    const record = this.files.get(uri);
    if (record) record.version = version;
  }

  /** A file that is no article (too large, binary, not UTF-8): kept out, with the reason. */
  setSkipped(uri: string, reason: string): void {
    const had = this.removeRecord(uri);
    this.skipped.set(uri, reason);
    if (had) this.changed();
  }

  skippedReason(uri: string): string | undefined {
    return this.skipped.get(uri);
  }

  deleteFile(uri: string): boolean {
    this.skipped.delete(uri);
    const had = this.removeRecord(uri);
    if (had) this.changed();
    return had;
  }

  /** Drops every file for which keep(uri) is false; returns how many went. */
  retain(keep: (uri: string) => boolean): number {
    let removed = 0;
    for (const uri of [...this.files.keys()]) {
      if (!keep(uri)) {
        this.removeRecord(uri);
        removed++;
      }
    }
    for (const uri of [...this.skipped.keys()]) if (!keep(uri)) this.skipped.delete(uri);
    if (removed) this.changed();
    return removed;
  }

  renameFile(oldUri: string, newUri: string): void {
    const record = this.files.get(oldUri);
    if (!record) return;
    this.removeRecord(oldUri);
    this.removeRecord(newUri);
    const renamed = { ...record, uri: newUri };
    this.files.set(newUri, renamed);
    this.fold(renamed, 1);
    this.changed();
  }

  clear(): void {
    this.files.clear();
    this.skipped.clear();
    this.entities.clear();
    this.changed();
  }

  private removeRecord(uri: string): boolean {
    const record = this.files.get(uri);
    if (!record) return false;
    this.fold(record, -1);
    this.files.delete(uri);
    return true;
  }

  /**
   * Adds (delta 1) or subtracts (delta -1) one file's entities and facts to the per-entity totals:
   * work in proportion to that file alone. A fact counts for an entity mentioned in the same file.
   */
  private fold(record: FileRecord, delta: 1 | -1): void {
    const touched = new Set<string>();
    for (const m of record.analysis.entities) {
      let entity = this.entities.get(m.id);
      if (!entity) {
        if (delta < 0) continue;
        entity = new EntityAggregate(m.id, this);
        this.entities.set(m.id, entity);
      }
      entity.countMention(record.uri, m, delta);
      touched.add(m.id);
    }
    for (const fact of record.analysis.facts) {
      if (!touched.has(fact.entity) || !figureStartingAt(record, fact.figure)) continue;
      this.entities.get(fact.entity)?.countFact(delta);
    }
    if (delta < 0) {
      for (const id of touched) if (this.entities.get(id)?.mentionCount === 0) this.entities.delete(id);
    }
  }

  private changed(): void {
    this.generation++;
  }

  entity(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  /** All entities of one type, most mentioned first: ranked again (all types at once) on the first ask after a change. */
  private ranked(type: EntityType): EntityAggregate[] {
    if (this.rankedAt !== this.generation) this.rankAll();
    return this.rankedByType.get(type) ?? [];
  }

  /**
   * Ranks every type in one pass over the entities. Names are compared through their place in
   * `nameOrder` (two integers), not with the collator: a ranking of 10 000 entities would otherwise
   * compare names ~130 000 times, on every refresh of the tree while a scan runs.
   */
  private rankAll(): void {
    const lists = new Map<EntityType, EntityAggregate[]>();
    const names: string[] = [];
    for (const e of this.entities.values()) {
      let list = lists.get(e.type);
      if (!list) lists.set(e.type, (list = []));
      list.push(e);
      names.push(e.name);
    }
    const places = this.nameOrder.placesOf(names);
    for (const e of this.entities.values()) e.namePlace = places.get(e.name)!;
    for (const list of lists.values()) list.sort(byMentionsThenNamePlace);
    this.rankedByType = lists;
    this.rankedAt = this.generation;
  }

  /** Entities of one type, most mentioned first, optionally those whose name or an alias contains `filter`. */
  entitiesOfType(type: EntityType, filter?: string): EntitySummary[] {
    return this.entitiesOfTypes([type], filter);
  }

  /** Entities of any of these types in one ranking (the tree's companies with the bare tickers), optionally filtered. */
  entitiesOfTypes(types: readonly EntityType[], filter?: string): EntitySummary[] {
    const folded = filter ? foldForSearch(filter.trim()) : '';
    const lists = types.map((type) => this.ranked(type));
    let list = lists.length === 1 ? lists[0].slice() : lists.flat().sort(byMentionsThenNamePlace);
    if (folded) list = list.filter((e) => matches(e, folded));
    return list;
  }

  /** How many entities of one type there are, without ranking them. */
  countOfType(type: EntityType): number {
    return this.ranked(type).length;
  }

  /** Companies ranked by mentions across the workspace. */
  rankedCompanies(filter?: string): EntitySummary[] {
    return this.entitiesOfType('company', filter);
  }

  /** Workspace symbol search: entities whose name, alias or ticker contains the query (all when empty), best first. */
  searchEntities(query: string, limit = 200): EntitySummary[] {
    const folded = foldForSearch(query.trim());
    const scored: Array<[number, EntityAggregate]> = [];
    for (const e of this.entities.values()) {
      if (!folded) {
        scored.push([2, e]);
        continue;
      }
      const name = e.folded.name;
      const score = name.startsWith(folded) ? 0 : name.includes(folded) ? 1 : matches(e, folded) ? 2 : -1;
      if (score >= 0) scored.push([score, e]);
    }
    scored.sort((a, b) => a[0] - b[0] || byMentionsThenName(a[1], b[1]));
    return scored.slice(0, limit).map(([, e]) => e);
  }

  /** Every mention of the entity, by file then offset; with a limit, only the first ones are built. */
  mentionsOf(id: string, limit = Infinity): MentionRef[] {
    return this.entities.get(id)?.mentionsUpTo(limit) ?? [];
  }

  factsOf(id: string, limit = Infinity): FactRef[] {
    return this.entities.get(id)?.factsUpTo(limit) ?? [];
  }

  /** The entity's first mention in URI order, without building its list of mentions. */
  firstMentionOf(id: string): MentionRef | undefined {
    const entity = this.entities.get(id);
    if (!entity) return undefined;
    let first: string | undefined;
    for (const uri of entity.files.keys()) if (first === undefined || uri < first) first = uri;
    const record = first === undefined ? undefined : this.files.get(first);
    const m = record?.analysis.entities.find((x) => x.id === id);
    return record && m ? { ...locationIn(record, m.start, m.end), text: m.text } : undefined;
  }

  /** The entity mention whose span holds the offset (end inclusive, as a cursor right after a word is on it). */
  entityAt(uri: string, offset: number) {
    const record = this.files.get(uri);
    if (!record) return undefined;
    return findSpanAt(record.analysis.entities, offset);
  }

  figureAt(uri: string, offset: number): Figure | undefined {
    const record = this.files.get(uri);
    if (!record) return undefined;
    return findSpanAt(record.analysis.figures, offset);
  }

  /** The facts that link the figure starting at `figureStart` in this file. */
  factsOfFigure(uri: string, figureStart: number): Fact[] {
    const record = this.files.get(uri);
    if (!record) return [];
    return record.analysis.facts.filter((f) => f.figure === figureStart);
  }

  /** The money figure that restates this one in parentheses, or that this one restates. */
  equivalentOf(uri: string, figureStart: number): { figure: Figure; restates: boolean } | undefined {
    const record = this.files.get(uri);
    if (!record) return undefined;
    const byStart = new Map(record.analysis.figures.map((f) => [f.start, f]));
    for (const [main, paren] of record.equivalents) {
      if (main === figureStart && byStart.has(paren)) return { figure: byStart.get(paren)!, restates: false };
      if (paren === figureStart && byStart.has(main)) return { figure: byStart.get(main)!, restates: true };
    }
    return undefined;
  }

  mentionCountIn(uri: string, id: string): number {
    const record = this.files.get(uri);
    if (!record) return 0;
    let n = 0;
    for (const m of record.analysis.entities) if (m.id === id) n++;
    return n;
  }

  stats(uri: string): FileStats | undefined {
    const record = this.files.get(uri);
    if (!record) return undefined;
    const a = record.analysis;
    return { lang: a.lang, entities: a.entities.length, distinctEntities: new Set(a.entities.map((e) => e.id)).size, figures: a.figures.length, facts: a.facts.length };
  }

  locationOf(uri: string, start: number, end: number): Location | undefined {
    const record = this.files.get(uri);
    return record ? locationIn(record, start, end) : undefined;
  }
}

function matches(e: EntityAggregate, folded: string): boolean {
  return e.folded.all.some((s) => s.includes(folded));
}

/** One collator for every ranking: String#localeCompare sets one up per call, ten times slower. */
const nameCollator = new Intl.Collator();

/** The ranking of the tree and of symbol search: most mentioned first, then by name. */
export function byMentionsThenName(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || nameCollator.compare(a.name, b.name);
}

/** byMentionsThenName, with the names' places in a NameOrder taken just before. */
function byMentionsThenNamePlace(a: EntityAggregate, b: EntityAggregate): number {
  return b.mentionCount - a.mentionCount || a.namePlace - b.namePlace;
}

/**
 * Every name seen, in collator order, kept from one ranking to the next: a new name is placed
 * with a binary search (log n comparisons), once, instead of being compared again in every sort.
 */
export class NameOrder {
  private sorted: string[] = [];
  private readonly known = new Set<string>();
  private places = new Map<string, number>();

  /** The place of every name in `names` (equal places only for equal names), placing the new ones first. */
  placesOf(names: readonly string[]): ReadonlyMap<string, number> {
    const fresh: string[] = [];
    for (const name of names) {
      if (this.known.has(name)) continue;
      this.known.add(name);
      fresh.push(name);
    }
    if (!fresh.length) return this.places;
    fresh.sort(nameCollator.compare);
    // Names no entity bears any more pile up as entities come and go: start again from those in use.
    if (this.sorted.length + fresh.length > 2 * names.length + 1000) {
      this.known.clear();
      this.sorted = [];
      return this.placesOf(names);
    }
    const merged: string[] = [];
    let from = 0;
    for (const name of fresh) {
      // The first of the sorted names after `name`; names already placed keep their order.
      let lo = from;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nameCollator.compare(this.sorted[mid], name) <= 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = from; i < lo; i++) merged.push(this.sorted[i]);
      merged.push(name);
      from = lo;
    }
    for (let i = from; i < this.sorted.length; i++) merged.push(this.sorted[i]);
    this.sorted = merged;
    this.places = new Map(merged.map((name, i) => [name, i]));
    return this.places;
  }
}

/** Binary search over spans in text order that do not overlap. */
export function findSpanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
