// The workspace index: every analyzed article by URI, and the entities aggregated across files
// by id with their mentions and facts. Pure data and queries (no `vscode`): the tree, hovers,
// symbols and references of the extension all read from here, and unit tests drive it directly.
import type { EntityType, Fact, Figure, Predicate } from '../types';
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

export interface EntitySummary {
  id: string;
  name: string;
  /** The type most of its mentions carry (a ticker mention counts for nothing when a name exists). */
  type: EntityType;
  /** Distinct surface forms, most frequent first. */
  aliases: string[];
  tickers: string[];
  mentionCount: number;
  fileCount: number;
  mentions: MentionRef[];
  facts: FactRef[];
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

function compareLocations(a: Location, b: Location): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileRecord>();
  private readonly skipped = new Map<string, string>();
  private aggregated: Map<string, EntitySummary> | undefined;
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
    this.files.set(record.uri, record);
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
    const had = this.files.delete(uri);
    this.skipped.set(uri, reason);
    if (had) this.changed();
  }

  skippedReason(uri: string): string | undefined {
    return this.skipped.get(uri);
  }

  deleteFile(uri: string): boolean {
    this.skipped.delete(uri);
    const had = this.files.delete(uri);
    if (had) this.changed();
    return had;
  }

  /** Drops every file for which keep(uri) is false; returns how many went. */
  retain(keep: (uri: string) => boolean): number {
    let removed = 0;
    for (const uri of [...this.files.keys()]) {
      if (!keep(uri)) {
        this.files.delete(uri);
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
    this.files.delete(oldUri);
    this.files.set(newUri, { ...record, uri: newUri });
    this.changed();
  }

  clear(): void {
    this.files.clear();
    this.skipped.clear();
    this.changed();
  }

  private changed(): void {
    this.aggregated = undefined;
    this.generation++;
  }

  private location(record: FileRecord, start: number, end: number): Location {
    const { line, character } = positionAt(record.lineStarts, start);
    const last = positionAt(record.lineStarts, end);
    return { uri: record.uri, start, end, line, character, endLine: last.line, endCharacter: last.character, lineText: record.lineTexts[line] ?? '' };
  }

  private aggregate(): Map<string, EntitySummary> {
    if (this.aggregated) return this.aggregated;
    const byId = new Map<string, EntitySummary>();
    const typeVotes = new Map<string, Map<EntityType, number>>();
    const aliasVotes = new Map<string, Map<string, number>>();
    const files = new Map<string, Set<string>>();
    const uris = [...this.files.keys()].sort();
    for (const uri of uris) {
      const record = this.files.get(uri)!;
      for (const m of record.analysis.entities) {
        let summary = byId.get(m.id);
        if (!summary) {
          summary = { id: m.id, name: m.name, type: m.type, aliases: [], tickers: [], mentionCount: 0, fileCount: 0, mentions: [], facts: [] };
          byId.set(m.id, summary);
          typeVotes.set(m.id, new Map());
          aliasVotes.set(m.id, new Map());
          files.set(m.id, new Set());
        }
        if (m.type === 'ticker') {
          if (!summary.tickers.includes(m.text)) summary.tickers.push(m.text);
        } else {
          const votes = typeVotes.get(m.id)!;
          votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
          const aliases = aliasVotes.get(m.id)!;
          aliases.set(m.text, (aliases.get(m.text) ?? 0) + 1);
        }
        files.get(m.id)!.add(uri);
        summary.mentions.push({ ...this.location(record, m.start, m.end), text: m.text });
      }
      const figures = new Map(record.analysis.figures.map((f) => [f.start, f]));
      for (const fact of record.analysis.facts) {
        const figure = figures.get(fact.figure);
        const summary = byId.get(fact.entity);
        if (!figure || !summary) continue;
        summary.facts.push({ ...this.location(record, figure.start, figure.end), predicate: fact.predicate, figure });
      }
    }
    for (const summary of byId.values()) {
      const votes = [...typeVotes.get(summary.id)!.entries()].sort((a, b) => b[1] - a[1]);
      if (votes.length) summary.type = votes[0][0];
      summary.aliases = [...aliasVotes.get(summary.id)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([alias]) => alias);
      summary.mentionCount = summary.mentions.length;
      summary.fileCount = files.get(summary.id)!.size;
      summary.mentions.sort(compareLocations);
      summary.facts.sort(compareLocations);
    }
    this.aggregated = byId;
    return byId;
  }

  entity(id: string): EntitySummary | undefined {
    return this.aggregate().get(id);
  }

  /** Entities of one type, most mentioned first, optionally those whose name or an alias contains `filter`. */
  entitiesOfType(type: EntityType, filter?: string): EntitySummary[] {
    const folded = filter ? foldForSearch(filter.trim()) : '';
    const out: EntitySummary[] = [];
    for (const e of this.aggregate().values()) {
      if (e.type !== type) continue;
      if (folded && !this.matches(e, folded)) continue;
      out.push(e);
    }
    return out.sort(byMentionsThenName);
  }

  /** Companies ranked by mentions across the workspace. */
  rankedCompanies(filter?: string): EntitySummary[] {
    return this.entitiesOfType('company', filter);
  }

  private matches(e: EntitySummary, folded: string): boolean {
    if (foldForSearch(e.name).includes(folded)) return true;
    if (e.tickers.some((t) => foldForSearch(t).includes(folded))) return true;
    return e.aliases.some((a) => foldForSearch(a).includes(folded));
  }

  /** Workspace symbol search: entities whose name, alias or ticker contains the query (all when empty), best first. */
  searchEntities(query: string, limit = 200): EntitySummary[] {
    const folded = foldForSearch(query.trim());
    const scored: Array<[number, EntitySummary]> = [];
    for (const e of this.aggregate().values()) {
      if (!folded) {
        scored.push([2, e]);
        continue;
      }
      const name = foldForSearch(e.name);
      const score = name.startsWith(folded) ? 0 : name.includes(folded) ? 1 : this.matches(e, folded) ? 2 : -1;
      if (score >= 0) scored.push([score, e]);
    }
    scored.sort((a, b) => a[0] - b[0] || byMentionsThenName(a[1], b[1]));
    return scored.slice(0, limit).map(([, e]) => e);
  }

  mentionsOf(id: string): MentionRef[] {
    return this.aggregate().get(id)?.mentions ?? [];
  }

  factsOf(id: string): FactRef[] {
    return this.aggregate().get(id)?.facts ?? [];
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
    return record ? this.location(record, start, end) : undefined;
  }
}

function byMentionsThenName(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
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
