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
    // A preposition after a score is no noun.
    [fr, 'Score final : 7 à 0 face au PSG.', [num('7', 7), num('0', 0)]],
    [fr, 'Il a battu Lille 1 à 0 durant le match retour.', [num('1', 1), num('0', 0)]],
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
    [fr, 'Un camion a percuté une ligne 20 000 volts.', [qty('20 000 volts', 20000, 'volt')]],
    [en, 'The new line 5 miles north of the town opened.', [qty('5 miles', 5, 'mile')]],
  ]);
});
