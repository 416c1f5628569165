// The figure grammar, table-driven: each case lists every figure the text must give, in
// order, with its text, kind, value, unit, approx and direction (absent ones must be absent).
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import type { Lang } from '../../src/core/types';
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN } from './figures-support';

describe('figures: French numbers', () => {
  run('fr', [
    ['Il y a 1 234,5 unités.', [qty('1 234,5 unités', 1234.5, 'unité')]],
    ['Le score est de 1\u00a0234\u00a0567.', [num('1\u00a0234\u00a0567', 1234567)]],
    ['Un total de 12\u202f500 est visé.', [num('12\u202f500', 12500)]],
    ['Il vaut 1.234,5 exactement.', [num('1.234,5', 1234.5)]],
    ['Le ratio est de 0,29.', [num('0,29', 0.29)]],
    ['Le ratio est de 11,6.', [num('11,6', 11.6)]],
    ['Il en reste 1.500.', [num('1.500', 1500)]],
    ['Les 3 sont partis.', [num('3', 3)]],
    ['deux domaines', [qty('deux domaines', 2, 'domaine')]],
    ['vingt-neuf centres', [qty('vingt-neuf centres', 29, 'centre')]],
    ['soixante-dix salariés', [qty('soixante-dix salariés', 70, 'salarié')]],
    ['quatre-vingt-dix-neuf magasins', [qty('quatre-vingt-dix-neuf magasins', 99, 'magasin')]],
    ['vingt et un pays', [qty('vingt et un pays', 21, 'pays')]],
    ['deux cents usines', [qty('deux cents usines', 200, 'usine')]],
    ['trois mille emplois', [qty('trois mille emplois', 3000, 'emploi')]],
    ['cent vingt-cinq journaux', [qty('cent vingt-cinq journaux', 125, 'journal')]],
    ['Il a parlé à un client.', []],
    ['une entreprise et un marché', []],
    ['un bâtiment neuf', []],
    ['Le scan 3D et la 5G.', []],
    ['Le G7 et QwQ-32B.', []],
    ['Les deux ont signé.', [num('deux', 2)]],
    ['Les numéros 12 et 14.', [num('12', 12), num('14', 14)]],
  ]);
});

describe('figures: French money', () => {
  run('fr', [
    ['11,6 milliards de dollars', [money('11,6 milliards de dollars', 11600000000, 'USD')]],
    ['50 milliards d’euros', [money('50 milliards d’euros', 50000000000, 'EUR')]],
    ["50 milliards d'euros", [money("50 milliards d'euros", 50000000000, 'EUR')]],
    ['380 milliards de yuans', [money('380 milliards de yuans', 380000000000, 'CNY')]],
    ['106,96 dollars', [money('106,96 dollars', 106.96, 'USD')]],
    ['10 M€', [money('10 M€', 10000000, 'EUR')]],
    ['10M€', [money('10M€', 10000000, 'EUR')]],
    ['2 Md€', [money('2 Md€', 2000000000, 'EUR')]],
    ['3 Mds d’euros', [money('3 Mds d’euros', 3000000000, 'EUR')]],
    ['500 k€', [money('500 k€', 500000, 'EUR')]],
    ['1 200 €', [money('1 200 €', 1200, 'EUR')]],
    ['15 euros', [money('15 euros', 15, 'EUR')]],
    ['un million de dollars', [money('un million de dollars', 1000000, 'USD')]],
    ['deux milliards d’euros', [money('deux milliards d’euros', 2000000000, 'EUR')]],
    ['1 billion d’euros', [money('1 billion d’euros', 1e12, 'EUR')]],
    ['4,15 milliards de dollars américains', [money('4,15 milliards de dollars américains', 4150000000, 'USD')]],
    ['30 millions de dollars canadiens', [money('30 millions de dollars canadiens', 30000000, 'CAD')]],
    ['8 milliards de dollars de Hong Kong', [money('8 milliards de dollars de Hong Kong', 8000000000, 'HKD')]],
    ['5 millions de livres sterling', [money('5 millions de livres sterling', 5000000, 'GBP')]],
    ['12 francs suisses', [money('12 francs suisses', 12, 'CHF')]],
    ['100 millions de roupies', [money('100 millions de roupies', 100000000, 'INR')]],
    ['200 millions de yens', [money('200 millions de yens', 200000000, 'JPY')]],
    ['USD 10 millions', [money('USD 10 millions', 10000000, 'USD')]],
    ['10 millions USD', [money('10 millions USD', 10000000, 'USD')]],
    ['25 CNY', [money('25 CNY', 25, 'CNY')]],
    ['5 $', [money('5 $', 5, 'USD')]],
    ['5 dollars', [money('5 dollars', 5, 'CAD')], { defaultDollar: 'CAD' }],
    ['5 dollars américains', [money('5 dollars américains', 5, 'USD')], { defaultDollar: 'CAD' }],
    ['entre 15 et 25 millions d’euros', [money('15', 15000000, 'EUR'), money('25 millions d’euros', 25000000, 'EUR')]],
    ['de 2 à 3 milliards de dollars', [money('2', 2000000000, 'USD'), money('3 milliards de dollars', 3000000000, 'USD')]],
    ['3 millions de personnes', [qty('3 millions de personnes', 3000000, 'personne')]],
    ['2,5 millions', [num('2,5 millions', 2500000)]],
  ]);
});

describe('figures: French percent, qualifiers, directions', () => {
  run('fr', [
    ['16 %', [pct('16 %', 16)]],
    ['7%', [pct('7%', 7)]],
    ['0,29\u00a0%', [pct('0,29\u00a0%', 0.29)]],
    ['cinq pour cent', [pct('cinq pour cent', 5)]],
    ['12 pourcent', [pct('12 pourcent', 12)]],
    ['3 points de pourcentage', [pct('3 points de pourcentage', 3)]],
    ['- 2,3 %', [pct('- 2,3 %', -2.3, DOWN)]],
    ['un recul : -4 %', [pct('-4 %', -4, DOWN)]],
    ['+18 %', [pct('+18 %', 18, UP)]],
    // A sign right after an opening bracket is the figure's (a list of changes); glued to a word it is a hyphen.
    ['le chômage recule (-0,7 %) en Corse et monte [+3,5 %] ailleurs', [pct('-0,7 %', -0.7, DOWN), pct('+3,5 %', 3.5, UP)]],
    ['les inscrits (+ 2 400 personnes) et les sortants (− 9 500 personnes)', [qty('+ 2 400 personnes', 2400, 'personne', UP), qty('− 9 500 personnes', -9500, 'personne', DOWN)]],
    ['le taux de chômage des jeunes (+0,6 point)', [qty('+0,6 point', 0.6, 'point', UP)]],
    ['les ventes ont progressé de 4 % (+5 % à taux de change constants)', [pct('4 %', 4, UP), pct('+5 %', 5, UP)]],
    ['Les dépenses ont grimpé de 16 % pour atteindre 11,6 milliards de dollars.', [pct('16 %', 16, UP), money('11,6 milliards de dollars', 11600000000, 'USD')]],
    ['une part de 33 % et une croissance de son revenu de 15 %', [pct('33 %', 33), pct('15 %', 15, UP)]],
    ['une hausse de 0,29 % pour s’établir à 106,96 dollars', [pct('0,29 %', 0.29, UP), money('106,96 dollars', 106.96, 'USD')]],
    ['les revenus ont chuté de 11%', [pct('11%', 11, DOWN)]],
    ['a augmenté de plus de 80 milliards de dollars', [money('80 milliards de dollars', 80000000000, 'USD', { approx: 'over', direction: 'up' })]],
    ['les ventes ont reculé de 3 %', [pct('3 %', 3, DOWN)]],
    ['le titre a bondi de plus de 7%', [pct('7%', 7, { approx: 'over', direction: 'up' })]],
    ['une baisse de 1,75 %', [pct('1,75 %', 1.75, DOWN)]],
    // A change noun after the figure gives its direction; a verb there has the figure as its subject, a lead is no change.
    ['quinze milliards d’euros de baisse de dépenses', [money('quinze milliards d’euros', 15000000000, 'EUR', DOWN)]],
    ['10 % de hausse des ventes', [pct('10 %', 10, UP)]],
    ['le titre gagnait 2,1 %', [pct('2,1 %', 2.1, UP)]],
    ['le smic augmentera de 100 euros', [money('100 euros', 100, 'EUR', UP)]],
    ['les ventes reculaient de 4 %', [pct('4 %', 4, DOWN)]],
    ['56 personnes perdent la vie', [qty('56 personnes', 56, 'personne')]],
    ['avec cinq points d’avance', [qty('cinq points', 5, 'point')]],
    ['1,4 % de croissance', [pct('1,4 %', 1.4)]],
    ['en hausse de 18 % en glissement annuel', [pct('18 %', 18, UP)]],
    ['environ 300 salariés', [qty('300 salariés', 300, 'salarié', { approx: 'about' })]],
    ['près de 40 %', [pct('40 %', 40, { approx: 'about' })]],
    ['presque 10 %', [pct('10 %', 10, { approx: 'about' })]],
    ['moins de 5 %', [pct('5 %', 5, { approx: 'under' })]],
    ['au moins 380 milliards de yuans', [money('380 milliards de yuans', 380000000000, 'CNY', { approx: 'at_least' })]],
    ['jusqu’à 20 %', [pct('20 %', 20, { approx: 'up_to' })]],
    ['la dette est tombée jusqu’à 9 milliards d’euros', [money('9 milliards d’euros', 9000000000, 'EUR')]],
    ['plus d’un tiers du marché', [pct('un tiers', 100 / 3, { approx: 'over' })]],
    ['deux tiers des ventes', [pct('deux tiers', 200 / 3)]],
    ['trois quarts des salariés', [pct('trois quarts', 75)]],
    ['la moitié du marché', [pct('moitié', 50)]],
    ['un quart de la population', [pct('un quart', 25)]],
    ['un tiers de confiance', [pct('un tiers', 100 / 3)]],
    ['de 15 à 25 %', [pct('15', 15), pct('25 %', 25)]],
  ]);
});

describe('figures: French dates', () => {
  run('fr', [
    ['le 6 mars 2025', [date('6 mars 2025', '2025-03-06')]],
    ['le 1er janvier 2016', [date('1er janvier 2016', '2016-01-01')]],
    ['le premier janvier 2016', [date('premier janvier 2016', '2016-01-01')]],
    ['6/03/2025', [date('6/03/2025', '2025-03-06')]],
    ['06.03.2025', [date('06.03.2025', '2025-03-06')]],
    ['2025-03-06', [date('2025-03-06', '2025-03-06')]],
    ['mars 2025', [date('mars 2025', '2025-03')]],
    ['en octobre 2025', [date('octobre 2025', '2025-10')]],
    ['au premier trimestre 2025', [date('premier trimestre 2025', '2025-Q1')]],
    ['au 1er trimestre 2025', [date('1er trimestre 2025', '2025-Q1')]],
    ['au T1 2025', [date('T1 2025', '2025-Q1')]],
    ['au Q3 2024', [date('Q3 2024', '2024-Q3')]],
    ['au deuxième trimestre de 2024', [date('deuxième trimestre de 2024', '2024-Q2')]],
    ['au premier semestre 2024', [date('premier semestre 2024', '2024-H1')]],
    ['au S2 2024', [date('S2 2024', '2024-H2')]],
    ['en 2024', [date('2024', '2024')]],
    ['l’année 2019', [date('année 2019', '2019')]],
    ['l’hiver 2021', [date('hiver 2021', '2021')]],
    ['les années 1990', []],
    ['2024 salariés', [qty('2024 salariés', 2024, 'salarié')]],
    ['en 2024 ont été', [date('2024', '2024')]],
    ['d’ici 2025', [date('2025', '2025', { approx: 'by' })]],
    ['d’ici juin 2025', [date('juin 2025', '2025-06', { approx: 'by' })]],
    ['le vendredi 29 juillet 2022', [date('vendredi 29 juillet 2022', '2022-07-29')]],
    ['Vendredi, les actions', []],
    ['le 2 juillet', [date('2 juillet', '--07-02')]],
    ['en mai', [date('mai', '--05')]],
    ['au quatrième trimestre', [date('quatrième trimestre', '--Q4')]],
    ['le 2 juillet', [date('2 juillet', '2025-07-02')], { refDate: '2025-08-01' }],
    ['En 2024, puis le 2 juillet.', [date('2024', '2024'), date('2 juillet', '2024-07-02')]],
    ['Depuis 2011, et en 2020, puis en mai.', [date('2011', '2011'), date('2020', '2020'), date('mai', '2020-05')]],
    ['Désormais, le domaine humain.', []],
    ['Mars est une planète.', [date('Mars', '--03')]],
    ['La sonde vers Mars est partie.', []],
    ['En mai, le groupe a annoncé que son chiffre d’affaires du quatrième trimestre avait augmenté. En 2025.', [date('mai', '2025-05'), date('quatrième trimestre', '2024-Q4'), date('2025', '2025')]],
    ['Le groupe a publié ses résultats du quatrième trimestre.', [date('quatrième trimestre', '2024-Q4')], { refDate: '2025-03-06' }],
    ['entre 2020 et 2025', [date('2020', '2020'), date('2025', '2025')]],
    ['11:416/03/2025, jeudi', [time('11:41', '11:41'), date('6/03/2025', '2025-03-06')]],
    // No 30th of February: the day is a bare number, the month a date.
    ['le 30 février 2025', [num('30', 30), date('février 2025', '2025-02')]],
  ]);
});

describe('figures: French durations, times, ordinals', () => {
  run('fr', [
    ['d’ici cinq ans', [dur('cinq ans', 'P5Y', { approx: 'by' })]],
    ['au cours des trois prochaines années', [dur('trois prochaines années', 'P3Y')]],
    ['des dix dernières années', [dur('dix dernières années', 'P10Y')]],
    ['pendant 18 mois', [dur('18 mois', 'P18M')]],
    ['deux semaines', [dur('deux semaines', 'P2W')]],
    ['3 jours', [dur('3 jours', 'P3D')]],
    ['six heures', [dur('six heures', 'PT6H')]],
    ['un an', [dur('un an', 'P1Y')]],
    ['plus de trois ans', [dur('trois ans', 'P3Y', { approx: 'over' })]],
    ['deux trimestres', [dur('deux trimestres', 'P6M')]],
    ['une année record', []],
    ['plusieurs années', []],
    ['11:41', [time('11:41', '11:41')]],
    ['14h30', [time('14h30', '14:30')]],
    ['14 h', [time('14 h', '14:00')]],
    ['14 h 30', [time('14 h 30', '14:30')]],
    ['à 9 heures', [time('9 heures', '09:00')]],
    ['la pause de midi', []],
    ['le score de 3:1', [num('3', 3), num('1', 1)]],
    ['en troisième position', [ord('troisième position', 3)]],
    ['son troisième centre de données en Malaisie', [ord('troisième centre de données', 3)]],
    ['d’en installer un deuxième aux Philippines', [ord('deuxième', 2)]],
    ['la première intégration directe', [ord('première intégration', 1)]],
    ['le 2e groupe', [ord('2e groupe', 2)]],
    ['le XXIe siècle', [ord('XXIe siècle', 21)]],
    ['le Premier ministre', []],
    ['le premier ministre', []],
    ['Le marché et Ce pari', []],
    ['une seconde', []],
    ['29 centres de données actuels', [qty('29 centres de données', 29, 'centre de données')]],
    ['1 200 salariés', [qty('1 200 salariés', 1200, 'salarié')]],
    ['3 000 emplois', [qty('3 000 emplois', 3000, 'emploi')]],
    ['10 000 tonnes', [qty('10 000 tonnes', 10000, 'tonne')]],
    ['5 km', [qty('5 km', 5, 'km')]],
    ['trois nouveaux magasins', [qty('trois nouveaux magasins', 3, 'magasin')]],
    ['12 chiffres d’affaires', [qty('12 chiffres d’affaires', 12, 'chiffre d’affaires')]],
    ['2 est un nombre', [num('2', 2)]],
  ]);
});

describe('figures: English', () => {
  run('en', [
    ['$4.15 billion', [money('$4.15 billion', 4150000000, 'USD')]],
    ['posted a 15% rise in revenue', [pct('15%', 15, UP)]],
    ['shares closed 3% lower', [pct('3%', 3, DOWN)]],
    ['crude lost 1.1% to $78.05', [pct('1.1%', 1.1, DOWN), money('$78.05', 78.05, 'USD')]],
    ['a $2 billion cut in spending', [money('$2 billion', 2000000000, 'USD', DOWN)]],
    ['28 advanced courses', [{ text: '28', kind: 'number', value: 28 }]],
    ['US$ 5 million', [money('US$ 5 million', 5000000, 'USD')]],
    ['HK$10m', [money('HK$10m', 10000000, 'HKD')]],
    ['C$2.5bn', [money('C$2.5bn', 2500000000, 'CAD')]],
    ['€10bn', [money('€10bn', 10000000000, 'EUR')]],
    ['£5', [money('£5', 5, 'GBP')]],
    ['¥300', [money('¥300', 300, 'JPY')]],
    ['USD 10 m', [money('USD 10 m', 10000000, 'USD')]],
    ['1,234.5 dollars', [money('1,234.5 dollars', 1234.5, 'USD')]],
    ['10 US dollars', [money('10 US dollars', 10, 'USD')]],
    ['20 Canadian dollars', [money('20 Canadian dollars', 20, 'CAD')]],
    ['3 billion euros', [money('3 billion euros', 3000000000, 'EUR')]],
    ['5 million yuan', [money('5 million yuan', 5000000, 'CNY')]],
    ['a billion dollars', [money('a billion dollars', 1000000000, 'USD')]],
    ['2 trillion yen', [money('2 trillion yen', 2000000000000, 'JPY')]],
    ['between 2 and 3 billion dollars', [money('2', 2000000000, 'USD'), money('3 billion dollars', 3000000000, 'USD')]],
    ['16%', [pct('16%', 16)]],
    ['5 percent', [pct('5 percent', 5)]],
    ['5 per cent', [pct('5 per cent', 5)]],
    ['2 percentage points', [pct('2 percentage points', 2)]],
    ['sales rose 7% to $3 billion', [pct('7%', 7, UP), money('$3 billion', 3000000000, 'USD')]],
    ['revenue fell by 11%', [pct('11%', 11, DOWN)]],
    ['shares jumped 9.2%', [pct('9.2%', 9.2, UP)]],
    ['an increase of 5%', [pct('5%', 5, UP)]],
    ['profit declined 3 percent', [pct('3 percent', 3, DOWN)]],
    ['more than 34%', [pct('34%', 34, { approx: 'over' })]],
    ['about 300 employees', [qty('300 employees', 300, 'employee', { approx: 'about' })]],
    ['nearly 40%', [pct('40%', 40, { approx: 'about' })]],
    ['at least 380 billion yuan', [money('380 billion yuan', 380000000000, 'CNY', { approx: 'at_least' })]],
    ['up to 20%', [pct('20%', 20, { approx: 'up_to' })]],
    ['less than 5%', [pct('5%', 5, { approx: 'under' })]],
    ['a third of the market', [pct('a third', 100 / 3)]],
    ['more than a third of the market', [pct('a third', 100 / 3, { approx: 'over' })]],
    ['two thirds of sales', [pct('two thirds', 200 / 3)]],
    ['half of the market', [pct('half', 50)]],
    ['a quarter of the staff', [pct('a quarter', 25)]],
    ['29 data centers', [qty('29 data centers', 29, 'data center')]],
    ['1,200 employees', [qty('1,200 employees', 1200, 'employee')]],
    ['twenty-nine stores', [qty('twenty-nine stores', 29, 'store')]],
    ['one hundred and five companies', [qty('one hundred and five companies', 105, 'company')]],
    ['10,000 jobs', [qty('10,000 jobs', 10000, 'job')]],
    ['5 million people', [qty('5 million people', 5000000, 'people')]],
    ['two years', [dur('two years', 'P2Y')]],
    ['over the next three years', [dur('three years', 'P3Y')]],
    ['18 months', [dur('18 months', 'P18M')]],
    ['within five years', [dur('five years', 'P5Y', { approx: 'by' })]],
    ['March 6, 2025', [date('March 6, 2025', '2025-03-06')]],
    ['6 March 2025', [date('6 March 2025', '2025-03-06')]],
    ['March 2025', [date('March 2025', '2025-03')]],
    ['in May', [date('May', '--05')]],
    ['it may rain', []],
    ['You May Say', []],
    ['3/6/2025', [date('3/6/2025', '2025-03-06')]],
    ['25/12/2024', [date('25/12/2024', '2024-12-25')]],
    ['2025-03-06', [date('2025-03-06', '2025-03-06')]],
    ['in Q1 2025', [date('Q1 2025', '2025-Q1')]],
    ['the first quarter of 2025', [date('first quarter of 2025', '2025-Q1')]],
    ['the second half of 2024', [date('second half of 2024', '2024-H2')]],
    ['the fourth quarter', [date('fourth quarter', '2024-Q4')], { refDate: '2024-12-01' }],
    ['in 2024', [date('2024', '2024')]],
    ['since 2011', [date('2011', '2011')]],
    ['by 2030', [date('2030', '2030', { approx: 'by' })]],
    ['Friday, July 29', [date('Friday, July 29', '--07-29')]],
    ['July 4th', [date('July 4th', '--07-04')]],
    ['at 11:41', [time('11:41', '11:41')]],
    ['at 2 p.m.', [time('2 p.m.', '14:00')]],
    ['at 2:30pm', [time('2:30pm', '14:30')]],
    ['at 12 am', [time('12 am', '00:00')]],
    ['the third position', [ord('third position', 3)]],
    ['the second largest dealer', [ord('second largest dealer', 2)]],
    ['the 3rd plant', [ord('3rd plant', 3)]],
    ['its 21st store', [ord('21st store', 21)]],
    ['the First Lady', []],
    ['one of them', []],
    ['a year ago', []],
    ['the iPhone 16 and the 5G', [num('16', 16)]],
  ]);
});

describe('figures: entity spans', () => {
  it('stops a count before a name and keeps the name in the unit', () => {
    const text = 'deux modèles Qwen';
    const figs = extractFigures(text, { lang: 'fr', defaultDollar: 'USD', entitySpans: [{ start: 13, end: 17 }] });
    assert.deepEqual(figs.map((x) => [x.text, x.kind, x.value, x.unit]), [['deux', 'quantity', 2, 'modèle Qwen']]);
  });
  it('skips digits inside a name', () => {
    const text = 'le iPhone 16 Pro et 3 modèles';
    const figs = extractFigures(text, { lang: 'fr', defaultDollar: 'USD', entitySpans: [{ start: 3, end: 16 }] });
    assert.deepEqual(figs.map((x) => x.text), ['3 modèles']);
  });
  it('skips every token of a span that holds a shorter one, the spans given in any order', () => {
    const text = 'Le fonds Alpha 2025 Holding et 3 usines';
    const outer = { start: 9, end: 27 }; // Alpha 2025 Holding
    const inner = { start: 9, end: 14 }; // Alpha
    for (const entitySpans of [[outer, inner], [inner, outer]]) {
      const figs = extractFigures(text, { lang: 'fr', defaultDollar: 'USD', entitySpans });
      assert.deepEqual(figs.map((x) => x.text), ['3 usines']);
    }
  });
  it('stops an ordinal before a name', () => {
    const text = 'the second largest Toyota dealer';
    const figs = extractFigures(text, { lang: 'en', defaultDollar: 'USD', entitySpans: [{ start: 19, end: 25 }] });
    assert.deepEqual(figs.map((x) => [x.text, x.kind, x.value]), [['second largest', 'ordinal', 2]]);
  });
});

describe('figures: robustness and linear time', () => {
  const ctx = { lang: 'fr' as const, defaultDollar: 'USD' };
  for (const [name, text] of [
    ['spaced ones', '1 '.repeat(100000)],
    ['a digit run', '1'.repeat(200000)],
    ['digit groups', '1 000 '.repeat(35000)],
    ['commas', '1,'.repeat(100000)],
    ['dots', '1.'.repeat(100000)],
    ['dashes', '- '.repeat(100000)],
    ['number words', 'vingt-'.repeat(30000) + 'un'],
    ['spaces', ' '.repeat(200000)],
  ] as const) {
    it(`handles 200 KB of ${name} in linear time`, () => {
      // A tenth of the text first (warmed up): ten times the text must take far less than the
      // hundred times a quadratic reader would. Each side keeps its best of three runs, the full
      // text stopping at the first run within bounds: a load on the shared machine slows one run,
      // a quadratic reader every run.
      const tenth = text.slice(0, text.length / 10);
      extractFigures(tenth, ctx);
      const timed = (input: string) => {
        const t0 = performance.now();
        const out = extractFigures(input, ctx);
        return { ms: performance.now() - t0, out };
      };
      const small = Math.min(timed(tenth).ms, timed(tenth).ms, timed(tenth).ms);
      const bound = Math.max(40 * small, 250);
      let { ms: full, out: figs } = timed(text);
      for (let retry = 0; retry < 2 && full >= bound; retry++) ({ ms: full, out: figs } = timed(text));
      assert.ok(full < bound, `10x the text took ${full.toFixed(0)} ms against ${small.toFixed(0)} ms`);
      let last = 0;
      for (const x of figs) {
        assert.ok(x.start >= last && x.end > x.start);
        assert.equal(text.slice(x.start, x.end), x.text);
        last = x.end;
      }
    });
  }
  it('returns nothing on an empty text', () => {
    assert.deepEqual(extractFigures('', ctx), []);
  });
});

describe('figures: numbers too large to state, one-letter nouns', () => {
  const figs = (text: string, lang: Lang = 'fr') => extractFigures(text, { lang, defaultDollar: 'USD' });
  const finiteEverywhere = (text: string, lang: Lang = 'fr') => {
    for (const x of figs(text, lang)) if (typeof x.value === 'number') assert.ok(Number.isFinite(x.value), `${x.kind} ${x.value} in ${text.slice(0, 40)}`);
  };
  it('gives no figure for a run of 310 digits (no Infinity)', () => {
    assert.deepEqual(figs('1'.repeat(310)), []);
    assert.deepEqual(figs('9'.repeat(400) + ' dollars', 'en'), []);
    finiteEverywhere('USD ' + '1800'.repeat(80));
    finiteEverywhere('cent '.repeat(200) + 'personnes');
  });
  it('gives no figure for a number beyond 10^15 but keeps one at 10^15', () => {
    assert.deepEqual(figs('9 999 999 999 999 999 euros'), []);
    assert.deepEqual(figs('1 000 000 000 000 000 euros').map((x) => [x.kind, x.value, x.unit]), [['money', 1e15, 'EUR']]);
    assert.deepEqual(figs('le 999999999999999e').map((x) => [x.kind, x.value]), [['ordinal', 999999999999999]]);
    assert.deepEqual(figs('le 9999999999999999e'), []);
  });
  it('never gives a duration in exponent notation', () => {
    assert.deepEqual(figs('999999999999999999992 semaine'), []);
    assert.deepEqual(figs('0,0000001 an'), []);
    assert.deepEqual(figs('cent '.repeat(12) + 'semaines'), []);
    assert.deepEqual(figs('1000000000000 siècles').map((x) => x.value), ['P100000000000000Y']);
  });
  it('gives no quantity of a one-letter noun and never an empty unit', () => {
    // ("5 s" is five seconds in French: a duration, see the race times of figures-suite-times.)
    for (const text of ['3 x', '4 x', '0 x', '5 z']) {
      const got = figs(text);
      assert.deepEqual(got.map((x) => [x.kind, x.unit]), [['number', undefined]], text);
    }
    assert.deepEqual(figs('3 os').map((x) => [x.kind, x.value, x.unit]), [['quantity', 3, 'os']]);
    assert.deepEqual(figs('2 x 3 y', 'en').map((x) => x.kind), ['number', 'number']);
  });
});
