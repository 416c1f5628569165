import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { linkFacts } from '../../src/core/facts';
import { cueLexicon, type CueCategory } from '../../src/core/facts/lexicon';
import { tokenize } from '../../src/core/text/tokenize';
import type { EntityMention, EntityType, Figure, FigureKind, Lang } from '../../src/core/types';
import { scoreFactsOnGold } from './facts-harness';

// A hand-made mention: [surface text, type, id] or [surface text, type, id, occurrence].
type E = [string, EntityType, string] | [string, EntityType, string, number];
// A hand-made figure: [surface text, kind, extra fields] (occurrence in extra.occ).
type F = [string, FigureKind] | [string, FigureKind, Partial<Figure> & { occ?: number }];

function find(text: string, surface: string, occ = 0): number {
  let at = -1;
  for (let i = 0; i <= occ; i++) {
    at = text.indexOf(surface, at + 1);
    if (at === -1) throw new Error(`"${surface}" #${occ} not in: ${text}`);
  }
  return at;
}

/** Links the figures of `text` and lists the facts as "entity predicate figure-text", sorted. */
function facts(text: string, ents: E[], figs: F[], lang: Lang = 'fr'): string[] {
  const entities: EntityMention[] = ents.map(([surface, type, id, occ]) => {
    const start = find(text, surface, occ);
    return { start, end: start + surface.length, text: surface, type, id, name: id };
  });
  const figures: Figure[] = figs.map(([surface, kind, extra = {}]) => {
    const { occ, ...rest } = extra;
    const start = find(text, surface, occ);
    return { start, end: start + surface.length, text: surface, kind, value: 0, ...rest };
  });
  entities.sort((a, b) => a.start - b.start);
  figures.sort((a, b) => a.start - b.start);
  const byStart = new Map(figures.map((f) => [f.start, f.text]));
  return linkFacts(text, entities, figures, { lang })
    .map((f) => `${f.entity} ${f.predicate} ${byStart.get(f.figure)}`)
    .sort();
}

const UP = { direction: 'up' as const };
const DOWN = { direction: 'down' as const };

describe('linkFacts (French)', () => {
  it('reads revenue and its growth from "chiffre d\'affaires ... augmenté de ... pour atteindre"', () => {
    assert.deepEqual(
      facts("Le chiffre d'affaires de Renault a augmenté de 5 % pour atteindre 12 milliards d'euros.",
        [['Renault', 'company', 'renault']], [['5 %', 'percent', UP], ["12 milliards d'euros", 'money']]),
      ['renault growth 5 %', "renault revenue 12 milliards d'euros"],
    );
  });

  it('links a revenue level to the subject', () => {
    assert.deepEqual(
      facts("Danone a réalisé un chiffre d'affaires de 27 milliards d'euros en 2023.",
        [['Danone', 'company', 'danone']], [["27 milliards d'euros", 'money'], ['2023', 'date']]),
      ["danone revenue 27 milliards d'euros"],
    );
  });

  it('finds a change without a direction field from the verb', () => {
    assert.deepEqual(
      facts('Les actions de Tesla ont chuté de 3 % mardi.', [['Tesla', 'company', 'tesla']], [['3 %', 'percent']]),
      ['tesla share_price_change 3 %'],
    );
  });

  it('splits a share move from the price it reached', () => {
    assert.deepEqual(
      facts("L'action Kering a reculé de 2,5 % à 310 euros.", [['Kering', 'company', 'kering']],
        [['2,5 %', 'percent', DOWN], ['310 euros', 'money']]),
      ['kering share_price 310 euros', 'kering share_price_change 2,5 %'],
    );
  });

  it('links an investment verb to its subject, not to the target', () => {
    assert.deepEqual(
      facts("Microsoft prévoit d'investir 10 milliards de dollars dans OpenAI.",
        [['Microsoft', 'company', 'microsoft'], ['OpenAI', 'company', 'openai']], [['10 milliards de dollars', 'money']]),
      ['microsoft investment 10 milliards de dollars'],
    );
  });

  it('reads a market share after "part de marché"', () => {
    assert.deepEqual(
      facts('Carrefour détient une part de marché de 20 % en France.',
        [['Carrefour', 'company', 'carrefour'], ['France', 'place', 'france']], [['20 %', 'percent']]),
      ['carrefour market_share 20 %'],
    );
  });

  it('links a rank with other and "X % du marché" as the market share', () => {
    assert.deepEqual(
      facts('Samsung s\'est classé en première position avec 22 % du marché.',
        [['Samsung', 'company', 'samsung']], [['première position', 'ordinal'], ['22 %', 'percent']]),
      ['samsung market_share 22 %', 'samsung other première position'],
    );
  });

  it('gives an ordinal that is no rank no fact', () => {
    assert.deepEqual(
      facts('Amazon a ouvert son troisième entrepôt à Lyon.', [['Amazon', 'company', 'amazon'], ['Lyon', 'place', 'lyon']],
        [['troisième entrepôt', 'ordinal']]),
      [],
    );
  });

  it('counts jobs cut', () => {
    assert.deepEqual(
      facts('Stellantis va supprimer 2 000 emplois en France.',
        [['Stellantis', 'company', 'stellantis'], ['France', 'place', 'france']],
        [['2 000 emplois', 'quantity', { unit: 'emploi' }]]),
      ['stellantis count 2 000 emplois'],
    );
  });

  it('counts copies sold', () => {
    assert.deepEqual(
      facts('Le Monde a vendu 500 000 exemplaires.', [['Le Monde', 'organization', 'le-monde']],
        [['500 000 exemplaires', 'quantity', { unit: 'exemplaire' }]]),
      ['le-monde count 500 000 exemplaires'],
    );
  });

  it('gives a quantity of something that is not owned no fact', () => {
    assert.deepEqual(
      facts("Alibaba a dépensé davantage dans ces deux domaines.", [['Alibaba', 'company', 'alibaba']],
        [['deux domaines', 'quantity', { unit: 'domaine' }]]),
      [],
    );
  });

  it('reads a market capitalisation change with its possessor', () => {
    assert.deepEqual(
      facts('La capitalisation boursière de Nvidia a bondi de 200 milliards de dollars.',
        [['Nvidia', 'company', 'nvidia']], [['200 milliards de dollars', 'money', UP]]),
      ['nvidia market_cap_change 200 milliards de dollars'],
    );
  });

  it('resolves "le groupe ... son chiffre d\'affaires" to the company in focus', () => {
    assert.deepEqual(
      facts("Airbus a publié ses résultats jeudi. Le groupe a vu son chiffre d'affaires progresser de 8 %.",
        [['Airbus', 'company', 'airbus']], [['8 %', 'percent', UP]]),
      ['airbus growth 8 %'],
    );
  });

  it('resolves a pronoun subject to the company in focus', () => {
    assert.deepEqual(
      facts("L'Oréal ouvre un laboratoire à Shanghai. Elle a investi 3 milliards d'euros.",
        [["L'Oréal", 'company', 'l-oreal'], ['Shanghai', 'place', 'shanghai']], [["3 milliards d'euros", 'money']]),
      ["l-oreal investment 3 milliards d'euros"],
    );
  });

  it('resolves "la capitalisation de l\'entreprise" to the focus', () => {
    assert.deepEqual(
      facts("Pour Sanofi, l'année est bonne. La capitalisation boursière de l'entreprise a augmenté de 9 milliards d'euros.",
        [['Sanofi', 'company', 'sanofi']], [["9 milliards d'euros", 'money', UP]]),
      ["sanofi market_cap_change 9 milliards d'euros"],
    );
  });

  it('keeps two entities of one sentence apart', () => {
    assert.deepEqual(
      facts('Google a lancé Gemini en décembre, tandis que Meta a investi 5 milliards de dollars.',
        [['Google', 'company', 'google'], ['Gemini', 'product', 'gemini'], ['Meta', 'company', 'meta']],
        [['décembre', 'date'], ['5 milliards de dollars', 'money']]),
      ['google event_date décembre', 'meta investment 5 milliards de dollars'],
    );
  });

  it('dates an event of two coordinated subjects', () => {
    assert.deepEqual(
      facts('Alibaba et Tencent ont signé un accord en mars.',
        [['Alibaba', 'company', 'alibaba'], ['Tencent', 'company', 'tencent']], [['mars', 'date']]),
      ['alibaba event_date mars', 'tencent event_date mars'],
    );
  });

  it('gives a date with no event word no fact', () => {
    assert.deepEqual(
      facts('Un panneau Orange est vu sur un bâtiment le 3 mai 2024.', [['Orange', 'company', 'orange']], [['3 mai 2024', 'date']]),
      [],
    );
  });

  it('gives a date that opens a span ("depuis 2020") no fact', () => {
    assert.deepEqual(
      facts('Les actions de Kering ont atteint leur plus haut niveau depuis 2020.', [['Kering', 'company', 'kering']],
        [['2020', 'date']]),
      [],
    );
  });

  it('gives a date opening a span after its article ("depuis l\'an dernier") no fact', () => {
    assert.deepEqual(
      facts("Depuis l'an dernier, Renault a annoncé la fermeture de son usine.", [['Renault', 'company', 'renault']],
        [['an dernier', 'date']]),
      [],
    );
    assert.deepEqual(
      facts("Hier, Renault a annoncé la fermeture de son usine.", [['Renault', 'company', 'renault']],
        [['Hier', 'date']]),
      ['renault event_date Hier'],
    );
  });

  it('dates the event named after the date ("l\'annulation en 2020 de l\'introduction de Ant Group")', () => {
    assert.deepEqual(
      facts("Jack Ma revient après l'annulation en 2020 de l'entrée en Bourse de Ant Group.",
        [['Jack Ma', 'person', 'jack-ma'], ['Ant Group', 'company', 'ant-group']], [['2020', 'date']]),
      ['ant-group event_date 2020'],
    );
  });

  it('dates the speech of a person ("que Wu avait énoncée en février")', () => {
    assert.deepEqual(
      facts('Cette initiative complète ses efforts, une priorité que Wu avait énoncée en février.',
        [['Wu', 'person', 'eddie-wu']], [['février', 'date']]),
      ['eddie-wu event_date février'],
    );
  });

  it('links a figure about a country to the place', () => {
    assert.deepEqual(
      facts('Les dépenses de cloud de la France ont augmenté de 12 % pour atteindre 8 milliards d\'euros.',
        [['France', 'place', 'france']], [['12 %', 'percent', UP], ["8 milliards d'euros", 'money']]),
      ["france growth 12 %", "france other 8 milliards d'euros"],
    );
  });

  it('prefers the company to the place where it sells ("les revenus du géant ... en Chine")', () => {
    assert.deepEqual(
      facts("Apple peine. Au trimestre des fêtes, les revenus du géant technologique en Chine ont chuté de 11 %.",
        [['Apple', 'company', 'apple'], ['Chine', 'place', 'chine']], [['11 %', 'percent', DOWN]]),
      ['apple growth 11 %'],
    );
  });

  it('gives a market figure with no entity no fact', () => {
    assert.deepEqual(
      facts('Le marché des smartphones a progressé de 4 % au premier trimestre.', [], [['4 %', 'percent', UP], ['premier trimestre', 'date']]),
      [],
    );
    assert.deepEqual(
      facts('Ailleurs, le marché des smartphones a progressé de 4 %. Volkswagen est resté discret.',
        [['Volkswagen', 'company', 'volkswagen']], [['4 %', 'percent', UP]]),
      [],
    );
  });

  it('never links a figure to the source quoted for it', () => {
    assert.deepEqual(
      facts('Les partenariats ont représenté 25 % du marché, selon Canalys.', [['Canalys', 'company', 'canalys']],
        [['25 %', 'percent']]),
      [],
    );
    assert.deepEqual(
      facts('Selon Canalys, Xiaomi détient une part de 14 %.',
        [['Canalys', 'company', 'canalys'], ['Xiaomi', 'company', 'xiaomi']], [['14 %', 'percent']]),
      ['xiaomi market_share 14 %'],
    );
  });

  it('makes a purchase price the buyer\'s investment', () => {
    assert.deepEqual(
      facts('Microsoft a racheté Activision pour 69 milliards de dollars.',
        [['Microsoft', 'company', 'microsoft'], ['Activision', 'company', 'activision']], [['69 milliards de dollars', 'money']]),
      ['microsoft investment 69 milliards de dollars'],
    );
  });

  it('makes a bid the bidder\'s investment', () => {
    assert.deepEqual(
      facts("L'offre de Couche-Tard s'élève à 47 milliards de dollars.",
        [['Couche-Tard', 'company', 'couche-tard']], [['47 milliards de dollars', 'money']]),
      ['couche-tard investment 47 milliards de dollars'],
    );
  });

  it('makes a person\'s fortune other', () => {
    assert.deepEqual(
      facts('La fortune de Bernard Arnault atteint 200 milliards de dollars.',
        [['Bernard Arnault', 'person', 'bernard-arnault']], [['200 milliards de dollars', 'money']]),
      ['bernard-arnault other 200 milliards de dollars'],
    );
  });

  it('gives a business figure a person speaks about to the company, not the person', () => {
    assert.deepEqual(
      facts('Renault a publié ses comptes. Son directeur général, Luca de Meo, a indiqué que le chiffre d\'affaires a progressé de 5 %.',
        [['Renault', 'company', 'renault'], ['Luca de Meo', 'person', 'luca-de-meo']], [['5 %', 'percent', UP]]),
      ['renault growth 5 %'],
    );
    // Past the person, a ministry is no business: a growth forecast with no company in sight is no one's.
    assert.deepEqual(
      facts('Le ministère des Finances, Michel Sapin, estime que la croissance sera de 1,5 %.',
        [['ministère des Finances', 'organization', 'finances'], ['Michel Sapin', 'person', 'michel-sapin']],
        [['1,5 %', 'percent']]),
      [],
    );
  });

  it('gives the share price with no owner written to the company in focus ("L\'action a chuté")', () => {
    assert.deepEqual(
      facts('LVMH a publié ses ventes. L\'action a chuté de 4,5 % à 612 euros.', [['LVMH', 'company', 'lvmh']],
        [['4,5 %', 'percent', DOWN], ['612 euros', 'money']]),
      ['lvmh share_price 612 euros', 'lvmh share_price_change 4,5 %'],
    );
    // A noun owned by something that is no entity is not the focus's: "du secteur".
    assert.deepEqual(
      facts('LVMH a publié ses ventes. Le chiffre d\'affaires du secteur a progressé de 2 %.', [['LVMH', 'company', 'lvmh']],
        [['2 %', 'percent', UP]]),
      [],
    );
  });

  it('takes no company named in a relative clause as the focus ("qui regroupe Louis Vuitton")', () => {
    assert.deepEqual(
      facts('LVMH publie ses comptes. La division mode, qui regroupe Louis Vuitton, recule. Le groupe emploie 213 000 personnes.',
        [['LVMH', 'company', 'lvmh'], ['Louis Vuitton', 'company', 'louis-vuitton']],
        [['213 000 personnes', 'quantity', { unit: 'personne' }]]),
      ['lvmh count 213 000 personnes'],
    );
  });

  it('gives the figures of a sentence to the name an apposition follows ("Kering, propriétaire de Gucci,")', () => {
    assert.deepEqual(
      facts('Kering, propriétaire de Gucci, a vu son bénéfice chuter de 50 %.',
        [['Kering', 'company', 'kering'], ['Gucci', 'company', 'gucci']], [['50 %', 'percent', DOWN]]),
      ['kering other 50 %'],
    );
  });

  it('gives a rival named "avec" a figure the predicate of the figure it is compared with', () => {
    assert.deepEqual(
      facts('Apple détient 28 % du marché, suivi de Samsung avec 23 %.',
        [['Apple', 'company', 'apple'], ['Samsung', 'company', 'samsung']], [['28 %', 'percent'], ['23 %', 'percent']]),
      ['apple market_share 28 %', 'samsung market_share 23 %'],
    );
  });

  it('gives the price of "le rachat de la société X" to the buyer, and an avionneur\'s revenue to the company in focus', () => {
    assert.deepEqual(
      facts('Safran, motoriste partenaire de Airbus, a annoncé le rachat de la société Collins Aerospace pour 1,8 milliard de dollars.',
        [['Safran', 'company', 'safran'], ['Airbus', 'company', 'airbus'], ['Collins Aerospace', 'company', 'collins']],
        [['1,8 milliard de dollars', 'money']]),
      ['safran investment 1,8 milliard de dollars'],
    );
    assert.deepEqual(
      facts('Airbus a livré 306 avions. Le chiffre d\'affaires de l\'avionneur européen a atteint 29,6 milliards d\'euros.',
        [['Airbus', 'company', 'airbus']], [['29,6 milliards d\'euros', 'money']]),
      ['airbus revenue 29,6 milliards d\'euros'],
    );
  });

  it('reads a change in a market report as a share price change when the paragraph names the session', () => {
    assert.deepEqual(
      facts('Le CAC 40 a terminé la séance en hausse. TotalEnergies a annoncé un rachat d\'actions de 2 milliards de dollars. Kering a cédé 3,2 %.',
        [['TotalEnergies', 'company', 'totalenergies'], ['Kering', 'company', 'kering']],
        [['2 milliards de dollars', 'money'], ['3,2 %', 'percent', DOWN]]),
      ['kering share_price_change 3,2 %', 'totalenergies other 2 milliards de dollars'],
    );
    // Another paragraph is another story.
    assert.deepEqual(
      facts('Le CAC 40 a terminé la séance en hausse.\n\nKering a cédé 3,2 %.', [['Kering', 'company', 'kering']], [['3,2 %', 'percent', DOWN]]),
      [],
    );
  });

  it('makes a profit change other, not growth', () => {
    assert.deepEqual(
      facts('Le bénéfice net de BNP Paribas a reculé de 3 %.', [['BNP Paribas', 'company', 'bnp-paribas']],
        [['3 %', 'percent', DOWN]]),
      ['bnp-paribas other 3 %'],
    );
  });

  it('reads a bare ticker as its company ("les actions BABA")', () => {
    assert.deepEqual(
      facts('Vendredi, les actions BABA ont gagné 4 % pour s\'établir à 110 dollars.', [['BABA', 'ticker', 'alibaba']],
        [['4 %', 'percent', UP], ['110 dollars', 'money']]),
      ['alibaba share_price 110 dollars', 'alibaba share_price_change 4 %'],
    );
  });

  it('resolves a possessive in a "que" clause to the subject', () => {
    assert.deepEqual(
      facts('En mai, Apple a annoncé que ses ventes avaient augmenté de 5 %.', [['Apple', 'company', 'apple']],
        [['mai', 'date'], ['5 %', 'percent', UP]]),
      ['apple event_date mai', 'apple growth 5 %'],
    );
  });

  it('gives an analysts\' estimate other', () => {
    assert.deepEqual(
      facts("Orange a publié un chiffre d'affaires de 10 milliards d'euros, contre une estimation de 11 milliards d'euros.",
        [['Orange', 'company', 'orange']], [["10 milliards d'euros", 'money'], ["11 milliards d'euros", 'money']]),
      ["orange other 11 milliards d'euros", "orange revenue 10 milliards d'euros"],
    );
  });

  it('gives an amount in brackets the facts of the amount it converts', () => {
    assert.deepEqual(
      facts('Tencent investira 100 milliards de yuans (14 milliards de dollars).', [['Tencent', 'company', 'tencent']],
        [['100 milliards de yuans', 'money', { unit: 'CNY', value: 1e11 }], ['14 milliards de dollars', 'money', { unit: 'USD', value: 1.4e10 }]]),
      ['tencent investment 100 milliards de yuans', 'tencent investment 14 milliards de dollars'],
    );
  });

  it('repeats the facts of an amount written again', () => {
    assert.deepEqual(
      facts("Meta investira 10 milliards d'euros. Personne ne sait où ces 10 milliards d'euros iront.",
        [['Meta', 'company', 'meta']],
        [["10 milliards d'euros", 'money', { unit: 'EUR', value: 1e10 }], ["10 milliards d'euros", 'money', { unit: 'EUR', value: 1e10, occ: 1 }]]),
      ["meta investment 10 milliards d'euros", "meta investment 10 milliards d'euros"],
    );
  });

  it('gives a description with nothing in focus no fact', () => {
    assert.deepEqual(
      facts("Le groupe a vu son chiffre d'affaires progresser de 8 %.", [], [['8 %', 'percent', UP]]),
      [],
    );
  });

  it('names a subsidiary by its parent when the article names it ("la filiale cloud d\'Alibaba")', () => {
    assert.deepEqual(
      facts("La filiale cloud d'Alibaba a ouvert un centre en mai. Alibaba Cloud grandit.",
        [['Alibaba', 'company', 'alibaba-group'], ['Alibaba Cloud', 'company', 'alibaba-cloud']], [['mai', 'date']]),
      ['alibaba-cloud event_date mai'],
    );
  });

  it('dates a launch with the maker of the product launched', () => {
    assert.deepEqual(
      facts('Présenté lors du lancement du Samsung Galaxy S24 le 17 janvier, le service arrive. Samsung jubile.',
        [['Samsung Galaxy S24', 'product', 'samsung-galaxy-s24'], ['Samsung', 'company', 'samsung', 1]],
        [['17 janvier', 'date']]),
      ['samsung event_date 17 janvier'],
    );
  });

  it('links a growth noun with no measured noun ("une croissance de 18 %")', () => {
    assert.deepEqual(
      facts('Huawei Cloud s\'est placé en deuxième position avec une part de 18 % et une croissance de 18 %.',
        [['Huawei Cloud', 'company', 'huawei-cloud']],
        [['deuxième position', 'ordinal'], ['18 %', 'percent'], ['18 %', 'percent', { occ: 1 }]]),
      ['huawei-cloud growth 18 %', 'huawei-cloud market_share 18 %', 'huawei-cloud other deuxième position'],
    );
  });

  it('takes the company before the bracketed ticker as the subject', () => {
    assert.deepEqual(
      facts('Tencent (OTC:TCEHY) Cloud suit, avec une part de 10 %.',
        [['Tencent', 'company', 'tencent'], ['OTC:TCEHY', 'ticker', 'tencent']], [['10 %', 'percent']]),
      ['tencent market_share 10 %'],
    );
  });

  it('reads a stock move in a market context with no noun', () => {
    assert.deepEqual(
      facts('À la Bourse de Paris, LVMH a bondi de 6 % en séance.', [['LVMH', 'company', 'lvmh'], ['Paris', 'place', 'paris']],
        [['6 %', 'percent', UP]]),
      ['lvmh share_price_change 6 %'],
    );
  });

  it('does not cross a sentence to find a noun', () => {
    assert.deepEqual(
      facts("Les actions d'Engie ont reculé. Engie emploie 96 000 salariés.", [['Engie', 'company', 'engie'], ['Engie', 'company', 'engie', 1]],
        [['96 000 salariés', 'quantity', { unit: 'salarié' }]]),
      ['engie count 96 000 salariés'],
    );
  });
});

describe('linkFacts (English)', () => {
  const en = (text: string, ents: E[], figs: F[]) => facts(text, ents, figs, 'en');

  it('reads growth and revenue from "Apple\'s revenue rose 5% to $90 billion"', () => {
    assert.deepEqual(
      en("Apple's revenue rose 5% to $90 billion.", [['Apple', 'company', 'apple']], [['5%', 'percent'], ['$90 billion', 'money']]),
      ['apple growth 5%', 'apple revenue $90 billion'],
    );
  });

  it('reads "shares of Tesla fell 3%"', () => {
    assert.deepEqual(
      en('On Monday, shares of Tesla fell 3%.', [['Tesla', 'company', 'tesla']], [['3%', 'percent']]),
      ['tesla share_price_change 3%'],
    );
  });

  it('reads "Microsoft invested $10 billion in OpenAI"', () => {
    assert.deepEqual(
      en('Microsoft invested $10 billion in OpenAI.', [['Microsoft', 'company', 'microsoft'], ['OpenAI', 'company', 'openai']],
        [['$10 billion', 'money']]),
      ['microsoft investment $10 billion'],
    );
  });

  it('reads "Tesla shares jumped 12% to $250"', () => {
    assert.deepEqual(
      en('Tesla shares jumped 12% to $250.', [['Tesla', 'company', 'tesla']], [['12%', 'percent'], ['$250', 'money']]),
      ['tesla share_price $250', 'tesla share_price_change 12%'],
    );
  });

  it('counts jobs', () => {
    assert.deepEqual(
      en('Amazon will cut 18,000 jobs.', [['Amazon', 'company', 'amazon']], [['18,000 jobs', 'quantity', { unit: 'job' }]]),
      ['amazon count 18,000 jobs'],
    );
  });

  it('reads a market cap change', () => {
    assert.deepEqual(
      en("Nvidia's market cap climbed $200 billion.", [['Nvidia', 'company', 'nvidia']], [['$200 billion', 'money']]),
      ['nvidia market_cap_change $200 billion'],
    );
  });

  it('reads a rank and a market share', () => {
    assert.deepEqual(
      en('Samsung took first place with a 20% market share.', [['Samsung', 'company', 'samsung']],
        [['first place', 'ordinal'], ['20%', 'percent']]),
      ['samsung market_share 20%', 'samsung other first place'],
    );
  });

  it('resolves "The company ... its sales" to the focus', () => {
    assert.deepEqual(
      en('Nike reported results on Thursday. The company said its sales grew 7%.', [['Nike', 'company', 'nike']], [['7%', 'percent']]),
      ['nike growth 7%'],
    );
  });

  it('dates an acquisition', () => {
    assert.deepEqual(
      en('In 2021, Amazon acquired MGM for $8.5 billion.', [['Amazon', 'company', 'amazon'], ['MGM', 'company', 'mgm']],
        [['2021', 'date'], ['$8.5 billion', 'money']]),
      ['amazon event_date 2021', 'amazon investment $8.5 billion'],
    );
  });

  it('makes the buyer of "agreed to buy X for $N" invest', () => {
    assert.deepEqual(
      en('Oracle agreed to buy Cerner for $28 billion.', [['Oracle', 'company', 'oracle'], ['Cerner', 'company', 'cerner']],
        [['$28 billion', 'money']]),
      ['oracle investment $28 billion'],
    );
  });

  it('ignores the source quoted ("According to Canalys, Xiaomi shipped ...")', () => {
    assert.deepEqual(
      en('According to Canalys, Xiaomi shipped 40 million smartphones.',
        [['Canalys', 'company', 'canalys'], ['Xiaomi', 'company', 'xiaomi']],
        [['40 million smartphones', 'quantity', { unit: 'smartphone' }]]),
      ['xiaomi count 40 million smartphones'],
    );
  });

  it('links a country\'s spending to the place', () => {
    assert.deepEqual(
      en("China's cloud spending rose 16%.", [['China', 'place', 'china']], [['16%', 'percent']]),
      ['china growth 16%'],
    );
  });

  it('makes a person\'s fortune other', () => {
    assert.deepEqual(
      en("Elon Musk's fortune reached $200 billion.", [['Elon Musk', 'person', 'elon-musk']], [['$200 billion', 'money']]),
      ['elon-musk other $200 billion'],
    );
  });

  it('gives the start of a span ("since 2020") no fact', () => {
    assert.deepEqual(
      en('Apple shares have risen 10% since 2020.', [['Apple', 'company', 'apple']], [['10%', 'percent'], ['2020', 'date']]),
      ['apple share_price_change 10%'],
    );
  });

  it('gives a market figure with no entity no fact', () => {
    assert.deepEqual(en('The smartphone market grew 5% in 2023.', [], [['5%', 'percent'], ['2023', 'date']]), []);
  });

  it('dates a launch by its subject only, not by the partner named after', () => {
    assert.deepEqual(
      en('In June, Google launched Gemini to help Apple improve Siri.',
        [['Google', 'company', 'google'], ['Gemini', 'product', 'gemini'], ['Apple', 'company', 'apple'], ['Siri', 'product', 'siri']],
        [['June', 'date']]),
      ['google event_date June'],
    );
  });

  it('gives revenue a chief executive reports to the company named before them', () => {
    assert.deepEqual(
      facts('Nvidia Corp reported strong results. Chief Executive Jensen Huang said data center sales jumped 427% to $22.6 billion.',
        [['Nvidia Corp', 'company', 'nvidia'], ['Jensen Huang', 'person', 'jensen-huang']],
        [['427%', 'percent', UP], ['$22.6 billion', 'money']], 'en'),
      ['nvidia growth 427%', 'nvidia revenue $22.6 billion'],
    );
  });

  it('reads a sentence on past the point of a decimal ("$65.6 billion on Wednesday, up 16%")', () => {
    assert.deepEqual(
      facts('Microsoft Corp reported quarterly revenue of $65.6 billion on Wednesday, up 16% from a year ago.',
        [['Microsoft Corp', 'company', 'microsoft']], [['$65.6 billion', 'money'], ['16%', 'percent', UP]], 'en'),
      ['microsoft growth 16%', 'microsoft revenue $65.6 billion'],
    );
  });

  it('reads a change noun between a figure and its topic ("a 15% rise in revenue")', () => {
    assert.deepEqual(
      facts('Alphabet posted a 15% rise in revenue.', [['Alphabet', 'company', 'alphabet']], [['15%', 'percent']], 'en'),
      ['alphabet growth 15%'],
    );
    assert.deepEqual(
      facts('HSBC reported a 78% jump in annual profit and a 5% rise in quarterly revenue.', [['HSBC', 'company', 'hsbc']],
        [['78%', 'percent', UP], ['5%', 'percent', UP]], 'en'),
      ['hsbc growth 5%', 'hsbc other 78%'],
    );
  });

  it('gives the figures of a sentence to the name a description in commas follows ("Alphabet, Google\'s parent,")', () => {
    assert.deepEqual(
      facts('Alphabet, Google\'s parent, posted revenue of $88.3 billion.',
        [['Alphabet', 'company', 'alphabet'], ['Google', 'company', 'google']], [['$88.3 billion', 'money']], 'en'),
      ['alphabet revenue $88.3 billion'],
    );
    // A list is no apposition: the nearest name before the figure keeps it.
    assert.deepEqual(
      facts('Apple, Google, Amazon posted revenue of $88.3 billion.',
        [['Apple', 'company', 'apple'], ['Google', 'company', 'google'], ['Amazon', 'company', 'amazon']], [['$88.3 billion', 'money']], 'en'),
      ['amazon revenue $88.3 billion'],
    );
  });

  it('gives the price of a purchase to the buyer, not to the company bought ("to buy Spirit AeroSystems in a deal valued at")', () => {
    assert.deepEqual(
      facts('Boeing agreed on Friday to buy Spirit AeroSystems in an all-stock deal valued at $4.7 billion.',
        [['Boeing', 'company', 'boeing'], ['Spirit AeroSystems', 'company', 'spirit']], [['$4.7 billion', 'money']], 'en'),
      ['boeing investment $4.7 billion'],
    );
  });

  it('reads the market after adjectives ("28% of the global smartphone market") and a rival compared with it ("ahead of Samsung at 23%")', () => {
    assert.deepEqual(
      facts('Apple controls 28% of the global smartphone market, ahead of Samsung at 23%.',
        [['Apple', 'company', 'apple'], ['Samsung', 'company', 'samsung']], [['28%', 'percent'], ['23%', 'percent']], 'en'),
      ['apple market_share 28%', 'samsung market_share 23%'],
    );
  });

  it('reads "the Facebook parent" as the company in focus, not Facebook', () => {
    assert.deepEqual(
      facts('Meta Platforms Inc said it would cut costs. The Facebook parent\'s stock rose 1.5% to a record $720.50.',
        [['Meta Platforms Inc', 'company', 'meta'], ['Facebook', 'company', 'facebook']],
        [['1.5%', 'percent', UP], ['$720.50', 'money']], 'en'),
      ['meta share_price $720.50', 'meta share_price_change 1.5%'],
    );
  });

  it('gives a figure to the company that opens its own clause after the noun ("Exxon shares were down 0.8%, and Chevron Corp dipped 0.5%")', () => {
    assert.deepEqual(
      facts('Exxon Mobil Corp shares were down 0.8% in premarket trading, and Chevron Corp dipped 0.5%.',
        [['Exxon Mobil Corp', 'company', 'exxon'], ['Chevron Corp', 'company', 'chevron']],
        [['0.8%', 'percent', DOWN], ['0.5%', 'percent', DOWN]], 'en'),
      ['chevron share_price_change 0.5%', 'exxon share_price_change 0.8%'],
    );
  });
});

describe('linkFacts on the seed gold inputs', () => {
  it('reaches F1 >= 0.85 with the gold entities and figures', () => {
    const root = path.join(__dirname, '..', '..');
    const score = scoreFactsOnGold(fs.readFileSync(path.join(root, 'test/fixtures/seeds.gold.jsonl'), 'utf8'), root);
    assert.ok(score.f1 >= 0.85, `facts F1 ${score.f1.toFixed(3)}\n${score.misses.join('\n')}`);
  });

  it('returns nothing without entities or figures', () => {
    assert.deepEqual(linkFacts('Alibaba a investi 5 milliards.', [], [], { lang: 'fr' }), []);
  });
});

describe('linkFacts with imperfect mentions', () => {
  it('absorbs a word read as a name of its own into the subsidiary ("Alibaba Group (NYSE:BABA) Cloud")', () => {
    assert.deepEqual(
      facts('Alibaba Group (NYSE:BABA) Cloud mène avec une part de 33 %. Alibaba Cloud grandit.',
        [['Alibaba Group', 'company', 'alibaba-group'], ['NYSE:BABA', 'ticker', 'alibaba-group'], ['Cloud', 'person', 'cloud'],
          ['Alibaba Cloud', 'company', 'alibaba-cloud']],
        [['33 %', 'percent']]),
      ['alibaba-cloud market_share 33 %'],
    );
  });
});

describe('linkFacts on the classes of the real-articles audit (facts-real.jsonl)', () => {
  it('gives a job count to the company in focus, not to the place it names nor the person who deplores it', () => {
    const text = "Renault va supprimer 8 000 postes. Parmi ces coupes, la fermeture de l'usine d'Aulnay-sous-Bois, représentant la suppression de 3 000 emplois. Jean Dupont, de la CGT, dénonce une perte de 310 emplois en France.";
    assert.deepEqual(
      facts(text, [['Renault', 'company', 'renault'], ['Aulnay-sous-Bois', 'place', 'aulnay'], ['Jean Dupont', 'person', 'jean-dupont'], ['CGT', 'organization', 'cgt'], ['France', 'place', 'france']],
        [['8 000 postes', 'quantity', { unit: 'poste' }], ['3 000 emplois', 'quantity', { unit: 'emploi' }], ['310 emplois', 'quantity', { unit: 'emploi' }]]),
      ['renault count 3 000 emplois', 'renault count 310 emplois', 'renault count 8 000 postes'],
    );
  });

  it('does not give a count to a place that only says where', () => {
    assert.deepEqual(
      facts('Les pompiers de Paris ont recensé 112 véhicules incendiés.', [['Paris', 'place', 'paris']], [['112 véhicules', 'quantity', { unit: 'véhicule' }]]),
      [],
    );
  });

  it('gives a price to the buyer after "par"', () => {
    assert.deepEqual(
      facts('LinkedIn a annoncé son rachat par Microsoft pour la somme de 26 milliards de dollars.',
        [['LinkedIn', 'company', 'linkedin'], ['Microsoft', 'company', 'microsoft']], [['26 milliards de dollars', 'money']]),
      ['microsoft investment 26 milliards de dollars'],
    );
  });

  it('gives a figure to the company after "pour"', () => {
    assert.deepEqual(
      facts("Le mouvement est responsable d'un manque à gagner de 150 millions d'euros pour Auchan.",
        [['Auchan', 'company', 'auchan']], [["150 millions d'euros", 'money']]),
      ["auchan other 150 millions d'euros"],
    );
  });

  it('reads "la Banque de France l\'estime à" as a source, not the owner', () => {
    assert.deepEqual(
      facts("La Banque de France l'estime à 4,4 milliards d'euros de pertes.",
        [['Banque de France', 'organization', 'banque-de-france']], [["4,4 milliards d'euros", 'money']]),
      [],
    );
  });

  it('gives a growth to the place whose "sa" it is, not to the person who speaks', () => {
    assert.deepEqual(
      facts("Hassan Rohani rappelle que l'Iran compte porter sa croissance à 8 %.",
        [['Hassan Rohani', 'person', 'hassan-rohani'], ['Iran', 'place', 'iran']], [['8 %', 'percent']]),
      ['iran growth 8 %'],
    );
  });

  it('shares the facts of the ends of a range', () => {
    assert.deepEqual(
      facts('Infosys now expects revenue to grow 3%-4% this year.', [['Infosys', 'company', 'infosys']], [['3%', 'percent', UP], ['4%', 'percent']], 'en'),
      ['infosys growth 3%', 'infosys growth 4%'],
    );
  });

  it('reads companies moving in a market report as share moves, and leaves the indexes alone', () => {
    const text = 'Wall Street closed lower. Nvidia slid 2.8% and Microsoft Corp shed 1.4%. London\'s FTSE 100 gained 0.2%, helped by Glencore, while Germany\'s DAX eased 0.1%.';
    assert.deepEqual(
      facts(text, [['Wall Street', 'place', 'wall-street'], ['Nvidia', 'company', 'nvidia'], ['Microsoft Corp', 'company', 'microsoft'], ['London', 'place', 'london'], ['Glencore', 'company', 'glencore'], ['Germany', 'place', 'germany']],
        [['2.8%', 'percent', DOWN], ['1.4%', 'percent', DOWN], ['0.2%', 'percent', UP], ['0.1%', 'percent', DOWN]], 'en'),
      ['microsoft share_price_change 1.4%', 'nvidia share_price_change 2.8%'],
    );
  });

  it('gives a clause that opens with "its" to the owner, not to the complement before', () => {
    assert.deepEqual(
      facts('Tesco sold its banking business to Barclays, and its Booker wholesale arm delivered sales growth of 2.1%.',
        [['Tesco', 'company', 'tesco'], ['Barclays', 'company', 'barclays']], [['2.1%', 'percent', UP]], 'en'),
      ['tesco growth 2.1%'],
    );
  });

  it('gives the results of the accounts to the company in focus', () => {
    assert.deepEqual(
      facts('Infosys beat estimates. Net profit rose 7.1% to Rs 6,368 crore.', [['Infosys', 'company', 'infosys']],
        [['7.1%', 'percent', UP], ['Rs 6,368 crore', 'money']], 'en'),
      ['infosys other 7.1%', 'infosys other Rs 6,368 crore'],
    );
  });
});

describe('linkFacts on the classes of the second real-articles batch (stakes, forecasters, economies, markets)', () => {
  it('gives a stake to its holder as other, not to the company held', () => {
    assert.deepEqual(
      facts('Bpifrance détient 15 % du capital de Stellantis.', [['Bpifrance', 'company', 'bpifrance'], ['Stellantis', 'company', 'stellantis']], [['15 %', 'percent']]),
      ['bpifrance other 15 %'],
    );
    assert.deepEqual(
      facts('Nissan owns a 20% stake in Mitsubishi Motors.', [['Nissan', 'company', 'nissan'], ['Mitsubishi Motors', 'company', 'mitsubishi-motors']], [['20%', 'percent']], 'en'),
      ['nissan other 20%'],
    );
    assert.deepEqual(
      facts('Kering a acquis une participation de 30 % dans Valentino.', [['Kering', 'company', 'kering'], ['Valentino', 'company', 'valentino']], [['30 %', 'percent']]),
      ['kering other 30 %'],
    );
  });

  it('reads no stake in a turnout ("taux de participation", "une participation de 75 %")', () => {
    assert.deepEqual(
      facts('Selon la Catalogne, le oui l\'emporte à 92,7 % avec une participation de 75,1 %.', [['Catalogne', 'place', 'catalogne']],
        [['92,7 %', 'percent'], ['75,1 %', 'percent']]),
      [],
    );
    assert.deepEqual(
      facts("Kering a pris une participation de 30 % au capital de Valentino.", [['Kering', 'company', 'kering'], ['Valentino', 'company', 'valentino']], [['30 %', 'percent']]),
      ['kering other 30 %'],
    );
  });

  it('reads the holder before an aside, and no holder where none is named', () => {
    assert.deepEqual(
      facts('The government owns about 81% of Aramco, while the Public Investment Fund, chaired by Crown Prince Mohammed bin Salman, holds 16%.',
        [['Aramco', 'company', 'aramco'], ['Public Investment Fund', 'organization', 'public-investment-fund'], ['Mohammed bin Salman', 'person', 'mohammed-bin-salman']],
        [['81%', 'percent'], ['16%', 'percent']], 'en'),
      ['public-investment-fund other 16%'],
    );
  });

  it('keeps a share of a market held as market_share, not a stake', () => {
    assert.deepEqual(
      facts('Apple détient 30 % du marché des smartphones.', [['Apple', 'company', 'apple']], [['30 %', 'percent']]),
      ['apple market_share 30 %'],
    );
  });

  it('gives a body that forecasts growth none of it, the place named all of it', () => {
    assert.deepEqual(
      facts('La Banque de France prévoit une croissance de 1,2 % en 2025.', [['Banque de France', 'organization', 'banque-de-france']], [['1,2 %', 'percent']]),
      [],
    );
    assert.deepEqual(
      facts("Vers 18h00, l'Insee a abaissé sa prévision de croissance pour 2018 à 1,5%.", [['Insee', 'organization', 'insee']], [['1,5%', 'percent']]),
      [],
    );
    assert.deepEqual(
      facts('Goldman Sachs expects U.S. growth of 2.1% in 2025.', [['Goldman Sachs', 'company', 'goldman-sachs'], ['U.S.', 'place', 'etats-unis']], [['2.1%', 'percent']], 'en'),
      ['etats-unis growth 2.1%'],
    );
  });

  it('keeps a company\'s forecast of its own accounts its own', () => {
    assert.deepEqual(
      facts('Tesco now expects operating profit of about 2.9 billion pounds.', [['Tesco', 'company', 'tesco']], [['2.9 billion pounds', 'money']], 'en'),
      ['tesco other 2.9 billion pounds'],
    );
  });

  it('gives an economy\'s rate to the place named before or after it, else to nobody', () => {
    assert.deepEqual(
      facts("Le taux de chômage s'établit à 10,0 % en France.", [['France', 'place', 'france']], [['10,0 %', 'percent']]),
      ['france other 10,0 %'],
    );
    assert.deepEqual(
      facts("Après trois trimestres de baisse du chômage en France, l'Insee enregistre une hausse du chômage, qui augmente de 0,1 point pour passer à 10,0 %.",
        [['France', 'place', 'france'], ['Insee', 'organization', 'insee']], [['0,1 point', 'percent'], ['10,0 %', 'percent']]),
      ['france other 0,1 point', 'france other 10,0 %'],
    );
    assert.deepEqual(
      facts("Selon l'Insee, le taux de chômage devrait passer de 9,9 % à 9,4 %.", [['Insee', 'organization', 'insee']], [['9,9 %', 'percent'], ['9,4 %', 'percent']]),
      [],
    );
    assert.deepEqual(
      facts('Statistics Canada said GDP grew 0.4% in the quarter.', [['Statistics Canada', 'organization', 'statistics-canada']], [['0.4%', 'percent', UP]], 'en'),
      [],
    );
  });

  it('gives GDP growth in a country the country\'s growth', () => {
    assert.deepEqual(
      facts("Le PIB de l'Italie a progressé de 0,3 %.", [['Italie', 'place', 'italie']], [['0,3 %', 'percent', UP]]),
      ['italie growth 0,3 %'],
    );
  });

  it('gives a whole market\'s figure to its place or to nobody, not to a company beside it', () => {
    assert.deepEqual(
      facts('LVMH a dominé le marché du luxe, qui a progressé de 8 % en Chine.', [['LVMH', 'company', 'lvmh'], ['Chine', 'place', 'chine']], [['8 %', 'percent', UP]]),
      ['chine growth 8 %'],
    );
    assert.deepEqual(
      facts('Apple sold more phones as the smartphone market shrank 2%.', [['Apple', 'company', 'apple']], [['2%', 'percent', DOWN]], 'en'),
      [],
    );
  });

  it('copies the facts of the figure compared with ("contre", "compared with"), none included', () => {
    assert.deepEqual(
      facts("Uber voit ses pertes s'aggraver à 2,2 milliards de dollars, contre 2 milliards de dollars en 2015.", [['Uber', 'company', 'uber']],
        [['2,2 milliards de dollars', 'money'], ['2 milliards de dollars', 'money']]),
      ['uber other 2 milliards de dollars', 'uber other 2,2 milliards de dollars'],
    );
    assert.deepEqual(
      facts("La CGT estime à 75 000 le nombre d'emplois menacés, contre 45 000 au mois de mai.", [['CGT', 'organization', 'cgt']], [['75 000', 'number'], ['45 000', 'number']]),
      [],
    );
  });
});

describe('linkFacts: bodies, bare amounts and dates of the second batch', () => {
  it('reads a possessive opening a sentence as the previous sentence\'s subject, a body included', () => {
    assert.deepEqual(
      facts("L'Unédic prévoit une détérioration de ses finances. Sa dette devrait passer de 26 milliards d'euros à 41 milliards d'euros.",
        [['Unédic', 'organization', 'unedic']], [["26 milliards d'euros", 'money'], ["41 milliards d'euros", 'money']]),
      ["unedic other 26 milliards d'euros", "unedic other 41 milliards d'euros"],
    );
  });

  it('reads millions written without their currency, under a noun of money, as an amount', () => {
    assert.deepEqual(
      facts('Le déficit de la Sécurité sociale est de 5,1 milliards en 2017.', [['Sécurité sociale', 'organization', 'securite-sociale']],
        [['5,1 milliards', 'number', { value: 5.1e9 }]]),
      ['securite-sociale other 5,1 milliards'],
    );
    assert.deepEqual(
      facts("Le groupe compte 5 000 salariés et 120 millions de visiteurs, dit Disney.", [['Disney', 'company', 'disney']],
        [['120 millions', 'number', { value: 1.2e8 }]]),
      [],
    );
  });

  it('gives a share of GDP to the economy, not to the body that sets the rule', () => {
    assert.deepEqual(
      facts('La Commission européenne rappelle le pacte, qui limite le déficit public nominal à 3 % du PIB.',
        [['Commission européenne', 'organization', 'commission-europeenne']], [['3 %', 'percent']]),
      [],
    );
  });

  it('gives a figure to the country a person speaks of, subject of the clause, not to the person', () => {
    assert.deepEqual(
      facts("Hassan Rohani rappelle que l'Iran compte attirer 50 milliards de dollars d'investissements étrangers.",
        [['Hassan Rohani', 'person', 'hassan-rohani'], ['Iran', 'place', 'iran']], [['50 milliards de dollars', 'money']]),
      ['iran investment 50 milliards de dollars'],
    );
    assert.deepEqual(
      facts("Pour le ministre Bruno Le Maire, la réforme rapportera 2 milliards d'euros en France.",
        [['Bruno Le Maire', 'person', 'bruno-le-maire'], ['France', 'place', 'france']], [["2 milliards d'euros", 'money']]),
      [],
    );
  });

  it('gives a rate in brackets after a place to the place, when no business or body is named', () => {
    assert.deepEqual(
      facts("Les pays les plus performants maintiennent un taux stable, à savoir l'Allemagne (4,1 %) et les Pays-Bas (5,6 %).",
        [['Allemagne', 'place', 'allemagne'], ['Pays-Bas', 'place', 'pays-bas']], [['4,1 %', 'percent'], ['5,6 %', 'percent']]),
      ['allemagne other 4,1 %', 'pays-bas other 5,6 %'],
    );
    assert.deepEqual(
      facts('Renault progresse surtout en Chine (5 %).', [['Renault', 'company', 'renault'], ['Chine', 'place', 'chine']], [['5 %', 'percent']]),
      [],
    );
  });

  it('dates no complement of a preposition after the event verb, but the agent', () => {
    assert.deepEqual(
      facts('The first buses rolled out in September 1985 as an alternative to the Metrobus service.', [['Metrobus', 'company', 'metrobus']],
        [['September 1985', 'date']], 'en'),
      [],
    );
    assert.deepEqual(
      facts('Le service a été lancé en mai 2019 par Alibaba.', [['Alibaba', 'company', 'alibaba']], [['mai 2019', 'date']]),
      ['alibaba event_date mai 2019'],
    );
  });
});

describe('cue lexicon', () => {
  const data: Record<Lang, Record<string, unknown>> = {
    fr: JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/core/data/facts-fr.json'), 'utf8')),
    en: JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/core/data/facts-en.json'), 'utf8')),
  };
  const variants = (cue: string) => [cue, cue.toUpperCase(), cue[0].toUpperCase() + cue.slice(1), cue.replace(/'/g, '’'), cue.toUpperCase().replace(/'/g, '’')];

  for (const lang of ['fr', 'en'] as Lang[]) {
    it(`finds every ${lang} cue at its first word, in any case and with any apostrophe`, () => {
      const lex = cueLexicon(lang);
      let checked = 0;
      for (const [category, entries] of Object.entries(data[lang])) {
        // Word lists the linker reads as sets, not cues.
        if (!Array.isArray(entries) || ['countUnits', 'businessUnits', 'heldStakeNouns', 'stakeHeldWords', 'cityBodyIds', 'countryNouns', 'bodyDescriptions'].includes(category)) continue;
        for (const entry of entries as string[]) {
          // A stem matches the words that start with it; an elided word is a token before a word.
          const cue = entry.endsWith('*') ? entry.slice(0, -1) + 'ions' : /['’]$/.test(entry) ? entry + 'x' : entry;
          for (const written of variants(cue)) {
            const found = lex.matchAt(tokenize(written), 0).map((m) => m.category);
            assert.ok(found.includes(category as CueCategory), `${lang} ${category}: "${written}" -> ${found.join()}`);
            checked++;
          }
        }
      }
      assert.ok(checked > 1000, String(checked));
    });
  }

  it('finds no cue at a word that starts none', () => {
    const lex = cueLexicon('fr');
    for (const word of ['Alibaba', 'zèbre', 'ŒUVRE', 'x']) assert.deepEqual(lex.matchAt(tokenize(word), 0), [], word);
  });
});

describe('linkFacts on the classes of the third real-articles batch', () => {
  it('gives a company that forecasts bare growth none of it (a forecaster never owns what it forecasts), its own growth still its own', () => {
    assert.deepEqual(
      facts('Goldman Sachs expects growth of 2% next year.', [['Goldman Sachs', 'company', 'goldman-sachs']], [['2%', 'percent']], 'en'),
      [],
    );
    assert.deepEqual(
      facts("Goldman Sachs prévoit une croissance de 2 % l'an prochain en Allemagne.", [['Goldman Sachs', 'company', 'goldman-sachs'], ['Allemagne', 'place', 'allemagne']], [['2 %', 'percent']]),
      ['allemagne growth 2 %'],
    );
    assert.deepEqual(
      facts('Tesco expects sales growth of 3% this year.', [['Tesco', 'company', 'tesco']], [['3%', 'percent']], 'en'),
      ['tesco growth 3%'],
    );
    assert.deepEqual(
      facts('Renault prévoit une croissance de ses ventes de 5 %.', [['Renault', 'company', 'renault']], [['5 %', 'percent']]),
      ['renault growth 5 %'],
    );
    assert.deepEqual(
      facts('Tesco expects its growth to reach 3%.', [['Tesco', 'company', 'tesco']], [['3%', 'percent']], 'en'),
      ['tesco growth 3%'],
    );
  });

  it('reads a signed figure in brackets after an amount as its change, not as an equivalent of it', () => {
    assert.deepEqual(
      facts("Le chiffre d'affaires de Danone atteint 7,2 milliards d'euros (+3 %) au premier trimestre.",
        [['Danone', 'company', 'danone']], [["7,2 milliards d'euros", 'money'], ['+3 %', 'percent', UP]]),
      ["danone growth +3 %", "danone revenue 7,2 milliards d'euros"],
    );
    // The equivalent in another currency still shares the amount's facts.
    assert.deepEqual(
      facts("Le chiffre d'affaires de Danone atteint 7,2 milliards d'euros (7,8 milliards de dollars).",
        [['Danone', 'company', 'danone']], [["7,2 milliards d'euros", 'money'], ['7,8 milliards de dollars', 'money']]),
      ["danone revenue 7,2 milliards d'euros", 'danone revenue 7,8 milliards de dollars'],
    );
  });

  it('gives each figure of a list in brackets to its own company ("Renault (+3 %), Stellantis (-2 %)")', () => {
    assert.deepEqual(
      facts('À la Bourse de Paris, les valeurs automobiles ont reculé : Renault (+3 %), Stellantis (-2 %) et Volkswagen (- 1,5 %).',
        [['Bourse de Paris', 'organization', 'bourse-de-paris'], ['Renault', 'company', 'renault'], ['Stellantis', 'company', 'stellantis'], ['Volkswagen', 'company', 'volkswagen']],
        [['3 %', 'percent'], ['2 %', 'percent'], ['1,5 %', 'percent']]),
      ['renault share_price_change 3 %', 'stellantis share_price_change 2 %', 'volkswagen share_price_change 1,5 %'],
    );
    assert.deepEqual(
      facts('Les ventes ont progressé chez les constructeurs : Renault (+3 %), Stellantis (+2 %).',
        [['Renault', 'company', 'renault'], ['Stellantis', 'company', 'stellantis']], [['3 %', 'percent'], ['2 %', 'percent']]),
      ['renault growth 3 %', 'stellantis growth 2 %'],
    );
    // The sign inside the figure, as the figures layer reads "(+3 %)".
    assert.deepEqual(
      facts('Les ventes ont progressé chez les constructeurs : Renault (+3 %), Stellantis (+2 %).',
        [['Renault', 'company', 'renault'], ['Stellantis', 'company', 'stellantis']], [['+3 %', 'percent', UP], ['+2 %', 'percent', UP]]),
      ['renault growth +3 %', 'stellantis growth +2 %'],
    );
    assert.deepEqual(
      facts('Market shares in Europe: Renault (28%), Stellantis (23%).',
        [['Renault', 'company', 'renault'], ['Stellantis', 'company', 'stellantis']], [['28%', 'percent'], ['23%', 'percent']], 'en'),
      ['renault market_share 28%', 'stellantis market_share 23%'],
    );
    // Nothing says what a bare figure in brackets measures outside a market report.
    assert.deepEqual(
      facts('Renault (3 %) et Stellantis (2 %) ont été cités.', [['Renault', 'company', 'renault'], ['Stellantis', 'company', 'stellantis']], [['3 %', 'percent'], ['2 %', 'percent']]),
      [],
    );
  });

  it('reads a central bank\'s policy rate as its own (other), and "taux" alone as nobody\'s', () => {
    assert.deepEqual(
      facts('Le taux directeur de la BCE passe à 4 %.', [['BCE', 'organization', 'banque-centrale-europeenne']], [['4 %', 'percent']]),
      ['banque-centrale-europeenne other 4 %'],
    );
    assert.deepEqual(
      facts('The Federal Reserve raised its policy rate to 5.5%.', [['Federal Reserve', 'organization', 'reserve-federale']], [['5.5%', 'percent']], 'en'),
      ['reserve-federale other 5.5%'],
    );
    assert.deepEqual(facts('En France, le taux atteint 9 %.', [['France', 'place', 'france']], [['9 %', 'percent']]), []);
  });

  it('gives a bare number after "sur", "et", "out of" the count before it ("134 emplois sur quelque 2 000 ... et 5 000")', () => {
    assert.deepEqual(
      facts('Amundi a annoncé la suppression de 134 emplois en France sur quelque 2 000 au total dans le pays et 5 000 dans le monde.',
        [['Amundi', 'company', 'amundi'], ['France', 'place', 'france']], [['134 emplois', 'quantity', { unit: 'emploi' }], ['2 000', 'number'], ['5 000', 'number']]),
      ['amundi count 134 emplois', 'amundi count 2 000', 'amundi count 5 000'],
    );
    assert.deepEqual(
      facts('Tesco cut 500 jobs out of 12,000 this year.', [['Tesco', 'company', 'tesco']], [['500 jobs', 'quantity', { unit: 'job' }], ['12,000', 'number']], 'en'),
      ['tesco count 12,000', 'tesco count 500 jobs'],
    );
    // The count before is nobody's: so is the number after.
    assert.deepEqual(
      facts('Quelque 330 000 salariés ont voté sur 4,5 millions.', [], [['330 000 salariés', 'quantity', { unit: 'salarié' }], ['4,5 millions', 'number']]),
      [],
    );
  });

  it('gives a stake written in the passive to the holder after "par" / "by"', () => {
    assert.deepEqual(
      facts('Amundi, qui est détenu à 70 % par le Crédit Agricole, a annoncé des départs.',
        [['Amundi', 'company', 'amundi'], ['Crédit Agricole', 'company', 'credit-agricole']], [['70 %', 'percent']]),
      ['credit-agricole other 70 %'],
    );
    assert.deepEqual(
      facts('Mitsubishi Motors is 34% owned by Nissan.', [['Mitsubishi Motors', 'company', 'mitsubishi'], ['Nissan', 'company', 'nissan']], [['34%', 'percent']], 'en'),
      ['nissan other 34%'],
    );
  });

  it('gives a share of the votes to who won it, and the one compared with it to the entity after "pour" / "for"', () => {
    assert.deepEqual(
      facts('La CGT a remporté les élections professionnelles avec 25,1 % des voix, tout comme la CFDT qui réunit 15,5 % des suffrages.',
        [['CGT', 'organization', 'cgt'], ['CFDT', 'organization', 'cfdt']], [['25,1 %', 'percent'], ['15,5 %', 'percent']]),
      ['cfdt other 15,5 %', 'cgt other 25,1 %'],
    );
    assert.deepEqual(
      facts('Labour won 34% of the vote, against 24% for the Conservatives.', [['Labour', 'organization', 'labour'], ['Conservatives', 'organization', 'conservatives']],
        [['34%', 'percent'], ['24%', 'percent']], 'en'),
      ['conservatives other 24%', 'labour other 34%'],
    );
    // The party in brackets after a candidate is who the candidate is; a business figure still skips the person.
    assert.deepEqual(
      facts('La candidate Anne Martin (PRD), qui a obtenu 21,4 % des suffrages, affronte Paul Roux (UDL) au second tour.',
        [['Anne Martin', 'person', 'anne-martin'], ['PRD', 'organization', 'prd'], ['Paul Roux', 'person', 'paul-roux'], ['UDL', 'organization', 'udl']],
        [['21,4 %', 'percent']]),
      ['anne-martin other 21,4 %'],
    );
    assert.deepEqual(
      facts('Le patron Luc Armand (Valeo) a annoncé 1 200 suppressions de postes.',
        [['Luc Armand', 'person', 'luc-armand'], ['Valeo', 'company', 'valeo']], [['1 200 suppressions', 'quantity', { unit: 'suppression' }]]),
      ['valeo count 1 200 suppressions'],
    );
  });

  it('gives an account with no owner written to a body that opened the sentence before, not to a company named earlier', () => {
    assert.deepEqual(
      facts("Renault a été cité. L'Unédic prévoit une détérioration de ses comptes. Le déficit devrait baisser, de 4,2 milliards d'euros à 3,6 milliards d'euros.",
        [['Renault', 'company', 'renault'], ['Unédic', 'organization', 'unedic']], [["4,2 milliards d'euros", 'money'], ["3,6 milliards d'euros", 'money']]),
      ["unedic other 3,6 milliards d'euros", "unedic other 4,2 milliards d'euros"],
    );
    // A company's noun (revenue) is still only the company's in focus.
    assert.deepEqual(
      facts("L'Unédic prévoit une détérioration. Le chiffre d'affaires atteint 3 milliards d'euros.", [['Unédic', 'organization', 'unedic']], [["3 milliards d'euros", 'money']]),
      [],
    );
  });

  it('gives growth to the country "le pays" means, and growth with no owner before it to the place after it in its clause', () => {
    assert.deepEqual(
      facts("Le Burundi souffre. La méfiance de l'Union européenne conduit le pays à une croissance de -7 %.",
        [['Burundi', 'place', 'burundi'], ['Union européenne', 'organization', 'union-europeenne']], [['-7 %', 'percent', DOWN]]),
      ['burundi growth -7 %'],
    );
    assert.deepEqual(
      facts('Avec une croissance de 4 %, le Maroc attire les investisseurs.', [['Maroc', 'place', 'maroc']], [['4 %', 'percent']]),
      ['maroc growth 4 %'],
    );
    // "dans le pays" only says where: the sales are Renault's.
    assert.deepEqual(
      facts('Les ventes de Renault dans le pays ont connu une croissance de 5 %.', [['Renault', 'company', 'renault']], [['5 %', 'percent']]),
      ['renault growth 5 %'],
    );
  });

  it('gives the price of "the deal", "la transaction" with no buyer in its sentence to the buyer of the sentence before', () => {
    assert.deepEqual(
      facts('Oracle se positionne sur le marché par le rachat de la société Opower. On estime la transaction à 532 millions de dollars.',
        [['Oracle', 'company', 'oracle'], ['Opower', 'company', 'opower']], [['532 millions de dollars', 'money']]),
      ['oracle investment 532 millions de dollars'],
    );
    assert.deepEqual(
      facts('Boeing agreed to buy Spirit AeroSystems on Monday. The deal is valued at $4.7 billion.',
        [['Boeing', 'company', 'boeing'], ['Spirit AeroSystems', 'company', 'spirit-aerosystems']], [['$4.7 billion', 'money']], 'en'),
      ['boeing investment $4.7 billion'],
    );
    assert.deepEqual(
      facts('Boeing reported results. The deal is valued at $4.7 billion.', [['Boeing', 'company', 'boeing']], [['$4.7 billion', 'money']], 'en'),
      [],
    );
  });

  it('dates a passive event for its subject and its agent, and a participle opening a sentence for the pronoun after it', () => {
    assert.deepEqual(
      facts('Eberhard Faber was founded in 1922. It was taken over in 1978 by Staedtler, a stationery company.',
        [['Eberhard Faber', 'company', 'eberhard-faber'], ['Staedtler', 'company', 'staedtler']], [['1922', 'date'], ['1978', 'date']], 'en'),
      ['eberhard-faber event_date 1922', 'eberhard-faber event_date 1978', 'staedtler event_date 1978'],
    );
    assert.deepEqual(
      facts('La compagnie Air Méditerranée a fermé. Créée en 1997, elle exploitait des lignes régulières.',
        [['Air Méditerranée', 'company', 'air-mediterranee']], [['1997', 'date']]),
      ['air-mediterranee event_date 1997'],
    );
    // A name after a preposition is no subject: "In cooperation with Samsung, Datecs embarked ...".
    assert.deepEqual(
      facts('In cooperation with Samsung, Datecs launched retail systems in 1994.', [['Samsung', 'company', 'samsung'], ['Datecs', 'company', 'datecs']], [['1994', 'date']], 'en'),
      ['datecs event_date 1994'],
    );
  });

  it('reads no event in a description an event stem matches, and no actor in a name "of" a complement', () => {
    assert.deepEqual(
      facts('Crown Pacific Partners was founded in 1988. The partnership went public in 1994 on the New York Stock Exchange.',
        [['Crown Pacific Partners', 'company', 'crown-pacific-partners'], ['New York Stock Exchange', 'organization', 'bourse-de-new-york']], [['1988', 'date'], ['1994', 'date']], 'en'),
      ['crown-pacific-partners event_date 1988', 'crown-pacific-partners event_date 1994'],
    );
    assert.deepEqual(
      facts('The first buses rolled out in September 1985 as an alternative to the Metrobus service of the regional Washington Metropolitan Area Transit Authority.',
        [['Metrobus', 'company', 'metrobus'], ['Washington Metropolitan Area Transit Authority', 'organization', 'wmata']], [['September 1985', 'date']], 'en'),
      [],
    );
  });

  it('reads a number sold as a count ("espère en vendre 10 millions")', () => {
    assert.deepEqual(
      facts('Nintendo a écoulé 5 millions d\'unités de sa console, et la firme japonaise espère en vendre 10 millions.',
        [['Nintendo', 'company', 'nintendo']], [["5 millions d'unités", 'quantity', { unit: 'unité' }], ['10 millions', 'number']]),
      ["nintendo count 10 millions", "nintendo count 5 millions d'unités"],
    );
  });

  it('gives a figure right after a name joined by "et" / "and", its verb left out, the measure of the figure before', () => {
    assert.deepEqual(
      facts('La CFDT obtient ainsi 30,32 % des suffrages et la CGT 28,57 %.', [['CFDT', 'organization', 'cfdt'], ['CGT', 'organization', 'cgt']],
        [['30,32 %', 'percent'], ['28,57 %', 'percent']]),
      ['cfdt other 30,32 %', 'cgt other 28,57 %'],
    );
  });

  it('gives premises (stores, plants) with no owner written to the company in focus named in the paragraph, as jobs', () => {
    assert.deepEqual(
      facts("EDF a annoncé la fermeture de ses boutiques. Cette mesure représente 420 suppressions de postes pour les 77 boutiques qui restent ouvertes.",
        [['EDF', 'company', 'edf']], [['420 suppressions', 'quantity', { unit: 'suppression' }], ['77 boutiques', 'quantity', { unit: 'boutique' }]]),
      ['edf count 420 suppressions', 'edf count 77 boutiques'],
    );
  });

  it('gives victims and people arrested to nobody: a count of them is no entity\'s', () => {
    assert.deepEqual(
      facts('Un incendie dans un train de la compagnie Rhônexpress a éclaté, blessant 7 personnes.',
        [['Rhônexpress', 'company', 'rhonexpress']], [['7 personnes', 'quantity', { unit: 'personne' }]]),
      [],
    );
    assert.deepEqual(
      facts('Place de la Bourse, vingt et une personnes ont été interpellées par la police.',
        [['Place de la Bourse', 'place', 'place-de-la-bourse']], [['vingt et une personnes', 'quantity', { unit: 'personne' }]]),
      [],
    );
    assert.deepEqual(
      facts('A blast at a Tesco store killed 3 people on Monday.', [['Tesco', 'company', 'tesco']], [['3 people', 'quantity', { unit: 'people' }]], 'en'),
      [],
    );
    // A workforce stays the company's.
    assert.deepEqual(
      facts('Rhônexpress emploie 700 personnes.', [['Rhônexpress', 'company', 'rhonexpress']], [['700 personnes', 'quantity', { unit: 'personne' }]]),
      ['rhonexpress count 700 personnes'],
    );
  });

  it('reads "l\'usine", "the plant" as the company in focus, as "la société" is', () => {
    assert.deepEqual(
      facts("L'Oréal a inauguré sa plus grande usine. L'usine produira 200 millions de produits et emploie 800 personnes.",
        [["L'Oréal", 'company', 'l-oreal']], [['200 millions de produits', 'quantity', { unit: 'produit' }], ['800 personnes', 'quantity', { unit: 'personne' }]]),
      ['l-oreal count 200 millions de produits', 'l-oreal count 800 personnes'],
    );
  });
});

describe('linkFacts: round 4 of the real-text gold (money raised, ages, laws, sources)', () => {
  it('gives money a company raises (a round, a crowdfunding) to the raiser as its investment, the investors none', () => {
    assert.deepEqual(
      facts("La start-up Medilink a levé 18 millions d'euros auprès du fonds Partech.",
        [['Medilink', 'company', 'medilink'], ['Partech', 'company', 'partech']], [["18 millions d'euros", 'money']]),
      ["medilink investment 18 millions d'euros"],
    );
    assert.deepEqual(
      facts('FinPay raised $12 million from Index Ventures.',
        [['FinPay', 'company', 'finpay'], ['Index Ventures', 'company', 'index-ventures']], [['$12 million', 'money']], 'en'),
      ['finpay investment $12 million'],
    );
  });

  it('reads no event date in the date an age is told at ("63 ans aujourd\'hui")', () => {
    assert.deepEqual(
      facts("Aristide, 63 ans aujourd'hui, avait été contraint en 2004 de quitter le pouvoir.",
        [['Aristide', 'person', 'jean-bertrand-aristide']],
        [['63 ans', 'duration', { value: 'P63Y' }], ["aujourd'hui", 'date'], ['2004', 'date']]),
      ['jean-bertrand-aristide event_date 2004'],
    );
  });

  it('reads a person named after a law noun ("la loi El Khomri") as the law\'s name, no party to a fact', () => {
    assert.deepEqual(
      facts("La loi El Khomri exige qu'un accord soit signé par des syndicats ayant recueilli plus de la moitié des suffrages.",
        [['El Khomri', 'person', 'el-khomri']], [['la moitié', 'percent']]),
      [],
    );
    // The person herself still does what she does.
    assert.deepEqual(
      facts('Myriam El Khomri a annoncé la réforme le 17 février 2016.',
        [['Myriam El Khomri', 'person', 'myriam-el-khomri']], [['17 février 2016', 'date']]),
      ['myriam-el-khomri event_date 17 février 2016'],
    );
  });

  it('reads a source a quote is told to ("auprès de l\'AFP", "told Reuters") as no party', () => {
    assert.deepEqual(
      facts("Robert Bourgi a reconnu auprès de l'Agence France-Presse avoir acheté pour 13 000 euros de vêtements.",
        [['Robert Bourgi', 'person', 'robert-bourgi'], ['Agence France-Presse', 'organization', 'agence-france-presse']], [['13 000 euros', 'money']]),
      ['robert-bourgi investment 13 000 euros'],
    );
    assert.deepEqual(
      facts('Ahold told Reuters it had paid $2 billion for the stores.',
        [['Ahold', 'company', 'ahold'], ['Reuters', 'organization', 'reuters']], [['$2 billion', 'money']], 'en'),
      ['ahold investment $2 billion'],
    );
    // An apostrophe set off from its article by a space, as some texts write it; a name "de" a noun closing a long aside
    // after the subject is part of the aside, not the buyer.
    assert.deepEqual(
      facts('Robert Bourgi, pilier des réseaux et ami de longue date de François Fillon, a reconnu auprès de l’ Agence France-Presse avoir acheté pour 13 000 euros de vêtements.',
        [['Robert Bourgi', 'person', 'robert-bourgi'], ['François Fillon', 'person', 'francois-fillon'], ['Agence France-Presse', 'organization', 'agence-france-presse']],
        [['13 000 euros', 'money']]),
      ['robert-bourgi investment 13 000 euros'],
    );
  });

  it('gives listed figures with "respectivement", "respectively" one by one to the names listed before them', () => {
    assert.deepEqual(
      facts('La Bourse de Paris a terminé en baisse. Kering et LVMH ont respectivement reculé de 3,2 % et 2,1 %.',
        [['Kering', 'company', 'kering'], ['LVMH', 'company', 'lvmh']],
        [['3,2 %', 'percent', DOWN], ['2,1 %', 'percent', DOWN]]),
      ['kering share_price_change 3,2 %', 'lvmh share_price_change 2,1 %'],
    );
    // No noun after the figures: they measure what the figure before them measures.
    assert.deepEqual(
      facts('Amazon Web Services held 31% of the market, while Microsoft and Google had 25% and 11% respectively.',
        [['Amazon Web Services', 'company', 'amazon-web-services'], ['Microsoft', 'company', 'microsoft'], ['Google', 'company', 'google']],
        [['31%', 'percent'], ['25%', 'percent'], ['11%', 'percent']], 'en'),
      ['amazon-web-services market_share 31%', 'google market_share 11%', 'microsoft market_share 25%'],
    );
    // The names of the clauses before, as many as the figures; a bare number takes the kind of the last figure.
    assert.deepEqual(
      facts('Marie Durand arrive en tête et Paul Martin est lui aussi qualifié, avec respectivement 36 et 31 % des voix.',
        [['Marie Durand', 'person', 'marie-durand'], ['Paul Martin', 'person', 'paul-martin']], [['36', 'number', { value: 36 }], ['31 %', 'percent']]),
      ['marie-durand other 36', 'paul-martin other 31 %'],
    );
    // Ages are no list of amounts.
    assert.deepEqual(
      facts('Sébastien et Charlotte, respectivement 21 et 18 ans, sont étudiants.',
        [['Sébastien', 'person', 'sebastien'], ['Charlotte', 'person', 'charlotte']], [['21', 'number', { value: 21 }], ['18 ans', 'duration', { value: 'P18Y' }]]),
      [],
    );
    // A listed name the entities missed would shift the others: none is linked.
    assert.deepEqual(
      facts('Xiaomi et Transsion détiennent respectivement 14 % et 10 % du marché.',
        [['Xiaomi', 'company', 'xiaomi']], [['14 %', 'percent'], ['10 %', 'percent']]),
      [],
    );
  });

  it('gives a figure in a phrase opening the sentence to the subject after its comma ("Avec 20 % de part de marché, Samsung")', () => {
    assert.deepEqual(
      facts('Avec 20 % de part de marché en Europe, Samsung repasse devant Apple.',
        [['Europe', 'place', 'europe'], ['Samsung', 'company', 'samsung'], ['Apple', 'company', 'apple']], [['20 %', 'percent']]),
      ['samsung market_share 20 %'],
    );
    assert.deepEqual(
      facts('With a 3% share, Alibaba ranked fourth.', [['Alibaba', 'company', 'alibaba-group']], [['3%', 'percent']], 'en'),
      ['alibaba-group market_share 3%'],
    );
    // A pronoun or a description after the comma is the company in focus.
    assert.deepEqual(
      facts("Danone a publié ses comptes. Avec un chiffre d'affaires de 27 milliards d'euros, le groupe reste le numéro un.",
        [['Danone', 'company', 'danone']], [["27 milliards d'euros", 'money']]),
      ["danone revenue 27 milliards d'euros"],
    );
    // A business's figure is no person's; and a phrase with a name before the figure is no opening phrase.
    assert.deepEqual(
      facts('Avec 20 % de part de marché, Paul Martin est confiant.', [['Paul Martin', 'person', 'paul-martin']], [['20 %', 'percent']]),
      [],
    );
  });

  it('reads a round (lève, raises, tour de table), poll shares (intentions de vote, crédité de) and hypermarkets', () => {
    assert.deepEqual(
      facts("Medilink lève 18 millions d'euros. Lors de son précédent tour de table, la société avait obtenu 5 millions d'euros.",
        [['Medilink', 'company', 'medilink']], [["18 millions d'euros", 'money'], ["5 millions d'euros", 'money']]),
      ["medilink investment 18 millions d'euros", "medilink investment 5 millions d'euros"],
    );
    assert.deepEqual(
      facts('FinPay raises $40 million.', [['FinPay', 'company', 'finpay']], [['$40 million', 'money']], 'en'),
      ['finpay investment $40 million'],
    );
    assert.deepEqual(
      facts("Marie Durand recueillerait 35 % des intentions de vote. Elle devance Paul Martin, crédité de 23 %, et Jean Petit, à 13 %.",
        [['Marie Durand', 'person', 'marie-durand'], ['Paul Martin', 'person', 'paul-martin'], ['Jean Petit', 'person', 'jean-petit']],
        [['35 %', 'percent'], ['23 %', 'percent'], ['13 %', 'percent']]),
      ['jean-petit other 13 %', 'marie-durand other 35 %', 'paul-martin other 23 %'],
    );
    assert.deepEqual(
      facts("Auchan fermera 10 hypermarchés.", [['Auchan', 'company', 'auchan']], [['10 hypermarchés', 'quantity', { unit: 'hypermarché' }]]),
      ['auchan count 10 hypermarchés'],
    );
  });

  it('gives a company\'s accounts a person announces (a dividend) to the company in focus, not the person', () => {
    assert.deepEqual(
      facts('Renault a publié ses résultats. Le directeur général, Luca de Meo, a annoncé un dividende de 1,85 euro par action.',
        [['Renault', 'company', 'renault'], ['Luca de Meo', 'person', 'luca-de-meo']], [['1,85 euro', 'money']]),
      ['renault other 1,85 euro'],
    );
  });

  it('keeps the focus on the parent when a subsidiary is named after a possessive ("Sa filiale Transavia")', () => {
    assert.deepEqual(
      facts("Air France-KLM a publié son trafic. Sa filiale à bas coûts Transavia a progressé. Le transporteur emploie 6 000 personnes.",
        [['Air France-KLM', 'company', 'air-france-klm'], ['Transavia', 'company', 'transavia']], [['6 000 personnes', 'quantity', { unit: 'personne' }]]),
      ['air-france-klm count 6 000 personnes'],
    );
    // A subsidiary named on its own is a new focus.
    assert.deepEqual(
      facts("Air France-KLM a publié son trafic. Transavia a progressé. Le transporteur emploie 6 000 personnes.",
        [['Air France-KLM', 'company', 'air-france-klm'], ['Transavia', 'company', 'transavia']], [['6 000 personnes', 'quantity', { unit: 'personne' }]]),
      ['transavia count 6 000 personnes'],
    );
  });

  it('dates the subject of the clause before a clause joined with its subject left out ("mais avait dû se restructurer en 2011")', () => {
    assert.deepEqual(
      facts('Air Méditerranée était une compagnie charter, mais avait dû se restructurer en 2011.',
        [['Air Méditerranée', 'company', 'air-mediterranee']], [['2011', 'date']]),
      ['air-mediterranee event_date 2011'],
    );
    // A clause with its own subject is its subject's.
    assert.deepEqual(
      facts('Air Méditerranée était une compagnie charter, mais le ministre avait décidé en 2011 de fermer la ligne.',
        [['Air Méditerranée', 'company', 'air-mediterranee']], [['2011', 'date']]),
      [],
    );
  });

  it('reads a nationality noun opening the sentence ("Le sud-coréen a expédié") as the company in focus', () => {
    assert.deepEqual(
      facts("Samsung repasse devant Apple. Le sud-coréen a expédié 60 millions d'appareils.",
        [['Samsung', 'company', 'samsung'], ['Apple', 'company', 'apple']], [["60 millions d'appareils", 'quantity', { unit: 'appareil' }]]),
      ["samsung count 60 millions d'appareils"],
    );
    // Anywhere else it describes something else ("le marché américain").
    assert.deepEqual(
      facts("Samsung repasse devant Apple. Sur le marché américain, 60 millions d'appareils ont été vendus.",
        [['Samsung', 'company', 'samsung'], ['Apple', 'company', 'apple']], [["60 millions d'appareils", 'quantity', { unit: 'appareil' }]]),
      [],
    );
  });

  it('reads "qui en détient 17 %" as holding again what the figure before measured (a market share), not a stake', () => {
    assert.deepEqual(
      facts('Avec 20 % de part de marché, Samsung repasse devant Apple, qui en détient 17 %.',
        [['Samsung', 'company', 'samsung'], ['Apple', 'company', 'apple']], [['20 %', 'percent'], ['17 %', 'percent']]),
      ['apple market_share 17 %', 'samsung market_share 20 %'],
    );
    // Without "en" a holding is a stake, the holder's other.
    assert.deepEqual(
      facts('Samsung détient 17 % de Apple.', [['Samsung', 'company', 'samsung'], ['Apple', 'company', 'apple']], [['17 %', 'percent']]),
      ['samsung other 17 %'],
    );
  });

  it('reads "la ville", "la commune", "the city" nearer the figure than any name as the last place named, a few sentences back', () => {
    assert.deepEqual(
      facts("Bordeaux adopte son budget.\n\nLe conseil a voté lundi. La ville prévoit d'investir 145 millions d'euros. Sa dette s'établit à 310 millions d'euros.",
        [['Bordeaux', 'place', 'bordeaux']], [["145 millions d'euros", 'money'], ["310 millions d'euros", 'money']]),
      ["bordeaux investment 145 millions d'euros", "bordeaux other 310 millions d'euros"],
    );
    assert.deepEqual(
      facts('Leeds set its budget. The city will invest $40 million in schools.', [['Leeds', 'place', 'leeds']], [['$40 million', 'money']], 'en'),
      ['leeds investment $40 million'],
    );
    // "La ville" is no country nor region, "le pays" no city: the last place named of a kind they can mean.
    assert.deepEqual(
      facts("Lyon accueille le sommet, le premier en France. La ville prévoit d'investir 145 millions d'euros. Le pays prévoit d'investir 3 milliards d'euros.",
        [['Lyon', 'place', 'lyon'], ['France', 'place', 'france']], [["145 millions d'euros", 'money'], ["3 milliards d'euros", 'money']]),
      ["france investment 3 milliards d'euros", "lyon investment 145 millions d'euros"],
    );
    assert.deepEqual(
      facts('Brazil named a minister in Rio de Janeiro. The country will invest $3 billion in roads.',
        [['Brazil', 'place', 'bresil'], ['Rio de Janeiro', 'place', 'rio-de-janeiro']], [['$3 billion', 'money']], 'en'),
      ['bresil investment $3 billion'],
    );
    // A name nearer the figure is its owner; "dans la ville" only says where; a count is never a place's.
    assert.deepEqual(
      facts("Lyon se transforme. Dans la ville, Renault prévoit d'investir 20 millions d'euros. La ville compte 500 000 habitants.",
        [['Lyon', 'place', 'lyon'], ['Renault', 'company', 'renault']], [["20 millions d'euros", 'money'], ['500 000 habitants', 'quantity', { unit: 'habitant' }]]),
      ["renault investment 20 millions d'euros"],
    );
    // "du pays" is no back-reference: on the oracle it was another country than the last named.
    assert.deepEqual(
      facts("Le Portugal et l'Espagne ont raté leurs objectifs. Le déficit du pays atteint 3 % du PIB.",
        [['Portugal', 'place', 'portugal'], ['Espagne', 'place', 'espagne']], [['3 %', 'percent']]),
      [],
    );
  });

  it('reads pay received as the person\'s other, and "il", "elle", "she" as the person the sentence before ended on', () => {
    assert.deepEqual(
      facts("Le directeur général de Stellantis, Carlos Tavares, a perçu 36,5 millions d'euros. Il avait touché 23,5 millions d'euros un an plus tôt.",
        [['Stellantis', 'company', 'stellantis'], ['Carlos Tavares', 'person', 'carlos-tavares']], [["36,5 millions d'euros", 'money'], ["23,5 millions d'euros", 'money']]),
      ["carlos-tavares other 23,5 millions d'euros", "carlos-tavares other 36,5 millions d'euros"],
    );
    assert.deepEqual(
      facts('Citigroup said its chief executive, Jane Fraser, got a raise. She was awarded $7 million in compensation.',
        [['Citigroup', 'company', 'citigroup'], ['Jane Fraser', 'person', 'jane-fraser']], [['$7 million', 'money']], 'en'),
      ['jane-fraser other $7 million'],
    );
    // A business figure stays the company's; a person named after a preposition is not who "elle" takes up; a count is no person's.
    assert.deepEqual(
      facts("Le parti a été fondé par Jean Dupont. Elle a touché 4 000 euros. Il a réalisé un chiffre d'affaires de 3 millions d'euros.",
        [['Jean Dupont', 'person', 'jean-dupont']], [['4 000 euros', 'money'], ["3 millions d'euros", 'money']]),
      [],
    );
    // A nationality noun between the preposition and the name does not make the name a subject: "au retour de l'Américaine X".
    assert.deepEqual(
      facts("Marie Durand résiste au retour de l'Américaine Leslie Miller. Elle a touché 4 000 euros.",
        [['Marie Durand', 'person', 'marie-durand'], ['Leslie Miller', 'person', 'leslie-miller']], [['4 000 euros', 'money']]),
      [],
    );
    assert.deepEqual(
      facts("Jean Dupont est arrivé sur place. Il s'agit de deux véhicules.", [['Jean Dupont', 'person', 'jean-dupont']], [['deux véhicules', 'quantity', { unit: 'véhicule' }]]),
      [],
    );
  });

  it('gives an economy named by its adjective ("l\'économie française ... elle a progressé") to the place of the text the adjective names', () => {
    assert.deepEqual(
      facts("Le déficit de la France se creuse. L'économie française résiste : elle a progressé de 0,4 % au troisième trimestre, selon l'Insee.",
        [['France', 'place', 'france'], ['Insee', 'organization', 'insee']], [['0,4 %', 'percent']]),
      ['france growth 0,4 %'],
    );
    assert.deepEqual(
      // No place of the text starts as the adjective does: nobody's, not the last place named.
      facts('Berlin and Paris met. The German economy grew 0.3% in the quarter.', [['Berlin', 'place', 'berlin'], ['Paris', 'place', 'paris']], [['0.3%', 'percent']], 'en'),
      [],
    );
    assert.deepEqual(
      facts('Germany and France met. The German economy grew 0.3% in the quarter.', [['Germany', 'place', 'germany'], ['France', 'place', 'france']], [['0.3%', 'percent']], 'en'),
      ['germany growth 0.3%'],
    );
    // Two places of the text start as the adjective does: the one that shares most of it, not the first named.
    assert.deepEqual(
      facts('Australia and Austria met. The Austrian economy grew 0.3% in the quarter.', [['Australia', 'place', 'australia'], ['Austria', 'place', 'austria']], [['0.3%', 'percent']], 'en'),
      ['austria growth 0.3%'],
    );
    // A place's id is its French name: the English adjective is read against the name the text wrote.
    assert.deepEqual(
      facts('Germany and France met. The German economy grew 0.3% in the quarter.', [['Germany', 'place', 'allemagne'], ['France', 'place', 'france']], [['0.3%', 'percent']], 'en'),
      ['allemagne growth 0.3%'],
    );
  });

  it('gives a city council\'s figures to its city when the text names the city', () => {
    assert.deepEqual(
      facts("Marseille vote son budget. Le conseil municipal de Marseille a adopté un budget de 1,6 milliard d'euros.",
        [['Marseille', 'place', 'marseille'], ['conseil municipal de Marseille', 'organization', 'conseil-municipal-de-marseille']], [["1,6 milliard d'euros", 'money']]),
      ["marseille other 1,6 milliard d'euros"],
    );
    assert.deepEqual(
      facts('Leeds City Council approved a budget of £600 million.', [['Leeds City Council', 'organization', 'leeds-city-council']], [['£600 million', 'money']], 'en'),
      ['leeds-city-council other £600 million'],
    );
    // A place's id is its French name: the council's is read against the name the text wrote (London, londres).
    assert.deepEqual(
      facts('London grows. London City Council approved a budget of £600 million.',
        [['London', 'place', 'londres'], ['London City Council', 'organization', 'london-city-council']], [['£600 million', 'money']], 'en'),
      ['londres other £600 million'],
    );
  });

  it('reads a recruit\'s fee as the recruiting club\'s investment, money received or earned as the receiver\'s other, visitors as a count', () => {
    assert.deepEqual(
      facts("Le PSG recrute Rayan Cherki pour 45 millions d'euros.", [['PSG', 'organization', 'psg'], ['Rayan Cherki', 'person', 'rayan-cherki']], [["45 millions d'euros", 'money']]),
      ["psg investment 45 millions d'euros"],
    );
    assert.deepEqual(
      facts("Chez Engie, la directrice générale Catherine MacGregor a reçu 4,2 millions d'euros.",
        [['Engie', 'company', 'engie'], ['Catherine MacGregor', 'person', 'catherine-macgregor']], [["4,2 millions d'euros", 'money']]),
      ["catherine-macgregor other 4,2 millions d'euros"],
    );
    assert.deepEqual(
      facts('Citigroup earned $12.7 billion last year.', [['Citigroup', 'company', 'citigroup']], [['$12.7 billion', 'money']], 'en'),
      ['citigroup other $12.7 billion'],
    );
    assert.deepEqual(
      facts('Leboncoin affirme attirer 30 millions de visiteurs uniques par mois.', [['Leboncoin', 'company', 'leboncoin']], [['30 millions de visiteurs', 'quantity', { unit: 'visiteur' }]]),
      ['leboncoin count 30 millions de visiteurs'],
    );
  });

  it('reads a description ("the club") with no company in focus as the body that opened a sentence since', () => {
    assert.deepEqual(
      facts('Manchester United said on Thursday that revenue rose. The club spent £185 million on new players.',
        [['Manchester United', 'organization', 'manchester-united']], [['£185 million', 'money']], 'en'),
      ['manchester-united investment £185 million'],
    );
    // A description of a company ("la société", "the company") names no body that is none.
    assert.deepEqual(
      facts("Le ministère de la Santé a publié ses chiffres. Selon lui, la société prévoit d'investir 20 millions d'euros.",
        [['ministère de la Santé', 'organization', 'ministere-de-la-sante']], [["20 millions d'euros", 'money']]),
      [],
    );
    // A pronoun does not: on the oracle "il", "elle" after a body were a person or a programme.
    assert.deepEqual(
      facts('Manchester United said on Thursday that revenue rose. It spent £185 million on new players.',
        [['Manchester United', 'organization', 'manchester-united']], [['£185 million', 'money']], 'en'),
      [],
    );
  });

  it('gives a "respectivement" list with no measure in its sentence the measure of the figure of its kind in the sentence before', () => {
    assert.deepEqual(
      facts('La CFDT obtient 30 % des suffrages. FO et la CFTC en obtiennent respectivement 17 % et 10 %.',
        [['CFDT', 'organization', 'cfdt'], ['FO', 'organization', 'fo'], ['CFTC', 'organization', 'cftc']], [['30 %', 'percent'], ['17 %', 'percent'], ['10 %', 'percent']]),
      ['cfdt other 30 %', 'cftc other 10 %', 'fo other 17 %'],
    );
    // With no figure of its kind before, nothing says what they measure.
    assert.deepEqual(
      facts('FO et la CFTC obtiennent respectivement 17 % et 10 %.', [['FO', 'organization', 'fo'], ['CFTC', 'organization', 'cftc']], [['17 %', 'percent'], ['10 %', 'percent']]),
      [],
    );
  });

  it('reads a load factor as its airline\'s other, and pay "was paid" as the person\'s, not a purchase', () => {
    assert.deepEqual(
      facts('Ryanair flew 19 million passengers. Its load factor was 96%.', [['Ryanair', 'company', 'ryanair']], [['96%', 'percent']], 'en'),
      ['ryanair other 96%'],
    );
    assert.deepEqual(
      facts("Air France-KLM a vu son taux de remplissage reculer à 86,5 %.", [['Air France-KLM', 'company', 'air-france-klm']], [['86,5 %', 'percent']]),
      ['air-france-klm other 86,5 %'],
    );
    assert.deepEqual(
      facts('At JPMorgan Chase, Jamie Dimon was paid $39 million.', [['JPMorgan Chase', 'company', 'jpmorgan-chase'], ['Jamie Dimon', 'person', 'jamie-dimon']], [['$39 million', 'money']], 'en'),
      ['jamie-dimon other $39 million'],
    );
    // A price paid is still the buyer's.
    assert.deepEqual(
      facts('Boeing paid $4.7 billion for Spirit.', [['Boeing', 'company', 'boeing'], ['Spirit', 'company', 'spirit']], [['$4.7 billion', 'money']], 'en'),
      ['boeing investment $4.7 billion'],
    );
  });

  it('gives jobs a person announces, no company in focus, to the body that opened a sentence since', () => {
    assert.deepEqual(
      facts("Manchester United said revenue rose. The club's co-owner, Jim Ratcliffe, plans to cut 250 jobs.",
        [['Manchester United', 'organization', 'manchester-united'], ['Jim Ratcliffe', 'person', 'jim-ratcliffe']], [['250 jobs', 'quantity', { unit: 'job' }]], 'en'),
      ['manchester-united count 250 jobs'],
    );
    // "The company" after the person is a company not named: not the body.
    assert.deepEqual(
      facts('The United Nations said aid was needed. Its envoy, John Smith, said the company would cut 250 jobs.',
        [['United Nations', 'organization', 'onu'], ['John Smith', 'person', 'john-smith']], [['250 jobs', 'quantity', { unit: 'job' }]], 'en'),
      [],
    );
  });
});
