// Facts on real articles: a small gold of our own (test/fixtures/facts-real.jsonl), annotated by
// hand before the linker was changed for it, scored on the whole analyzer's output. The seeds
// are the only other facts gold, so this one holds what the seeds do not: job counts of a
// company named once, stock reports, figures a reporter or a place only mentions, buyers after
// "par", stakes, figures "pour X".
//
// Each article lists figures (text and occurrence) with the facts a careful reader expects,
// "entity predicate", or none. A figure left out of the list is an open question and is not
// scored; a fact on a listed figure that the gold does not hold counts against precision.
// FACTS_REAL_VERBOSE=1 prints every miss.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Lang } from '../../src/core/types';
import type { FactScore } from './facts-harness';

interface GoldFigure {
  text: string;
  occurrence: number;
  facts: string[];
}

interface GoldArticle {
  id: string;
  lang: Lang;
  /** 2 for the second batch, 3 for the third, 4 for the fourth, 5 for the fifth (15 more articles each, annotated before the linker saw them); absent for the first. */
  batch?: number;
  source: string;
  text: string;
  figures: GoldFigure[];
}

function startOf(text: string, figure: GoldFigure): number {
  let at = -1;
  for (let k = 0; k <= figure.occurrence; k++) {
    at = text.indexOf(figure.text, at + 1);
    if (at === -1) throw new Error(`figure "${figure.text}" #${figure.occurrence} not in the text`);
  }
  return at;
}

export function scoreRealFacts(articles: GoldArticle[]): FactScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  for (const article of articles) {
    const analysis = analyze(article.text, { lang: article.lang });
    const byFigure = new Map<number, Set<string>>();
    for (const fact of analysis.facts) {
      const set = byFigure.get(fact.figure) ?? new Set<string>();
      set.add(`${fact.entity} ${fact.predicate}`);
      byFigure.set(fact.figure, set);
    }
    for (const figure of article.figures) {
      const start = startOf(article.text, figure);
      const expected = new Set(figure.facts);
      const found = byFigure.get(start) ?? new Set<string>();
      gold += expected.size;
      predicted += found.size;
      for (const fact of expected) {
        if (found.has(fact)) tp++;
        else misses.push(`${article.id} missed ${fact} "${figure.text}"@${start}`);
      }
      for (const fact of found) if (!expected.has(fact)) misses.push(`${article.id} extra  ${fact} "${figure.text}"@${start}`);
    }
  }
  const precision = predicted === 0 ? 0 : (100 * tp) / predicted;
  const recall = gold === 0 ? 0 : (100 * tp) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1, misses };
}

function readGold(): GoldArticle[] {
  const file = path.join(__dirname, '..', 'fixtures', 'facts-real.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as GoldArticle);
}

describe('facts on real articles (facts-real.jsonl)', () => {
  const articles = readGold();

  it('is a gold of both languages whose figures are all in their texts', () => {
    assert.ok(articles.length >= 15);
    assert.ok(articles.some((a) => a.lang === 'fr') && articles.some((a) => a.lang === 'en'));
    for (const article of articles) for (const figure of article.figures) startOf(article.text, figure);
  });

  it('holds its floor in precision and recall on the first batch', function () {
    this.timeout(20000);
    const score = scoreRealFacts(articles.filter((a) => a.batch === undefined));
    const line = `P ${score.precision.toFixed(1)} R ${score.recall.toFixed(1)} F1 ${score.f1.toFixed(1)} (${score.tp} of ${score.gold} gold, ${score.predicted} predicted)`;
    if (process.env.FACTS_REAL_VERBOSE) for (const miss of score.misses) console.log(`  ${miss}`);
    if (process.env.FACTS_REAL_VERBOSE) console.log(`  ${line}`);
    // Floors: P 63.6, R 51.9 when the gold was written, before any rule looked at it; P 87.0, R 82.7
    // after the classes it showed were fixed (see the README's conventions); P 88.3, R 84.0 after
    // those of the second batch (P 89.5, R 84.0: stakes, forecasters, shares of GDP); P 92.1, R 86.4
    // once a country subject of the clause a person speaks was the figure's (a class this batch showed);
    // P 94.6, R 86.4 once economic acronyms (SMIC, CICE) were no companies and unions organizations;
    // P 94.7, R 88.9 once "l'usine" referred back to the company in focus (a class of the third batch's round).
    assert.ok(score.precision >= 94 && score.recall >= 88, line);
  });

  it('holds its floor in precision and recall on the second batch', function () {
    this.timeout(20000);
    const score = scoreRealFacts(articles.filter((a) => a.batch === 2));
    const line = `P ${score.precision.toFixed(1)} R ${score.recall.toFixed(1)} F1 ${score.f1.toFixed(1)} (${score.tp} of ${score.gold} gold, ${score.predicted} predicted)`;
    if (process.env.FACTS_REAL_VERBOSE) for (const miss of score.misses) console.log(`  ${miss}`);
    if (process.env.FACTS_REAL_VERBOSE) console.log(`  ${line}`);
    // Floors: P 14.3, R 3.8 when the batch was written, before any rule looked at it (P 28.6, R 7.7
    // once the gold's id of a company with a legal form was written as the analyzer writes ids);
    // P 70.3, R 50.0 after its classes were fixed (stakes, economies, markets, forecasters, "contre",
    // bodies' possessives, amounts without their currency); P 72.5, R 55.8 with rates in brackets after
    // places; P 80.6, R 55.8 once economic acronyms and unions were no companies; the rest are mostly
    // entity misses; P 86.5, R 61.5 after the third batch's classes (a body's account with no owner
    // written, "the partnership went public", names "of" a complement, counts sold); P 84.2, R 61.5 once the
    // studio KING Art Game was found (le studio de développement X): the facts read its crowdfunding as its
    // investment (levé, financement), which the gold calls other; an entity miss became a predicate slip; P 86.8,
    // R 63.5 once money raised was decided to be the raiser's investment and the gold mended to say so.
    assert.ok(score.precision >= 86 && score.recall >= 63, line);
  });
  it('holds its floor in precision and recall on the third batch', function () {
    this.timeout(20000);
    const score = scoreRealFacts(articles.filter((a) => a.batch === 3));
    const line = `P ${score.precision.toFixed(1)} R ${score.recall.toFixed(1)} F1 ${score.f1.toFixed(1)} (${score.tp} of ${score.gold} gold, ${score.predicted} predicted)`;
    if (process.env.FACTS_REAL_VERBOSE) for (const miss of score.misses) console.log(`  ${miss}`);
    if (process.env.FACTS_REAL_VERBOSE) console.log(`  ${line}`);
    // Floors: P 59.4, R 26.0 when the batch was written (11 French Wikinews of the oracle's corpus/ on job
    // cuts, closures, takeovers, a union vote, an economy; 4 English wikigold company histories and a
    // lottery), before any rule looked at it (P 59.4, R 26.8 with the Switch's id and two dates after
    // "depuis" mended); P 78.3, R 50.7 after its classes were fixed (counts after "sur", passive stakes,
    // vote shares, "le pays", "la transaction", passive events and their agents, premises); most of the
    // rest are entity misses; P 78.7, R 52.1 once a clause joined by "mais" with no subject had the subject of the
    // clause before (fourth round).
    assert.ok(score.precision >= 78 && score.recall >= 52, line);
  });
  it('holds its floor in precision and recall on the fourth batch', function () {
    this.timeout(20000);
    const score = scoreRealFacts(articles.filter((a) => a.batch === 4));
    const line = `P ${score.precision.toFixed(1)} R ${score.recall.toFixed(1)} F1 ${score.f1.toFixed(1)} (${score.tp} of ${score.gold} gold, ${score.predicted} predicted)`;
    if (process.env.FACTS_REAL_VERBOSE) for (const miss of score.misses) console.log(`  ${miss}`);
    if (process.env.FACTS_REAL_VERBOSE) console.log(`  ${line}`);
    // Floors: P 80.3, R 49.6 when the batch was written (15 own texts: 10 French, 5 English, on a funding round,
    // results, a job plan, a market report, market shares, a city budget, football rights, a poll, a takeover,
    // air traffic, layoffs, cloud shares, Wall Street), before any rule looked at it (one annotation slip mended
    // since: a founder named as the agent of "Fondée en 2019 par" is dated too, as the README says); P 92.3, R 67.7
    // after its classes were fixed (respectivement lists, figures in an opening phrase, rounds and poll shares,
    // accounts announced by a person, subsidiaries after a possessive, nationality nouns as subjects, "qui en détient"). Most of
    // the rest: entities (a city council for its city, `Fintech FinPay` read as a person, Transsion not found),
    // passengers and aircraft (no count: wrong on the oracle), a city's budget after `la ville`; P 93.9, R 74.2 after the
    // fifth round (`la ville` and `Sa dette` after it for the last place named, a city council for its city, a
    // `respectivement` list measured by the sentence before, load factors).
    assert.ok(score.precision >= 93 && score.recall >= 73, line);
  });
  it('holds its floor in precision and recall on the fifth batch', function () {
    this.timeout(20000);
    const score = scoreRealFacts(articles.filter((a) => a.batch === 5));
    const line = `P ${score.precision.toFixed(1)} R ${score.recall.toFixed(1)} F1 ${score.f1.toFixed(1)} (${score.tp} of ${score.gold} gold, ${score.predicted} predicted)`;
    if (process.env.FACTS_REAL_VERBOSE) for (const miss of score.misses) console.log(`  ${miss}`);
    if (process.env.FACTS_REAL_VERBOSE) console.log(`  ${line}`);
    // Floors: P 78.7, R 33.9 when the batch was written (15 own texts: 10 French, 5 English, on a city budget, public
    // finance, electricity tariffs, a football transfer, tourism, a wheat harvest, house prices, an election, executive
    // pay, app users, an energy price cap, a club's accounts, airline traffic, a social network's users, a bank chief's
    // pay), before any rule looked at it; P 89.1, R 52.3 after its classes were fixed (`la ville`, `la commune` and a
    // possessive after them for the last place named, a city council for its city, pay received or earned as the
    // receiver's, `il`, `elle`, `she` for the person the sentence before ended on, an economy named by its adjective, a
    // recruit's fee, visitors, `the club` for the body in focus, load factors, `was paid`). Most of the rest: entities
    // (`Le Nouveau Front populaire` with its article, `Ensemble`, `Centrica`, `British Gas` not found, `Axéréal` read as a
    // person), prices, harvests and tourists with no noun the linker reads, passengers and members (no counts: wrong on
    // the oracle), a product's users given to its maker (`Threads`, `WhatsApp`).
    assert.ok(score.precision >= 88 && score.recall >= 51, line);
  });
});
