// A FileRecord packed for the trip from the index worker to the extension host: every number in
// one Int32Array (and figure values in a Float64Array), every distinct string once in a list.
// postMessage copies those in a few block moves instead of walking ~150 small objects key by
// key (the structured clone of a plain record costs more on each side than this packing and
// unpacking together), and the host holds one string for a name its mentions repeat.
import type { EntityMention, EntityType, Fact, Figure, FigureKind, Lang, Predicate } from '../types';
import type { FileRecord } from './fileRecord';
import type { JobResult } from './job';

export interface PackedRecord {
  strings: string[];
  ints: Int32Array;
  values: Float64Array;
}

// The packing names every field of these types; a field added to one of them must be packed too,
// and these lines stop the build until it is (see packRecord and unpackRecord).
type Covers<T, Packed extends keyof T> = Exclude<keyof T, Packed> extends never ? true : never;
const entityFields: Covers<EntityMention, 'start' | 'end' | 'text' | 'type' | 'id' | 'name'> = true;
const figureFields: Covers<Figure, 'start' | 'end' | 'text' | 'kind' | 'value' | 'unit' | 'approx' | 'direction'> = true;
const factFields: Covers<Fact, 'entity' | 'figure' | 'predicate'> = true;
const analysisFields: Covers<FileRecord['analysis'], 'file' | 'lang' | 'entities' | 'figures' | 'facts'> = true;
const recordFields: Covers<FileRecord, 'uri' | 'hash' | 'version' | 'analysis' | 'lineStarts' | 'lineTexts' | 'equivalents' | 'textLength'> = true;
void [entityFields, figureFields, factFields, analysisFields, recordFields];

const HEADER = 12;
const ENTITY_INTS = 6;
const FIGURE_INTS = 9;
const FACT_INTS = 3;
/** Stands for an absent string or number (no offset, index or version is negative). */
const NONE = -1;
/** A figure's value tag: a number (in `values`) or a string (in `strings`). */
const NUMBER_VALUE = 0;
const STRING_VALUE = 1;

export function packRecord(record: FileRecord): PackedRecord {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const str = (s: string): number => {
    let i = indexOf.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      indexOf.set(s, i);
    }
    return i;
  };
  const optional = (s: string | undefined): number => (s === undefined ? NONE : str(s));
  const { analysis, lineStarts, equivalents } = record;
  const { entities, figures, facts } = analysis;
  const lineTexts = Object.entries(record.lineTexts);
  const ints = new Int32Array(HEADER + entities.length * ENTITY_INTS + figures.length * FIGURE_INTS + facts.length * FACT_INTS + lineStarts.length + lineTexts.length * 2 + equivalents.length * 2);
  const values: number[] = [];
  ints.set([
    record.version ?? NONE, record.textLength, entities.length, figures.length, facts.length, lineStarts.length, lineTexts.length, equivalents.length,
    str(record.uri), str(record.hash), str(analysis.lang), optional(analysis.file),
  ]);
  let at = HEADER;
  for (const m of entities) {
    ints[at++] = m.start;
    ints[at++] = m.end;
    ints[at++] = str(m.text);
    ints[at++] = str(m.type);
    ints[at++] = str(m.id);
    ints[at++] = str(m.name);
  }
  for (const f of figures) {
    ints[at++] = f.start;
    ints[at++] = f.end;
    ints[at++] = str(f.text);
    ints[at++] = str(f.kind);
    if (typeof f.value === 'number') {
      ints[at++] = NUMBER_VALUE;
      ints[at++] = values.push(f.value) - 1;
    } else {
      ints[at++] = STRING_VALUE;
      ints[at++] = str(f.value);
    }
    ints[at++] = optional(f.unit);
    ints[at++] = optional(f.approx);
    ints[at++] = optional(f.direction);
  }
  for (const fact of facts) {
    ints[at++] = str(fact.entity);
    ints[at++] = fact.figure;
    ints[at++] = str(fact.predicate);
  }
  ints.set(lineStarts, at);
  at += lineStarts.length;
  for (const [line, text] of lineTexts) {
    ints[at++] = Number(line);
    ints[at++] = str(text);
  }
  for (const [a, b] of equivalents) {
    ints[at++] = a;
    ints[at++] = b;
  }
  return { strings, ints, values: Float64Array.from(values) };
}

export function unpackRecord({ strings, ints, values }: PackedRecord): FileRecord {
  const [version, textLength, entityCount, figureCount, factCount, lineCount, lineTextCount, equivalentCount, uri, hash, lang, file] = ints;
  let at = HEADER;
  const entities: EntityMention[] = new Array(entityCount);
  for (let i = 0; i < entityCount; i++, at += ENTITY_INTS) {
    entities[i] = { start: ints[at], end: ints[at + 1], text: strings[ints[at + 2]], type: strings[ints[at + 3]] as EntityType, id: strings[ints[at + 4]], name: strings[ints[at + 5]] };
  }
  const figures: Figure[] = new Array(figureCount);
  for (let i = 0; i < figureCount; i++, at += FIGURE_INTS) {
    const figure: Figure = {
      start: ints[at],
      end: ints[at + 1],
      text: strings[ints[at + 2]],
      kind: strings[ints[at + 3]] as FigureKind,
      value: ints[at + 4] === NUMBER_VALUE ? values[ints[at + 5]] : strings[ints[at + 5]],
    };
    if (ints[at + 6] !== NONE) figure.unit = strings[ints[at + 6]];
    if (ints[at + 7] !== NONE) figure.approx = strings[ints[at + 7]] as Figure['approx'];
    if (ints[at + 8] !== NONE) figure.direction = strings[ints[at + 8]] as Figure['direction'];
    figures[i] = figure;
  }
  const facts: Fact[] = new Array(factCount);
  for (let i = 0; i < factCount; i++, at += FACT_INTS) {
    facts[i] = { entity: strings[ints[at]], figure: ints[at + 1], predicate: strings[ints[at + 2]] as Predicate };
  }
  const lineStarts: number[] = new Array(lineCount);
  for (let i = 0; i < lineCount; i++) lineStarts[i] = ints[at++];
  const lineTexts: Record<number, string> = {};
  for (let i = 0; i < lineTextCount; i++, at += 2) lineTexts[ints[at]] = strings[ints[at + 1]];
  const equivalents: Array<[number, number]> = new Array(equivalentCount);
  for (let i = 0; i < equivalentCount; i++, at += 2) equivalents[i] = [ints[at], ints[at + 1]];
  const analysis: FileRecord['analysis'] = file === NONE ? { lang: strings[lang] as Lang, entities, figures, facts } : { file: strings[file], lang: strings[lang] as Lang, entities, figures, facts };
  const record: FileRecord = { uri: strings[uri], hash: strings[hash], analysis, lineStarts, lineTexts, equivalents, textLength };
  if (version !== NONE) record.version = version;
  return record;
}

/** A job's result as the index worker posts it: an analyzed record goes packed. */
export type PostedResult = Exclude<JobResult, { status: 'analyzed' }> | { uri: string; status: 'analyzed'; packed: PackedRecord; millis: number };

export function packResult(result: JobResult): PostedResult {
  if (result.status !== 'analyzed') return result;
  return { uri: result.uri, status: 'analyzed', packed: packRecord(result.record), millis: result.millis };
}

export function unpackResult(posted: PostedResult): JobResult {
  if (posted.status !== 'analyzed') return posted;
  return { uri: posted.uri, status: 'analyzed', record: unpackRecord(posted.packed), millis: posted.millis };
}
