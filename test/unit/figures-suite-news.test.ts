// Cases from an audit of the figures the analyzer reads in real news text (French Wikinews, English
// Wikipedia), each class written again in sentences of our own, both languages where it applies:
// what copying from the web leaves (a superscript set apart), numbers that name or number a thing
// rather than count it, nouns misread as the unit of a count. Each case lists every figure of the
// text, in order (see figures-support.ts); REF is a Wednesday.
import { runMixed, qty, num, ord, date, dur } from './figures-support';

const en = 'en' as const;
const fr = 'fr' as const;
const REF = { refDate: '2025-06-18' };

describe('figures suite (news): an ordinal suffix set apart from its number', () => {
  runMixed([
    [fr, 'Elle termine à la 5 e place.', [ord('5 e place', 5)]],
    [fr, 'Il prend la 36 e place du classement.', [ord('36 e place', 36)]],
    [fr, 'La 63 e cérémonie a eu lieu hier.', [ord('63 e cérémonie', 63)]],
    [fr, 'Pour cette 70 ème édition, le festival change.', [ord('70 ème édition', 70)]],
    [fr, 'Il finit 17 e à 48 secondes.', [ord('17 e', 17), dur('48 secondes', 'PT48S')]],
    [fr, 'Le 1 er janvier 2016, la loi change.', [date('1 er janvier 2016', '2016-01-01')]],
    [fr, 'Ce vendredi 1 er juillet, il pleut.', [date('vendredi 1 er juillet', '2025-07-01')], REF],
    [fr, 'Elle est 1 re de sa catégorie.', [ord('1 re', 1)]],
    [fr, 'Ce 1 er groupe est pris en chasse.', [ord('1 er groupe', 1)]],
    [en, 'It was built in the 19 th century.', [ord('19 th century', 19)]],
    [en, 'The 21 st edition opens on 2 nd June 2025.', [ord('21 st edition', 21), date('2 nd June 2025', '2025-06-02')]],
    [en, 'She finished 3 rd in the final.', [ord('3 rd', 3)]],
    // The suffix must agree with the number; other words after a number stay apart.
    [fr, 'Il a 2 er de retard.', [num('2', 2)]],
    [en, 'He scored 2 st times.', [num('2', 2)]],
    [fr, 'Le score est de 2 de plus.', [num('2', 2)]],
  ]);
});

describe('figures suite (news): the thing counted is a noun, in its singular', () => {
  runMixed([
    // An adjective standing alone after a number counts nothing named: a bare number.
    [fr, 'Les deux derniers ont abandonné.', [num('deux', 2)]],
    [fr, 'Les 12 dernières ont été dégradées.', [num('12', 12)]],
    [fr, 'Les seize meilleurs se qualifient pour la finale.', [num('seize', 16)]],
    [fr, 'Les trois suivants sont remplaçants.', [num('trois', 3)]],
    [fr, 'Il a obtenu 33 voix de plus que les 270 requis.', [qty('33 voix', 33, 'voix'), num('270', 270)]],
    [en, 'Two others died within a day.', [num('Two', 2)]],
    [en, 'Of the 10 remaining, three were sold.', [num('10', 10), num('three', 3)]],
    // ... and before its noun it is an adjective of it.
    [fr, 'Lors des deux derniers matchs, il a marqué.', [qty('deux derniers matchs', 2, 'match')]],
    [fr, 'Les six premiers kilomètres sont plats.', [qty('six premiers kilomètres', 6, 'kilomètre')]],
    [en, 'The team won 3 straight games.', [qty('3 straight games', 3, 'game')]],
    [en, 'He missed the two last games.', [qty('two last games', 2, 'game')]],
    // A preposition after a score is no noun (and a score no figure: see below).
    [fr, 'Score final : 7 à 0 face au PSG.', []],
    [fr, 'Il a battu Lille 1 à 0 durant le match retour.', []],
    // French nouns whose singular ends in -s or -x, and compounds plural in both parts.
    [fr, 'Le bilan fait état de 18 décès.', [qty('18 décès', 18, 'décès')]],
    [fr, 'La route est fermée dans les deux sens.', [qty('deux sens', 2, 'sens')]],
    [fr, 'Deux jeunes lynx ont été relâchés.', [qty('Deux jeunes lynx', 2, 'lynx')]],
    [fr, 'Il a lancé trois concours cette année.', [qty('trois concours', 3, 'concours')]],
    [fr, 'Les manifestants occupent 200 ronds-points.', [qty('200 ronds-points', 200, 'rond-point')]],
    [fr, 'Les voleurs ont ouvert vingt-deux coffres-forts.', [qty('vingt-deux coffres-forts', 22, 'coffre-fort')]],
    [fr, 'Ils ont quatre grands-parents.', [qty('quatre grands-parents', 4, 'grand-parent')]],
  ]);
});

describe('figures suite (news): numbers that name a thing are codes', () => {
  runMixed([
    [fr, "Il a proposé la suppression de l'article 49 alinéa 3 de la Constitution.", []],
    [fr, "Selon l'article 50 du règlement, les membres sont élus.", []],
    [fr, 'Un homme a été agressé sur la ligne 7 du métro.', []],
    [fr, 'Le vol 2933 transportait 81 personnes.', [qty('81 personnes', 81, 'personne')]],
    [fr, 'Des bouchons sont relevés sur la RN 205 vers Chamonix.', []],
    [fr, "L'accident a eu lieu sur l'autoroute 35 près de Tisdale.", []],
    [fr, "L'association Iteka [1] dénonce ces arrestations [2].", []],
    [en, 'The company filed for Chapter 11 bankruptcy in June.', [date('June', '--06')]],
    [en, 'Traffic was stopped on Interstate 85 for hours.', []],
    [en, 'Section 4 of the act applies.', []],
    [en, 'The plane operating Flight 661 crashed.', []],
    [en, 'The results were published [3] last year.', []],
    // A count or a measure after the label stays one.
    [fr, 'Un camion a percuté une ligne 20 000 volts.', [qty('20 000 volts', 20000, 'V')]],
    [en, 'The new line 5 miles north of the town opened.', [qty('5 miles', 5, 'mile')]],
  ]);
});

describe('figures suite (news): a number inside a name is no figure', () => {
  runMixed([
    [fr, 'Un hélicoptère Bell 206 appartenant à la société est tombé.', []],
    [fr, 'Les accords de Minsk 2 visent à mettre fin au conflit.', []],
    [fr, 'Il a volé sur les missions Apollo 10, 13 et 16 avec 24 hommes.', [qty('24 hommes', 24, 'homme')]],
    [fr, 'Des commandes de Boeing 737 et 777 seraient à l’étude.', []],
    [fr, 'Il joue en Ligue 1 depuis deux saisons.', [qty('deux saisons', 2, 'saison')]],
    [fr, 'La sonde Voyager 2 a survolé Neptune.', []],
    [fr, "Elle a gagné l'Ironman 70.3 de Nice.", []],
    // A year after an event's name stays a date; a month is no name; the first word of a sentence is no name.
    [fr, 'Il a gagné le Tour de France 2016 et la Coupe du monde 2018.', [date('2016', '2016'), date('2018', '2018')]],
    [fr, 'Les 4 candidats ont parlé.', [qty('4 candidats', 4, 'candidat')]],
    [en, 'The Bell 206 crashed near the lake.', []],
    [en, 'He flew on Apollo 9 and later on Apollo 15.', []],
    [en, 'It ordered the Saab JAS 39 and the Boeing 737 and 777.', []],
    [en, 'In 1972 the firm introduced the Caloi 10, a landmark.', [date('1972', '1972')]],
    [en, 'Sales were 300 last year.', [num('300', 300)]],
  ]);
});

describe('figures suite (news): number signs, ranks and labels', () => {
  runMixed([
    [fr, 'Elle a battu la n°1 mondiale en finale.', [ord('n°1', 1)]],
    [fr, 'Le Sud-Coréen, numéro 2 mondial, s’est imposé.', [ord('numéro 2', 2)]],
    [fr, "C'est le numéro deux du régime.", []],
    [fr, 'La tête de série n°6 a gagné.', [ord('n°6', 6)]],
    [fr, "L'objectif numéro 1 de l'équipe.", [ord('numéro 1', 1)]],
    [fr, 'Il a reçu le maillot numéro 10.', []],
    [fr, 'Ils sont au péage n°20 et au n° 52 des Champs-Élysées.', []],
    [fr, 'Soyouz lancera les satellites n° 3 et 4.', []],
    [en, 'He is the world No. 1 and the No. 2 official of the party.', [ord('No. 1', 1), ord('No. 2', 2)]],
    [en, 'The song reached number 2 in the chart.', [ord('number 2', 2)]],
    [en, 'The engineer of Train No. 23 and Train Number 1 was late.', []],
  ]);
});

describe('figures suite (news): a score is no figure', () => {
  runMixed([
    [fr, 'Lyon bat Lille 3 à 2 samedi.', []],
    [fr, "L'équipe s'est inclinée 1 à 0 contre le Canada.", []],
    [fr, 'Ils ont remporté le titre sur le score de 7 à 3.', []],
    [fr, 'Toulouse menait à la pause (19 – 12).', []],
    [en, 'They won 21 to 14 on Sunday.', []],
    [en, 'She won 6-1, 5-7, 6-4.', []],
    // Ranges and changes stay: ascending, or after de/from, or with a unit, a scale or a noun.
    [fr, 'Les agressions sont passées de 35 à 105 puis de 12 à 8.', [num('35', 35), num('105', 105), num('12', 12), num('8', 8)]],
    [fr, 'Il y avait 500 à 600 manifestants.', [qty('500', 500, 'manifestant'), qty('600 manifestants', 600, 'manifestant')]],
    [fr, 'Un diamètre 10 à 1 000 fois inférieur.', [qty('10', 10, 'x'), qty('1 000 fois', 1000, 'x')]],
    [en, 'The count fell from 12 to 8.', [num('12', 12), num('8', 8)]],
  ]);
});

describe('figures suite (news): a year of any century right after its month', () => {
  runMixed([
    [en, 'He was born in October 1862 in Paris.', [date('October 1862', '1862-10')]],
    [en, 'The treaty was signed in September 1813.', [date('September 1813', '1813-09')]],
    [en, 'The line was open in December 1864.', [date('December 1864', '1864-12')]],
    [fr, 'Il est né en octobre 1862 à Lyon.', [date('octobre 1862', '1862-10')]],
    [fr, 'Les états généraux se réunissent en mai 1789.', [date('mai 1789', '1789-05')]],
    // A count after the month is no year.
    [en, 'In May 1500 workers left the plant.', [date('May', '2025-05'), qty('1500 workers', 1500, 'worker')], REF],
    [fr, 'En mai 1500 salariés sont partis.', [date('mai', '2025-05'), qty('1500 salariés', 1500, 'salarié')], REF],
  ]);
});
