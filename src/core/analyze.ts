// The analysis entry point: language, entities, figures and facts of one article.
// analyze() is the one door the CLI and the editor go through, so it also guards them: a layer
// that throws, or returns a span outside the text, a span whose text is not the slice, spans
// that overlap, or a number that is not finite, costs only the bad items (or that layer's
// output), never the analysis. The layers are tested on their own (test/unit/robustness-layers
// .test.ts), so what this guard drops stays visible there.
import { articleDate } from './articleDate';
import { extractEntities } from './entities';
import { applyEntityList } from './entities/entityList';
import { linkFacts } from './facts';
import { extractFigures } from './figures';
import { detectLanguage } from './language';
import { formatOfFile, maskNonProse } from './text/markup';
import { tokenIdEpoch, tokenize } from './text/tokenize';
import { ENTITY_TYPES, FIGURE_KINDS, type AnalyzeOptions, type ArticleAnalysis, type EntityMention, type Fact, type Figure, type Span } from './types';

export function analyze(original: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  // Addresses, code and markup are blanked out (same offsets), so no span reads them; the
  // article's own date may sit in the front matter, so it is read from the original.
  const text = maskNonProse(original, options.format ?? formatOfFile(options.file));
  const lang = options.lang ?? detectLanguage(text);
  // One tokenization shared by the layers that read tokens.
  const tokens = tokenize(text);
  const tokensEpoch = tokenIdEpoch();
  const found = soundSpans(text, runLayer('entities', () => extractEntities(text, { lang, tokens, tokensEpoch })), isSoundEntity);
  const entities = options.entityList ? applyEntityList(text, tokens, found, options.entityList) : found;
  const figures = dropFiguresInsideEntities(
    soundSpans(
      text,
      runLayer('figures', () => extractFigures(text, {
        lang,
        refDate: options.date,
        // Only where a date needs it: the dateline costs a pass of the grammar over the first lines.
        articleDate: () => articleDate(original, lang),
        defaultDollar: options.defaultDollar ?? 'USD',
        entitySpans: entities,
        tokens,
      })),
      isSoundFigure,
    ),
    entities,
  );
  const facts = soundFacts(runLayer('facts', () => linkFacts(text, entities, figures, { lang, tokens, tokensEpoch })), entities, figures);
  const result: ArticleAnalysis =
    text === original ? { lang, entities, figures, facts } : withinProse(original, { lang, entities, figures, facts });
  return options.file === undefined ? result : { file: options.file, ...result };
}

/**
 * The spans whose text is the original's too: a span that took in a blanked stretch (a name
 * running into a link's address) is dropped, with the facts that point at it.
 */
function withinProse(original: string, analysis: ArticleAnalysis): ArticleAnalysis {
  const intact = (s: Span) => isSliceOf(original, s);
  const entities = analysis.entities.filter(intact);
  const figures = analysis.figures.filter(intact);
  if (entities.length === analysis.entities.length && figures.length === analysis.figures.length) return analysis;
  return { ...analysis, entities, figures, facts: soundFacts(analysis.facts, entities, figures) };
}

/** Runs one layer; a layer that throws gives nothing rather than taking the others down with it. */
function runLayer<T>(layer: string, run: () => T[]): T[] {
  try {
    const out = run();
    return Array.isArray(out) ? out : [];
  } catch (err) {
    console.error(`article-lens: the ${layer} layer failed on this text; its results are left out.`, err);
    return [];
  }
}

/**
 * The spans that keep the format's promises, in text order: integer offsets inside the text,
 * not empty, `text === source.slice(start, end)`, and not overlapping an earlier kept span.
 */
function soundSpans<T extends Span>(text: string, spans: T[], isSound: (span: T) => boolean): T[] {
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) if (spans[i].start < spans[i - 1].start) ordered = false;
  // Layers return text order; sorting is only for a layer that does not (stable, by start).
  const inOrder = ordered ? spans : [...spans].sort((a, b) => a.start - b.start);
  // Made at the first span dropped: most layers' output is sound throughout.
  let kept: T[] | undefined;
  let lastEnd = 0;
  for (let i = 0; i < inOrder.length; i++) {
    const s = inOrder[i];
    const sound = s !== null && typeof s === 'object' && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= lastEnd &&
      s.end > s.start && s.end <= text.length && isSliceOf(text, s) && isSound(s);
    if (!sound) {
      kept ??= inOrder.slice(0, i);
      continue;
    }
    kept?.push(s);
    lastEnd = s.end;
  }
  return kept ?? spans;
}

/** text.slice(span.start, span.end) === span.text, without making the slice. */
function isSliceOf(text: string, span: Span): boolean {
  return typeof span.text === 'string' && span.text.length === span.end - span.start && text.startsWith(span.text, span.start);
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const FIGURE_KIND_SET = new Set<string>(FIGURE_KINDS);
const NUMERIC_KINDS = new Set<string>(['money', 'percent', 'quantity', 'number', 'ordinal']);

function isSoundEntity(e: EntityMention): boolean {
  return ENTITY_TYPE_SET.has(e.type) && typeof e.id === 'string' && e.id !== '' && typeof e.name === 'string';
}

function isSoundFigure(f: Figure): boolean {
  if (!FIGURE_KIND_SET.has(f.kind)) return false;
  return NUMERIC_KINDS.has(f.kind) ? typeof f.value === 'number' && Number.isFinite(f.value) : typeof f.value === 'string';
}

/** Facts that point at an entity id and a figure start of this analysis (exported for its tests). */
export function soundFacts(facts: Fact[], entities: EntityMention[], figures: Figure[]): Fact[] {
  if (facts.length === 0) return facts;
  const named = entityIdTest(entities, facts.length);
  const kept = facts.filter((f) => f !== null && typeof f === 'object' && named(f.entity) && isFigureStart(figures, f.figure));
  return kept.length === facts.length ? facts : kept;
}

/** Above this many facts times entities, soundFacts looks ids up in a set of the entities' ids. */
const ID_SET_ABOVE = 4096;

/**
 * Whether an id is some entity's, asked `asked` times. A text's facts name few entities, mostly in
 * runs (a figure's facts, a company's figures): the last id found is remembered and a new one looked
 * for among the entities, cheaper for most texts than a set of every entity's id, made only past ID_SET_ABOVE.
 */
function entityIdTest(entities: EntityMention[], asked: number): (id: unknown) => boolean {
  if (asked * entities.length > ID_SET_ABOVE) {
    const ids = new Set<unknown>();
    for (const e of entities) ids.add(e.id);
    return (id) => ids.has(id);
  }
  let found: string | undefined;
  return (id) => {
    if (typeof id !== 'string') return false;
    if (id === found) return true;
    if (!entities.some((e) => e.id === id)) return false;
    found = id;
    return true;
  };
}

/** Some figure starts at `start`: the figures are in text order (soundSpans), so a binary search, no set of starts. */
function isFigureStart(figures: Figure[], start: number): boolean {
  if (typeof start !== 'number') return false;
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < figures.length && figures[lo].start === start;
}

/** Numbers inside names are no figures (Qwen3, iPhone 16, Covid-19): an entity and a figure never overlap. */
function dropFiguresInsideEntities(figures: Figure[], entities: EntityMention[]): Figure[] {
  if (entities.length === 0) return figures;
  const kept: Figure[] = [];
  let e = 0;
  for (const f of figures) {
    while (e < entities.length && entities[e].end <= f.start) e++;
    let overlaps = false;
    for (let k = e; k < entities.length && entities[k].start < f.end; k++) {
      if (entities[k].end > f.start) overlaps = true;
    }
    if (!overlaps) kept.push(f);
  }
  return kept;
}
