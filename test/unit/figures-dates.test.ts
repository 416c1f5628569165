// Relative dates, date ranges sharing a month or a year, mid-month forms and ordinals in words.
// Each case lists every figure the text must give, in order: [text, kind, value(, approx)].
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { extractFigures } from '../../src/core/figures';
import type { Lang } from '../../src/core/types';

type Got = [string, string, string | number] | [string, string, string | number, string];
type Case = [string, Got[]];

function figuresOf(text: string, lang: Lang, refDate?: string): Got[] {
  return extractFigures(text, { lang, defaultDollar: 'USD', refDate }).map((g) => {
    assert.equal(text.slice(g.start, g.end), g.text);
    return g.approx === undefined ? [g.text, g.kind, g.value] : [g.text, g.kind, g.value, g.approx];
  });
}

function run(lang: Lang, refDate: string | undefined, cases: Case[]): void {
  for (const [text, expected] of cases) {
    it(`${lang}${refDate ? ` @${refDate}` : ''}: ${text}`, () => assert.deepEqual(figuresOf(text, lang, refDate), expected));
  }
}

// 2025-06-18 is a Wednesday, in ISO week 25.
const REF = '2025-06-18';

describe('figures: French relative dates', () => {
  run('fr', REF, [
    ['Hier, le titre a reculé.', [['Hier', 'date', '2025-06-17']]],
    ['Le conseil se réunit demain.', [['demain', 'date', '2025-06-19']]],
    ["Aujourd'hui, la Bourse de Tokyo est fermée.", [["Aujourd'hui", 'date', '2025-06-18']]],
    ['Aujourd’hui encore, le dossier bloque.', [['Aujourd’hui', 'date', '2025-06-18']]],
    ['La vente a été signée avant-hier et sera close après-demain.', [['avant-hier', 'date', '2025-06-16'], ['après-demain', 'date', '2025-06-20']]],
    ['Le dirigeant a démissionné hier soir.', [['hier soir', 'date', '2025-06-17']]],
    ['La semaine dernière, le cours a plongé.', [['semaine dernière', 'date', '2025-W24']]],
    ['Les résultats tombent la semaine prochaine.', [['semaine prochaine', 'date', '2025-W26']]],
    ['Cette semaine, trois usines ferment.', [['Cette semaine', 'date', '2025-W25'], ['trois usines', 'quantity', 3]]],
    ['Le mois dernier, les ventes ont progressé.', [['mois dernier', 'date', '2025-05']]],
    ['Le chantier démarre le mois prochain.', [['mois prochain', 'date', '2025-07']]],
    ['Ce mois-ci, la banque relève ses taux.', [['Ce mois-ci', 'date', '2025-06']]],
    ["L'an dernier, la filiale a perdu de l'argent.", [['an dernier', 'date', '2024']]],
    ["L’année dernière et l’année prochaine.", [['année dernière', 'date', '2024'], ['année prochaine', 'date', '2026']]],
    ["Le groupe vise l'équilibre l'an prochain.", [['an prochain', 'date', '2026']]],
    ['Cette année, le marché se contracte.', [['Cette année', 'date', '2025']]],
    ['Au trimestre dernier, la marge a fondu.', [['trimestre dernier', 'date', '2025-Q1']]],
    ['Le lancement est prévu au trimestre prochain.', [['trimestre prochain', 'date', '2025-Q3']]],
    ['Lundi dernier, le ministre a tranché.', [['Lundi dernier', 'date', '2025-06-16']]],
    ['Le vote aura lieu vendredi prochain.', [['vendredi prochain', 'date', '2025-06-20']]],
    // Said on a Wednesday, "mercredi dernier" is a week before, "mercredi prochain" a week after.
    ['Mercredi dernier ou mercredi prochain.', [['Mercredi dernier', 'date', '2025-06-11'], ['mercredi prochain', 'date', '2025-06-25']]],
    ['Il y a trois jours, la société a changé de patron.', [['Il y a trois jours', 'date', '2025-06-15']]],
    ['Elle a racheté son concurrent il y a deux ans.', [['il y a deux ans', 'date', '2023']]],
    ['Le site a ouvert il y a un mois.', [['il y a un mois', 'date', '2025-05']]],
    ['Il y a 6 semaines, le prix a doublé.', [['Il y a 6 semaines', 'date', '2025-W19']]],
    ['Les travaux reprennent dans deux semaines.', [['dans deux semaines', 'date', '2025-W27']]],
    ['Le contrat expire dans trois mois.', [['dans trois mois', 'date', '2025-09']]],
    // A start point up to now: still a date; "d'ici" keeps its deadline across the article.
    ["Depuis l'an dernier, les loyers montent.", [['an dernier', 'date', '2024']]],
    ["La dette sera remboursée d'ici l'an prochain.", [['an prochain', 'date', '2026', 'by']]],
    ['Depuis la semaine dernière, la grève paralyse le port.', [['semaine dernière', 'date', '2025-W24']]],
  ]);
});

describe('figures: French relative dates, no figure', () => {
  run('fr', REF, [
    ['Mardi, le titre a bondi.', []],
    ['Le même jour, la banque a répondu.', []],
    ['La veille, le conseil avait hésité.', []],
    ["Les métiers de demain et l'industrie d'aujourd'hui.", []],
    ["La France d'hier.", []],
    // Existential "il y a": days of strike, not a date.
    ['Il y a trois jours de grève par mois.', [['trois jours', 'duration', 'P3D']]],
    // "en deux semaines" is how long it took: a duration.
    ['Le titre a doublé en deux semaines.', [['deux semaines', 'duration', 'P2W']]],
    ['Les trois dernières années ont été dures.', [['trois dernières années', 'duration', 'P3Y']]],
    // Half a unit more has no value at the precision of the unit: no date.
    ['Il y a deux ans et demi, la crise a éclaté.', [['deux ans et demi', 'duration', 'P2.5Y']]],
  ]);
  // Without a reference date, a relative date has no value at the precision written.
  run('fr', undefined, [
    ['Hier, la cotation a été suspendue.', []],
    ["L'an dernier, la filiale a perdu de l'argent.", []],
    ['Il y a trois jours, le PDG a parlé.', []],
    ['Lundi dernier, la grève a cessé.', []],
    ['Les travaux reprennent dans deux semaines.', []],
  ]);
});

describe('figures: English relative dates', () => {
  run('en', REF, [
    ['Yesterday the shares slipped.', [['Yesterday', 'date', '2025-06-17']]],
    ['The board meets today and votes tomorrow.', [['today', 'date', '2025-06-18'], ['tomorrow', 'date', '2025-06-19']]],
    ['The chief executive resigned yesterday morning.', [['yesterday morning', 'date', '2025-06-17']]],
    ['Last week the lender cut its forecast.', [['Last week', 'date', '2025-W24']]],
    ['Results are due next week.', [['next week', 'date', '2025-W26']]],
    ['Prices rose this month.', [['this month', 'date', '2025-06']]],
    ['Orders fell last month and will recover next month.', [['last month', 'date', '2025-05'], ['next month', 'date', '2025-07']]],
    ['Margins shrank last quarter.', [['last quarter', 'date', '2025-Q1']]],
    ['The plant closes next quarter.', [['next quarter', 'date', '2025-Q3']]],
    ['Revenue doubled last year and may double again next year.', [['last year', 'date', '2024'], ['next year', 'date', '2026']]],
    ['This year the fund lost money.', [['This year', 'date', '2025']]],
    ['The deal closed last Monday.', [['last Monday', 'date', '2025-06-16']]],
    ['Talks resume next Friday.', [['next Friday', 'date', '2025-06-20']]],
    ['The firm was sold three days ago.', [['three days ago', 'date', '2025-06-15']]],
    ['It listed two years ago.', [['two years ago', 'date', '2023']]],
    ['The site opened a month ago.', [['a month ago', 'date', '2025-05']]],
    ['The store opens two weeks from now.', [['two weeks from now', 'date', '2025-W27']]],
    ['Since last year, rents have climbed.', [['last year', 'date', '2024']]],
  ]);
});

describe('figures: English relative dates, no figure', () => {
  run('en', REF, [
    ['On Tuesday the shares jumped.', []],
    ['Over the last year the fund grew.', []],
    ['The last quarter of 2024 was weak.', [['last quarter of 2024', 'date', '2024-Q4']]],
    ['The shares doubled in two weeks.', [['two weeks', 'duration', 'P2W']]],
    ['The factories of tomorrow.', []],
  ]);
  run('en', undefined, [
    ['Yesterday the shares slipped.', []],
    ['The firm was sold three days ago.', []],
    ['Revenue doubled last year.', []],
  ]);
});

describe('figures: relative dates across a year boundary', () => {
  // 2025-01-02 is a Thursday of ISO week 2025-W01; 2021-01-03 a Sunday of ISO week 2020-W53.
  run('fr', '2025-01-02', [
    ['Hier, la semaine dernière, le mois dernier, le trimestre dernier.', [['Hier', 'date', '2025-01-01'], ['semaine dernière', 'date', '2024-W52'], ['mois dernier', 'date', '2024-12'], ['trimestre dernier', 'date', '2024-Q4']]],
    ['Cette semaine.', [['Cette semaine', 'date', '2025-W01']]],
  ]);
  run('en', '2021-01-03', [
    ['This week and next week.', [['This week', 'date', '2020-W53'], ['next week', 'date', '2021-W01']]],
  ]);
});

describe('figures: the article\'s own date resolves relative dates', () => {
  it('fr: a dateline gives the reference date', () => {
    const text = 'PARIS, 6 mars 2025 (AFP) - Hier, le groupe a annoncé la fermeture de son usine.';
    const dates = analyze(text, { lang: 'fr' }).figures.filter((g) => g.kind === 'date').map((g) => [g.text, g.value]);
    assert.deepEqual(dates, [['6 mars 2025', '2025-03-06'], ['Hier', '2025-03-05']]);
  });
  it('en: the caller\'s date wins over the dateline', () => {
    const text = 'LONDON, March 6, 2025 - The bank raised its rates last week.';
    const dates = analyze(text, { lang: 'en', date: '2025-04-30' }).figures.filter((g) => g.kind === 'date').map((g) => [g.text, g.value]);
    assert.deepEqual(dates, [['March 6, 2025', '2025-03-06'], ['last week', '2025-W17']]);
  });
});

describe('figures: date ranges sharing a month or a year', () => {
  run('fr', undefined, [
    ['Le salon se tient du 3 au 5 mars 2025.', [['3', 'date', '2025-03-03'], ['5 mars 2025', 'date', '2025-03-05']]],
    ['La grève a duré du 1er au 4 octobre 2024.', [['1er', 'date', '2024-10-01'], ['4 octobre 2024', 'date', '2024-10-04']]],
    ['Entre le 10 et le 12 avril 2023, le cours a chuté.', [['10', 'date', '2023-04-10'], ['12 avril 2023', 'date', '2023-04-12']]],
    ['Les 8 et 9 juin 2022, les urnes sont ouvertes.', [['8', 'date', '2022-06-08'], ['9 juin 2022', 'date', '2022-06-09']]],
    ['Le festival, 14-16 juillet 2023, affiche complet.', [['14', 'date', '2023-07-14'], ['16 juillet 2023', 'date', '2023-07-16']]],
    ['Le festival, 14 – 16 juillet 2023.', [['14', 'date', '2023-07-14'], ['16 juillet 2023', 'date', '2023-07-16']]],
    ['Du 30 septembre au 2 octobre 2024.', [['30 septembre', 'date', '2024-09-30'], ['2 octobre 2024', 'date', '2024-10-02']]],
    ['De novembre à février 2025, la demande a baissé.', [['novembre', 'date', '2024-11'], ['février 2025', 'date', '2025-02']]],
    ['Entre mai et juillet 2021.', [['mai', 'date', '2021-05'], ['juillet 2021', 'date', '2021-07']]],
    // Not ranges: a count before a date, a list without "entre".
    ['Il a vendu 12 voitures le 5 mars 2025.', [['12 voitures', 'quantity', 12], ['5 mars 2025', 'date', '2025-03-05']]],
    ['Il en a compté 12 et le 5 mars 2025 rien.', [['12', 'number', 12], ['5 mars 2025', 'date', '2025-03-05']]],
    // A score is no range of days; a range of percents is two percents.
    ['Le score de 3-1 et un taux de 3-5 %.', [['3', 'percent', 3], ['5 %', 'percent', 5]]],
  ]);
  run('fr', '2025-06-18', [
    ['Du 3 au 5 mars, le salon ouvre.', [['3', 'date', '2025-03-03'], ['5 mars', 'date', '2025-03-05']]],
  ]);
  run('en', undefined, [
    ['Sales fell between March 3 and March 5, 2025.', [['March 3', 'date', '2025-03-03'], ['March 5, 2025', 'date', '2025-03-05']]],
    ['The fair ran from 3 to 5 March 2025.', [['3', 'date', '2025-03-03'], ['5 March 2025', 'date', '2025-03-05']]],
    ['Prices rose between 3 and 5 March 2025.', [['3', 'date', '2025-03-03'], ['5 March 2025', 'date', '2025-03-05']]],
    ['The summit, March 3-5, 2025, was tense.', [['March 3', 'date', '2025-03-03'], ['5, 2025', 'date', '2025-03-05']]],
    ['The show runs June 10 to 12, 2026.', [['June 10', 'date', '2026-06-10'], ['12, 2026', 'date', '2026-06-12']]],
    ['Output fell from November to February 2025.', [['November', 'date', '2024-11'], ['February 2025', 'date', '2025-02']]],
    // A count after a date is not the end of a range.
    ['On June 2 and 3 companies merged.', [['June 2', 'date', '--06-02'], ['3 companies', 'quantity', 3]]],
  ]);
});

describe('figures: mid-month and mid-year', () => {
  run('fr', undefined, [
    ['À la mi-mars 2024, le titre a rebondi.', [['mi-mars 2024', 'date', '2024-03']]],
    ['Début 2025, puis mi-avril.', [['2025', 'date', '2025'], ['mi-avril', 'date', '2025-04']]],
  ]);
  run('en', undefined, [
    ['By mid-2026 the plant will be ready.', [['mid-2026', 'date', '2026', 'by']]],
    ['In mid-March 2023 the bank failed.', [['mid-March 2023', 'date', '2023-03']]],
  ]);
});

describe('figures: ordinals in words', () => {
  run('fr', undefined, [
    ['Le coureur a fini vingt et unième.', [['vingt et unième', 'ordinal', 21]]],
    ['La trente-deuxième édition du salon.', [['trente-deuxième édition', 'ordinal', 32]]],
    ['Sa quatre-vingt-dixième victoire.', [['quatre-vingt-dixième victoire', 'ordinal', 90]]],
    ['La deux cent troisième séance.', [['deux cent troisième séance', 'ordinal', 203]]],
    ['Le centième magasin du groupe.', [['centième magasin', 'ordinal', 100]]],
    ['Il est soixantième au classement.', [['soixantième', 'ordinal', 60]]],
    ['Vingt et unième au départ.', [['Vingt et unième', 'ordinal', 21]]],
    // Counts stay counts.
    ['Vingt et un salariés, vingt secondes.', [['Vingt et un salariés', 'quantity', 21], ['vingt secondes', 'duration', 'PT20S']]],
  ]);
  run('en', undefined, [
    ['She finished twenty-first.', [['twenty-first', 'ordinal', 21]]],
    ['The thirty-second store opened.', [['thirty-second store', 'ordinal', 32]]],
    ['Its hundredth branch.', [['hundredth branch', 'ordinal', 100]]],
    ['The one hundred and first meeting.', [['one hundred and first meeting', 'ordinal', 101]]],
    ['The ninetieth anniversary.', [['ninetieth anniversary', 'ordinal', 90]]],
    ['Twenty-one workers.', [['Twenty-one workers', 'quantity', 21]]],
  ]);
});

describe('figures: dates, oracle regressions pinned', () => {
  run('fr', undefined, [
    // A dash before a range of days is punctuation, not a minus sign.
    ['Abu Dhabi – 3-4 mars 2017 (format Sprint)', [['3', 'date', '2017-03-03'], ['4 mars 2017', 'date', '2017-03-04']]],
    ['Une baisse de – 3 %.', [['– 3 %', 'percent', -3]]],
    // Days of a championship are no offset in time.
    ['Il y a deux journées, le club était avant-dernier.', [['deux journées', 'duration', 'P2D']]],
    ["Le nom sera connu d'ici le 10 décembre 2016.", [['10 décembre 2016', 'date', '2016-12-10', 'by']]],
  ]);
  run('en', undefined, [
    // "by the" names an author, not a deadline.
    ['The name was used by the 1961 film.', [['1961', 'date', '1961']]],
  ]);
});

describe('figures: dates cut short at the end of the text', () => {
  for (const [lang, text] of [['en', 'It ran March 3 to'], ['en', 'It ran from March 3-'], ['en', 'between 3 and'], ['en', 'two weeks from'], ['en', 'last'],
    ['fr', 'du 3 au'], ['fr', 'il y a'], ['fr', 'il y a trois'], ['fr', "aujourd'"], ['fr', 'vingt et'], ['fr', 'entre le 3 et le']] as const) {
    it(`${lang}: ${JSON.stringify(text)} does not throw`, () => {
      assert.doesNotThrow(() => extractFigures(text, { lang, defaultDollar: 'USD', refDate: REF }));
    });
  }
});

describe('figures: dates placed by prochain/dernier, next/last and a relative year', () => {
  // 2025-08-20: a Wednesday in August.
  run('fr', '2025-08-20', [
    ['Le salon ouvrira le 6 juillet prochain.', [['6 juillet', 'date', '2026-07-06']]],
    ['Le salon a fermé en septembre dernier.', [['septembre', 'date', '2024-09']]],
    // "prochain" places the date against the reference, not against the date before it.
    ['Le 6 juillet prochain, puis en mars prochain.', [['6 juillet', 'date', '2026-07-06'], ['mars', 'date', '2026-03']]],
    ['Le 25 août prochain et le 10 août prochain.', [['25 août', 'date', '2025-08-25'], ['10 août', 'date', '2026-08-10']]],
    ['Le ministre viendra les 28 et 29 avril prochains.', [['28', 'date', '2026-04-28'], ['29 avril', 'date', '2026-04-29']]],
    ["Au premier trimestre de l'année dernière, la perte a doublé.", [["premier trimestre de l'année dernière", 'date', '2024-Q1']]],
    ["En mars l'an dernier, la grève a éclaté.", [["mars l'an dernier", 'date', '2024-03']]],
    ["Le 3 juin de l'année dernière.", [["3 juin de l'année dernière", 'date', '2024-06-03']]],
    ['Puis en mai de cette année.', [['mai de cette année', 'date', '2025-05']]],
    // A comma ends the date: the relative year is its own figure.
    ["En mars, l'an dernier a été dur.", [['mars', 'date', '2025-03'], ['an dernier', 'date', '2024']]],
  ]);
  run('fr', undefined, [
    ["Au premier trimestre de l'année dernière.", [['premier trimestre', 'date', '--Q1']]],
  ]);
  run('en', '2025-08-20', [
    ['Next July the plant opens.', [['July', 'date', '2026-07']]],
    ['Last September it closed.', [['September', 'date', '2024-09']]],
    ['In the first quarter of last year, sales fell.', [['first quarter of last year', 'date', '2024-Q1']]],
    ['In March last year the bank failed.', [['March last year', 'date', '2024-03']]],
    ['On March 3 this year the vote was held.', [['March 3 this year', 'date', '2025-03-03']]],
  ]);
});

describe('figures: lists and ranges of days, parts of today', () => {
  run('fr', REF, [
    ['Du lundi 3 au mercredi 5 mars 2025, la foire ouvre.', [['lundi 3', 'date', '2025-03-03'], ['mercredi 5 mars 2025', 'date', '2025-03-05']]],
    ['Le musée ouvre les 3, 4 et 5 mars 2025.', [['3', 'date', '2025-03-03'], ['4', 'date', '2025-03-04'], ['5 mars 2025', 'date', '2025-03-05']]],
    ['Dans la nuit de samedi 14 à dimanche 15 octobre 2023.', [['samedi 14', 'date', '2023-10-14'], ['dimanche 15 octobre 2023', 'date', '2023-10-15']]],
    // The second end follows the first into the next year.
    ['Fermé du 30 décembre au 2 janvier.', [['30 décembre', 'date', '2025-12-30'], ['2 janvier', 'date', '2026-01-02']]],
    ['Le week-end dernier, la foire a fermé ; ce week-end, elle rouvre.', [['week-end dernier', 'date', '2025-W24'], ['ce week-end', 'date', '2025-W25']]],
    ['Ce matin, le préfet a parlé ; ce soir, il tranche.', [['Ce matin', 'date', '2025-06-18'], ['ce soir', 'date', '2025-06-18']]],
    // A count, not a list of days: no article or "entre" before it.
    ['Il a compté 1, 2, 3 et 4 mars.', [['1', 'number', 1], ['2', 'number', 2], ['3', 'number', 3], ['4 mars', 'date', '2025-03-04']]],
  ]);
  run('en', REF, [
    ['The show ran Sept. 3-5, 2024.', [['Sept. 3', 'date', '2024-09-03'], ['5, 2024', 'date', '2024-09-05']]],
    ['Stores were shut last weekend and reopen this weekend.', [['last weekend', 'date', '2025-W24'], ['this weekend', 'date', '2025-W25']]],
    ['This morning the index rose; last night it fell.', [['This morning', 'date', '2025-06-18'], ['last night', 'date', '2025-06-17']]],
    ['The office will shut December 30 through January 2.', [['December 30', 'date', '2025-12-30'], ['January 2', 'date', '2026-01-02']]],
  ]);
});

// A date without its year that would fall after the reference is last year's when its own sentence
// is reported as past, wherever the past cue stands in it; a past tense in another sentence does not count.
describe('figures: the past tense of a date\'s own sentence', () => {
  run('fr', '2025-03-10', [
    ['Le groupe a annoncé son plan le 6 juillet. L’usine ouvre le 8 août.', [['6 juillet', 'date', '2024-07-06'], ['8 août', 'date', '2025-08-08']]],
    ['Le groupe a annoncé son plan. L’usine ouvre le 6 juillet.', [['6 juillet', 'date', '2025-07-06']]],
    ['Le groupe présente son plan le 6 juillet, et a annoncé des pertes.', [['6 juillet', 'date', '2024-07-06']]],
  ]);
});
