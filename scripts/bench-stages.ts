// Where the analyzer's time goes: each layer timed alone over the same articles (default
// seeds/; or a folder given as argument, first 300 articles). Prints MB/s and ms per article
// for each stage, the best of five rounds of wall time (CPU time would count the compiler and
// GC threads too); the layers' inputs are computed once up front, so a stage's line is that
// layer's own cost. Run: npx tsx scripts/bench-stages.ts [FOLDER] (ONLY=stage for one).
// It asserts nothing: a tool to find and check speed work, beside npm run bench.
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import { articleDate } from '../src/core/articleDate';
import { extractEntities } from '../src/core/entities';
import { tagNames } from '../src/core/entities/tagger';
import { linkFacts } from '../src/core/facts';
import { extractFigures } from '../src/core/figures';
import { detectLanguage } from '../src/core/language';
import { maskNonProse } from '../src/core/text/markup';
import { tokenize, type Token } from '../src/core/text/tokenize';
import type { EntityMention, Figure, Lang } from '../src/core/types';
import { benchArticles } from './bench-articles.mjs';

interface Prepared {
  text: string;
  lang: Lang;
  tokens: Token[];
  entities: EntityMention[];
  figures: Figure[];
}

const dir = process.argv[2] ?? path.join(__dirname, '../seeds');
const texts = benchArticles(dir);
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

const figureContext = (p: Pick<Prepared, 'lang' | 'tokens' | 'entities'>) => ({ lang: p.lang, refDate: undefined, defaultDollar: 'USD', entitySpans: p.entities, tokens: p.tokens });
const prepared: Prepared[] = texts.map((text) => {
  const lang = detectLanguage(text);
  const tokens = tokenize(text);
  const entities = extractEntities(text, { lang, tokens });
  return { text, lang, tokens, entities, figures: extractFigures(text, figureContext({ lang, tokens, entities })) };
});

const stages: Record<string, (p: Prepared) => unknown> = {
  mask: (p) => maskNonProse(p.text, 'plain'),
  language: (p) => detectLanguage(p.text),
  articleDate: (p) => articleDate(p.text, p.lang),
  tokenize: (p) => tokenize(p.text),
  entityRules: (p) => extractEntities(p.text, { lang: p.lang, tokens: p.tokens, noTagger: true }),
  tagger: (p) => tagNames(p.text, p.tokens, p.lang),
  entities: (p) => extractEntities(p.text, { lang: p.lang, tokens: p.tokens }),
  figures: (p) => extractFigures(p.text, figureContext(p)),
  facts: (p) => linkFacts(p.text, p.entities, p.figures, { lang: p.lang, tokens: p.tokens }),
  analyze: (p) => analyze(p.text),
};

for (const [name, run] of Object.entries(stages)) {
  if (process.env.ONLY && process.env.ONLY !== name) continue;
  for (let i = 0; i < 5; i++) for (const p of prepared) run(p);
  let seconds = Infinity;
  let done = 0;
  for (let round = 0; round < 5; round++) {
    done = 0;
    const start = process.hrtime.bigint();
    while (done < 1e6) {
      for (const p of prepared) run(p);
      done += bytes;
    }
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  console.log(`${name.padEnd(12)} ${(done / 1e6 / seconds).toFixed(1).padStart(7)} MB/s ${((1000 * seconds * bytes) / done / texts.length).toFixed(3)} ms/article`);
}
