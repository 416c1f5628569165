// Periods the grammar reads beyond a plain date: days around today, fiscal years and spans of
// years, the end of a period as a deadline, offsets ahead of the reference date.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { date, dur, f, pct, run, type Case } from './figures-support';

// 2025-06-15 is a Sunday.
const REF = { refDate: '2025-06-15' };
const at = (cases: [string, ReturnType<typeof date>[]][]): Case[] => cases.map(([t, e]) => [t, e, REF]);

describe('figures: the day after tomorrow, the day before yesterday', () => {
  run('en', at([
    ['We vote the day after tomorrow.', [date('day after tomorrow', '2025-06-17')]],
    ['The day before yesterday, shares fell.', [date('day before yesterday', '2025-06-13')]],
    // Another event's next day is no date.
    ['The day after the vote, shares fell.', []],
  ]));
  run('fr', at([
    ['Le vote a lieu après-demain.', [date('après-demain', '2025-06-17')]],
    ["L'accord a été signé avant-hier.", [date('avant-hier', '2025-06-13')]],
  ]));
});

describe('figures: fiscal years are named by their year', () => {
  run('en', [
    ['FY2024 revenue rose.', [date('FY2024', '2024')]],
    ["Microsoft's FY24 sales.", [date('FY24', '2024')]],
    ['Guidance for FY 2025 is flat.', [date('FY 2025', '2025')]],
    ['Fiscal 2025 revenue rose.', [date('Fiscal 2025', '2025')]],
    ['Sales in fiscal year 2024 fell.', [date('fiscal year 2024', '2024')]],
    ['In the first quarter of fiscal 2025, sales rose.', [date('first quarter of fiscal 2025', '2025-Q1')]],
    ['Q1 FY2025 results.', [date('Q1 FY2025', '2025-Q1')]],
    ['The fiscal 2024-25 budget.', [date('fiscal 2024', '2024'), date('25', '2025')]],
  ]);
  run('fr', [
    ["Les comptes de l'exercice 2024 sont publiés.", [date('exercice 2024', '2024')]],
    ["Sur l'exercice fiscal 2024, la marge baisse.", [date('exercice fiscal 2024', '2024')]],
    ["L'année fiscale 2024 est close.", [date('année fiscale 2024', '2024')]],
    ["Au premier semestre de l'exercice 2025, les ventes montent.", [date("premier semestre de l'exercice 2025", '2025-H1')]],
  ]);
});

describe('figures: spans of years are two dates', () => {
  run('fr', [
    ["Sur l'exercice 2024-2025, le chiffre d'affaires progresse.", [date('exercice 2024', '2024'), date('2025', '2025')]],
    ['En 2024-2025, la saison a été longue.', [date('2024', '2024'), date('2025', '2025')]],
    ['La saison 2024/25 commence.', [date('2024', '2024'), date('25', '2025')]],
    ['Le budget 2014-15 a été voté.', [date('2014', '2014'), date('15', '2015')]],
    // Decades stay no figure, both ends.
    ['Les années 1990-2000 ont été dures.', []],
    // An ISO month stays one (2024-12), and a far or earlier "end" is no span.
    ['Le relevé 2024-12 est paru.', [date('2024-12', '2024-12')]],
    ['La fourchette 2002-2004 reste large.', [date('2002', '2002'), date('2004', '2004')]],
  ]);
  run('en', [
    ['The 2024/25 season starts.', [date('2024', '2024'), date('25', '2025')]],
    ['Results for 2019-20 were weak.', [date('2019', '2019'), date('20', '2020')]],
    ['In 1933-34 he won the cup.', [date('1933', '1933'), date('34', '1934')]],
  ]);
});

describe('figures: a fiscal year code is no name', () => {
  it('en: FY2024 and FY 2025 are dates, not companies, in the whole analysis', () => {
    const r = analyze('Apple raised its FY2025 outlook after FY 2024 sales rose 5%.', { lang: 'en' });
    assert.deepEqual(r.entities.map((e) => e.text), ['Apple']);
    assert.deepEqual(r.figures.map((x) => [x.text, x.value]), [['FY2025', '2025'], ['FY 2024', '2024'], ['5%', 5]]);
  });
});

describe("figures: the end of a period (d'ici la fin de l'année, by the end of the year)", () => {
  const BY = { approx: 'by' as const };
  run('fr', at([
    ["Le groupe vise l'équilibre d'ici la fin de l'année.", [date("fin de l'année", '2025', BY)]],
    ["Le chantier sera fini d'ici à la fin de l'année.", [date("fin de l'année", '2025', BY)]],
    ["Le vote aura lieu à la fin de l'année.", [date("fin de l'année", '2025')]],
    ["Les ventes remontent en fin d'année.", [date("fin d'année", '2025')]],
    ['Une seconde séance se tiendra à la fin du mois.', [date('fin du mois', '2025-06')]],
    ["Les pays doivent ratifier l'accord avant la fin de l'année.", [date("fin de l'année", '2025')]],
    ["D'ici la fin de cette année, trois usines ferment.", [date('cette année', '2025', BY), f('trois usines', 'quantity', 3, 'usine')]],
    ["D'ici la fin de l'année prochaine, la dette baisse.", [date('année prochaine', '2026', BY)]],
    ["L'accord entre en vigueur d'ici fin 2026.", [date('2026', '2026', BY)]],
    ["Le lancement est prévu d'ici début 2026.", [date('2026', '2026', BY)]],
    ['La production reprend fin 2025 ou début 2026.', [date('2025', '2025'), date('2026', '2026')]],
    ['Le site ouvre mi-2026.', [date('mi-2026', '2026')]],
    // Generic ends, or the end of another period, are no relative date.
    ["Les fêtes de fin d'année approchent.", []],
    ["Une prime de fin d'année.", []],
    ["La fin de l'année a été dure.", []],
    ["Vers la fin du mois d'août 2014, elle repart.", [date('août 2014', '2014-08')]],
    ["À la fin de l'année 2019, le marché a chuté.", [date('année 2019', '2019')]],
  ]));
  run('en', at([
    ['The deal should close by the end of the year.', [date('end of the year', '2025', BY)]],
    ['Rates will be cut at the end of the year.', [date('end of the year', '2025')]],
    ['The plant will be sold by year-end.', [date('year-end', '2025', BY)]],
    ['Payment is due by the end of the month.', [date('end of the month', '2025-06', BY)]],
    ['It will be done by the end of this year.', [date('this year', '2025', BY)]],
    ['The merger closes by the end of 2025.', [date('2025', '2025', BY)]],
    ['The merger closes by end-2025.', [date('end-2025', '2025', BY)]],
    ['Output recovers in late-2025 and by early 2026.', [date('late-2025', '2025'), date('2026', '2026', BY)]],
    ['Profits peaked in mid-2024.', [date('mid-2024', '2024')]],
    // A year after "by the" is no deadline (by the 1961 film); a generic end is no date.
    ['It was inspired by the 1961 film.', [date('1961', '1961')]],
    ['The end of the year was hard.', []],
  ]));
});

describe('figures: a count ahead of the reference date (in three days, dans trois jours)', () => {
  const BY = { approx: 'by' as const };
  run('en', at([
    // Ahead after a word of the future in the clause, or before "time".
    ['The deal will close in three days.', [date('in three days', '2025-06-18')]],
    ['The offer expires in two weeks.', [date('in two weeks', '2025-W26')]],
    ['Results are due in two months.', [date('in two months', '2025-08')]],
    ['The group expects to double sales in three years.', [date('in three years', '2028')]],
    ["We will know more in a week's time.", [date("in a week's time", '2025-W25')]],
    ["Talks resume in three days' time.", [date("in three days' time", '2025-06-18')]],
    // How long it took: after a figure, a superlative or a past verb; within stays a duration.
    ['Shares rose 5% in three days.', [pct('5%', 5, { direction: 'up' }), dur('three days', 'P3D')]],
    ['The stock doubled in two weeks.', [dur('two weeks', 'P2W')]],
    ['It will be the lowest in three years.', [dur('three years', 'P3Y')]],
    ['The plant will reopen within three months.', [dur('three months', 'P3M', BY)]],
    ['Sales will rise, and in two years they double.', [dur('two years', 'P2Y')]],
  ]));
  run('fr', at([
    ['Les travaux reprennent dans trois jours.', [date('dans trois jours', '2025-06-18')]],
    ['Le titre a gagné 5 % en trois jours.', [pct('5 %', 5, { direction: 'up' }), dur('trois jours', 'P3D')]],
    // d'ici: a deadline on the duration, as the seed gold writes it.
    ['Les robots seront courants d’ici cinq ans.', [dur('cinq ans', 'P5Y', BY)]],
  ]));
});

describe('figures: period codes of the accounts', () => {
  run('en', at([
    // Reported as past: the most recent such quarter before the reference.
    ['Q3 revenue rose 5%.', [date('Q3', '2024-Q3'), pct('5%', 5, { direction: 'up' })]],
    ['H1 sales fell.', [date('H1', '2025-H1')]],
    ["Apple's Q4 results beat forecasts.", [date('Q4', '2025-Q4')]],
    ['3Q24 results and 1H25 sales.', [date('3Q24', '2024-Q3'), date('1H25', '2025-H1')]],
    // A code alone, with nothing that makes it a period, is none.
    ['The Q5 is a car.', []],
  ]));
  run('fr', at([
    ['Au T3, les ventes ont baissé.', [date('T3', '2024-Q3')]],
    ["T1 chiffre d'affaires en hausse.", [date('T1', '2025-Q1')]],
  ]));
  it('en: Q3 and T3 are no company names in the whole analysis', () => {
    assert.deepEqual(analyze('In Q3, Apple sales rose.', { lang: 'en', date: '2025-06-15' }).entities.map((e) => e.text), ['Apple']);
    assert.deepEqual(analyze('Au T3, les ventes de Renault ont baissé.', { lang: 'fr', date: '2025-06-15' }).entities.map((e) => e.text), ['Renault']);
  });
});
