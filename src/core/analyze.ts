// The analysis entry point: language, entities, figures and facts of one article.
import { extractEntities } from './entities';
import { linkFacts } from './facts';
import { extractFigures } from './figures';
import { detectLanguage } from './language';
import type { AnalyzeOptions, ArticleAnalysis, EntityMention, Figure } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const lang = options.lang ?? detectLanguage(text);
  const entities = extractEntities(text, { lang });
  const figures = dropFiguresInsideEntities(
    extractFigures(text, { lang, refDate: options.date, defaultDollar: options.defaultDollar ?? 'USD' }),
    entities,
  );
  const facts = linkFacts(text, entities, figures, { lang });
  const result: ArticleAnalysis = { lang, entities, figures, facts };
  return options.file === undefined ? result : { file: options.file, ...result };
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
