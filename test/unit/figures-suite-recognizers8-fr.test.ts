// Round 8 of the recognizer table, French (written for this suite, annotated by hand before the analyzer ran): where
// the earlier rounds were thin. The open cases of round 7 (a day number with its weekday, the number one of a body);
// date ranges across months and years; relative dates; times of day and their ranges; dates with a time; sets; signed
// numbers and powers of ten; fractions; areas, volumes and consumption; temperatures; ages; ranks in words up to the
// hundreds; pour cent and pour mille. Each case lists every figure of the text, in order (see figures-support.ts); REF
// is a Wednesday.
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN, ABOUT, OVER, UNDER, AT_LEAST, UP_TO, BY, withContext } from './figures-support';

const REF = { refDate: '2025-06-18' };

/** The cases of this table, read against REF. */
const withRef = withContext(REF);

describe('recognizers suite 8, French: the open cases of round 7', () => {
  run('fr', withRef([
    ['La réunion aura lieu lundi 23.', [date('lundi 23', '2025-06-23')]],
    ['Le vote a eu lieu le lundi 2.', [date('lundi 2', '2025-06-02')]],
    ['Les négociations reprendront mardi 1er.', [date('mardi 1er', '2025-07-01')]],
    ['Rendez-vous vendredi 20 à 10 heures.', [date('vendredi 20', '2025-06-20'), time('10 heures', '10:00')]],
    ['Le conseil s\'est réuni le jeudi 12.', [date('jeudi 12', '2025-06-12')]],
    ['Il a pris la ligne 12.', []],
    ['Le numéro un du régime a démissionné.', []],
    ['Le numéro deux du parti est parti.', []],
    ['Il est le numéro un mondial du luxe.', [ord('numéro un', 1)]],
    ['La neige a déposé un demi-mètre de poudreuse.', [qty('un demi-mètre', 0.5, 'm')]],
    ['La pièce vaut un demi-euro.', [money('un demi-euro', 0.5, 'EUR')]],
    ['Elle est quinquagénaire.', [dur('quinquagénaire', 'P50Y', AT_LEAST)]],
    ['Un sexagénaire a été arrêté.', [dur('sexagénaire', 'P60Y', AT_LEAST)]],
  ]));
});

describe('recognizers suite 8, French: a weekday and a day without a reference date, or far from it', () => {
  run('fr', [
    ['La réunion aura lieu lundi 23.', []],
  ]);
  run('fr', withRef([
    ['Le mardi 4, la séance a repris.', [date('mardi 4', '2025-03-04')]],
    ['Le lundi 3 et le mardi 4 mars, le salon ouvre.', [date('lundi 3', '2025-03-03'), date('mardi 4 mars', '2025-03-04')]],
    ['Le numéro deux de la CGT a parlé.', []],
    ['Il a acheté une demi-livre de beurre.', []],
    ['Lundi 3 personnes ont été blessées.', [qty('3 personnes', 3, 'personne')]],
  ]));
});

describe('recognizers suite 8, French: date ranges across months and years', () => {
  run('fr', withRef([
    ['Le salon se tient du 28 février au 3 mars 2026.', [date('28 février', '2026-02-28'), date('3 mars 2026', '2026-03-03')]],
    ['Les bureaux sont fermés du 30 décembre au 2 janvier.', [date('30 décembre', '2025-12-30'), date('2 janvier', '2026-01-02')]],
    ['La grève a duré du 28 décembre 2024 au 3 janvier 2025.', [date('28 décembre 2024', '2024-12-28'), date('3 janvier 2025', '2025-01-03')]],
    ['Le festival a lieu du 30 juillet au 3 août 2025.', [date('30 juillet', '2025-07-30'), date('3 août 2025', '2025-08-03')]],
    ['Les travaux ont duré de mai 2023 à juin 2024.', [date('mai 2023', '2023-05'), date('juin 2024', '2024-06')]],
    ['L\'exposition court d\'octobre 2025 à janvier 2026.', [date('octobre 2025', '2025-10'), date('janvier 2026', '2026-01')]],
    ['L\'usine a fermé du 28 juin au 4 juillet 2024.', [date('28 juin', '2024-06-28'), date('4 juillet 2024', '2024-07-04')]],
    ['La fenêtre va du 31 janvier au 2 février 2025.', [date('31 janvier', '2025-01-31'), date('2 février 2025', '2025-02-02')]],
    ['Les ventes ont progressé de 2019 à 2024.', [date('2019', '2019'), date('2024', '2024')]],
    ['La campagne a duré de septembre à novembre 2024.', [date('septembre', '2024-09'), date('novembre 2024', '2024-11')]],
    ['L\'offre est valable de novembre à février 2026.', [date('novembre', '2025-11'), date('février 2026', '2026-02')]],
    ['Entre le quatrième trimestre 2024 et le deuxième trimestre 2025, les ventes ont doublé.', [date('quatrième trimestre 2024', '2024-Q4'), date('deuxième trimestre 2025', '2025-Q2')]],
    ['Du 1er au 15 juillet 2025, le musée est fermé.', [date('1er', '2025-07-01'), date('15 juillet 2025', '2025-07-15')]],
    ['L\'exercice court du 1er avril 2024 au 31 mars 2025.', [date('1er avril 2024', '2024-04-01'), date('31 mars 2025', '2025-03-31')]],
    ['Entre le 30 mars et le 2 avril 2025, le cours a chuté.', [date('30 mars', '2025-03-30'), date('2 avril 2025', '2025-04-02')]],
    ['L\'exercice va de juillet 2024 à juin 2025.', [date('juillet 2024', '2024-07'), date('juin 2025', '2025-06')]],
    ['Les vols sont réduits du 2 avril au 15 mai 2026.', [date('2 avril', '2026-04-02'), date('15 mai 2026', '2026-05-15')]],
    ['La foire aura lieu du 29 décembre 2025 au 4 janvier 2026.', [date('29 décembre 2025', '2025-12-29'), date('4 janvier 2026', '2026-01-04')]],
    ['Du lundi 30 juin au mercredi 2 juillet, la ligne est coupée.', [date('lundi 30 juin', '2025-06-30'), date('mercredi 2 juillet', '2025-07-02')]],
    ['De l\'automne 2021 au printemps 2023, le projet a avancé.', [date('automne 2021', '2021'), date('printemps 2023', '2023')]],
  ]));
});

describe('recognizers suite 8, French: relative dates', () => {
  run('fr', withRef([
    ['L\'accord a été signé il y a trois semaines.', [date('il y a trois semaines', '2025-W22')]],
    ['Le vote aura lieu dans quinze jours.', [date('dans quinze jours', '2025-07-03')]],
    ['Les résultats arrivent après-demain.', [date('après-demain', '2025-06-20')]],
    ['Le groupe a publié ses comptes hier.', [date('hier', '2025-06-17')]],
    ['La Bourse ouvre demain.', [date('demain', '2025-06-19')]],
    ['L\'action a progressé aujourd\'hui.', [date('aujourd\'hui', '2025-06-18')]],
    ['L\'usine a fermé il y a deux mois.', [date('il y a deux mois', '2025-04')]],
    ['Le groupe a publié ses chiffres le mois dernier.', [date('mois dernier', '2025-05')]],
    ['Le conseil se réunira la semaine prochaine.', [date('semaine prochaine', '2025-W26')]],
    ['Les ventes ont baissé l\'an dernier.', [date('an dernier', '2024')]],
    ['Le plan commence l\'année prochaine.', [date('année prochaine', '2026')]],
    ['Le magasin a ouvert vendredi dernier.', [date('vendredi dernier', '2025-06-13')]],
    ['Le magasin ouvrira lundi prochain.', [date('lundi prochain', '2025-06-23')]],
    ['La loi a été votée il y a quatre jours.', [date('il y a quatre jours', '2025-06-14')]],
    ['L\'enquête se termine dans dix jours.', [date('dans dix jours', '2025-06-28')]],
    ['La fusion a été conclue il y a un an.', [date('il y a un an', '2024')]],
    ['Le groupe publiera ses résultats le trimestre prochain.', [date('trimestre prochain', '2025-Q3')]],
    ['Les prix ont culminé la semaine dernière.', [date('semaine dernière', '2025-W24')]],
    ['La loi est entrée en vigueur ce mois-ci.', [date('ce mois-ci', '2025-06')]],
    ['La vente sera conclue dans trois semaines.', [date('dans trois semaines', '2025-W28')]],
    ['La production a augmenté de 5 % en trois semaines.', [pct('5 %', 5, UP), dur('trois semaines', 'P3W')]],
    ['Le fonds a été lancé il y a un mois.', [date('il y a un mois', '2025-05')]],
    ['La grève a pris fin hier matin.', [date('hier matin', '2025-06-17')]],
    ['Le navire accoste demain soir.', [date('demain soir', '2025-06-19')]],
    ['Le projet sera fini dans un mois.', [date('dans un mois', '2025-07')]],
    ['La société a été créée il y a dix ans.', [date('il y a dix ans', '2015')]],
    ['Le rapport sort cette semaine.', [date('cette semaine', '2025-W25')]],
    ['Le chiffre d\'affaires a progressé cette année.', [date('cette année', '2025')]],
  ]));
});

describe('recognizers suite 8, French: times of day and their ranges', () => {
  run('fr', withRef([
    ['Le bureau est ouvert entre midi et 14 h.', [time('midi', '12:00'), time('14 h', '14:00')]],
    ['Le vote se clôt à 20 heures.', [time('20 heures', '20:00')]],
    ['La Bourse ouvre à 9 h 30.', [time('9 h 30', '09:30')]],
    ['L\'explosion a eu lieu à 23 h 45.', [time('23 h 45', '23:45')]],
    ['Les négociations ont pris fin à minuit.', [time('minuit', '00:00')]],
    ['Le train est parti à 6h15.', [time('6h15', '06:15')]],
    ['La cotation a été suspendue à 14:05.', [time('14:05', '14:05')]],
    ['La ligne est fermée de 22 heures à 6 heures.', [time('22 heures', '22:00'), time('6 heures', '06:00')]],
    ['Les portes ouvrent de 8 à 11 heures.', [time('8', '08:00'), time('11 heures', '11:00')]],
    ['Le meeting a duré de 18 à 21 heures.', [time('18', '18:00'), time('21 heures', '21:00')]],
    ['L\'incendie s\'est déclaré à dix heures et demie.', [time('dix heures et demie', '10:30')]],
    ['L\'appel est arrivé à six heures moins le quart.', [time('six heures moins le quart', '05:45')]],
    ['La réunion commence à deux heures et quart.', [time('deux heures et quart', '02:15')]],
    ['L\'avion atterrit à 16 h 45.', [time('16 h 45', '16:45')]],
    ['Les lumières s\'éteignent à 23 h.', [time('23 h', '23:00')]],
    ['Les magasins ouvrent 9h-19h.', [time('9h', '09:00'), time('19h', '19:00')]],
    ['Le match débute à 20 h 45.', [time('20 h 45', '20:45')]],
    ['Le bureau est ouvert de 9 heures à midi.', [time('9 heures', '09:00'), time('midi', '12:00')]],
    ['Le train part à 3 heures de l\'après-midi.', [time('3 heures de l\'après-midi', '15:00')]],
    ['Le marché ouvre vers 7 h.', [time('7 h', '07:00')]],
    ['Il a attendu jusqu\'à 2 heures du matin.', [time('2 heures du matin', '02:00')]],
  ]));
});

describe('recognizers suite 8, French: dates with a time', () => {
  run('fr', withRef([
    ['Le vote aura lieu le 3 mars à 14 h.', [date('3 mars', '2026-03-03'), time('14 h', '14:00')]],
    ['Les résultats seront publiés le 1er juillet à 8 heures.', [date('1er juillet', '2025-07-01'), time('8 heures', '08:00')]],
    ['L\'explosion s\'est produite le 4 mai 2025 à 23 h 20.', [date('4 mai 2025', '2025-05-04'), time('23 h 20', '23:20')]],
    ['Les négociations reprennent demain à 10 heures.', [date('demain', '2025-06-19'), time('10 heures', '10:00')]],
    ['L\'offre expire à minuit le 30 juin.', [time('minuit', '00:00'), date('30 juin', '2025-06-30')]],
    ['Le séisme a frappé à 3 h 42 le 12 janvier 2024.', [time('3 h 42', '03:42'), date('12 janvier 2024', '2024-01-12')]],
    ['La Bourse a clôturé hier à 17 h 30.', [date('hier', '2025-06-17'), time('17 h 30', '17:30')]],
    ['Les bureaux de vote ouvrent à 8 heures le dimanche 22 juin.', [time('8 heures', '08:00'), date('dimanche 22 juin', '2025-06-22')]],
    ['La date limite est fixée au vendredi 20 juin 2025 à midi.', [date('vendredi 20 juin 2025', '2025-06-20'), time('midi', '12:00')]],
    ['Le feu a pris hier soir à 23 heures.', [date('hier soir', '2025-06-17'), time('23 heures', '23:00')]],
    ['Le match a lieu ce soir à 21 heures.', [date('ce soir', '2025-06-18'), time('21 heures', '21:00')]],
    ['Le navire est arrivé ce matin à 6 h 10.', [date('ce matin', '2025-06-18'), time('6 h 10', '06:10')]],
    ['Le sommet s\'ouvre le 2 octobre 2025 à 9 h.', [date('2 octobre 2025', '2025-10-02'), time('9 h', '09:00')]],
    ['Le lancement est prévu le 4 juillet à 10 h 30.', [date('4 juillet', '2025-07-04'), time('10 h 30', '10:30')]],
    ['La cérémonie a eu lieu le 11 novembre 2024 à 11 heures.', [date('11 novembre 2024', '2024-11-11'), time('11 heures', '11:00')]],
  ]));
});

describe('recognizers suite 8, French: sets', () => {
  run('fr', withRef([
    ['Le salon a lieu tous les deux ans.', [dur('deux ans', 'P2Y')]],
    ['Le rapport paraît tous les trois mois.', [dur('trois mois', 'P3M')]],
    ['Les trains partent toutes les 15 minutes.', [dur('15 minutes', 'PT15M')]],
    ['Le recensement a lieu tous les dix ans.', [dur('dix ans', 'P10Y')]],
    ['Le club se réunit chaque lundi.', []],
    ['Le journal paraît chaque semaine.', []],
    ['Les taux sont revus toutes les six semaines.', [dur('six semaines', 'P6W')]],
    ['Le conseil se réunit chaque premier lundi du mois.', []],
    ['Le bus passe toutes les demi-heures.', []],
    ['Les élections ont lieu tous les quatre ans.', [dur('quatre ans', 'P4Y')]],
    ['La prime est versée tous les ans.', []],
    ['Le site est contrôlé tous les jours.', []],
    ['Les inspections ont lieu tous les 18 mois.', [dur('18 mois', 'P18M')]],
    ['Le conseil se réunit deux fois par semaine.', [num('deux', 2)]],
    ['La revue paraît une fois par mois.', []],
    ['Le comité se réunit un mardi sur deux.', []],
    ['Le satellite fait le tour de la Terre toutes les 90 minutes.', [dur('90 minutes', 'PT90M')]],
  ]));
});

describe('recognizers suite 8, French: signs and powers of ten', () => {
  run('fr', withRef([
    ['Le solde est de -3,5 millions d\'euros.', [money('-3,5 millions d\'euros', -3500000, 'EUR', DOWN)]],
    ['L\'indice a varié de -0,4 % sur la séance.', [pct('-0,4 %', -0.4, DOWN)]],
    ['L\'écart s\'est creusé à -12 points.', [qty('-12 points', -12, 'point', DOWN)]],
    ['La marge est passée à +2,5 %.', [pct('+2,5 %', 2.5, UP)]],
    ['Le fonds a rapporté +8 %.', [pct('+8 %', 8, UP)]],
    ['La cellule contient 1,2e6 molécules.', [qty('1,2e6 molécules', 1200000, 'molécule')]],
    ['La puce effectue 10^9 opérations par seconde.', [qty('10^9 opérations', 1000000000, 'opération')]],
    ['La galaxie compte 10^11 étoiles.', [qty('10^11 étoiles', 100000000000, 'étoile')]],
    ['Le déficit est de moins 4 %.', [pct('moins 4 %', -4, DOWN)]],
    ['Le solde a été de -3,5.', [num('-3,5', -3.5, DOWN)]],
    ['Le bénéfice par action est de -0,12 euro.', [money('-0,12 euro', -0.12, 'EUR', DOWN)]],
    ['Le taux est tombé à -0,5 %.', [pct('-0,5 %', -0.5, DOWN)]],
    ['La croissance a été de moins 2 %.', [pct('moins 2 %', -2, DOWN)]],
    ['Le facteur vaut 2,5E-3.', [num('2,5E-3', 0.0025)]],
  ]));
});

describe('recognizers suite 8, French: fractions', () => {
  run('fr', withRef([
    ['Les trois quarts des salariés sont partis.', [pct('trois quarts', 75)]],
    ['Un million et demi de personnes ont voté.', [qty('Un million et demi de personnes', 1500000, 'personne')]],
    ['Les deux tiers des électeurs ont approuvé.', [pct('deux tiers', 66.666667)]],
    ['Un cinquième du budget va à la défense.', [pct('Un cinquième', 20)]],
    ['Sept dixièmes du territoire sont boisés.', [pct('Sept dixièmes', 70)]],
    ['Le sac pèse 2½ kg.', [qty('2½ kg', 2.5, 'kg')]],
    ['La course fait trois kilomètres et demi.', [qty('trois kilomètres et demi', 3.5, 'km')]],
    ['Le travail a pris une heure et quart.', [dur('une heure et quart', 'PT1.25H')]],
    ['Le contrat vaut deux milliards et demi de dollars.', [money('deux milliards et demi de dollars', 2500000000, 'USD')]],
    ['La moitié des entreprises ont perdu de l\'argent.', [pct('moitié', 50)]],
    ['Un quart de million de personnes sont venues.', [qty('Un quart de million de personnes', 250000, 'personne')]],
    ['Neuf médecins sur dix approuvent.', [pct('Neuf médecins sur dix', 90)]],
    ['La BCE a baissé son taux d\'un quart de point.', [qty('un quart de point', 0.25, 'point', DOWN)]],
    ['Un tiers des prêts ont mal tourné.', [pct('Un tiers', 33.333333)]],
    ['Le film dure deux heures et demie.', [dur('deux heures et demie', 'PT2.5H')]],
    ['Le tuyau mesure 2 3/4 pouces.', [qty('2 3/4 pouces', 2.75, 'pouce')]],
    ['Les trois cinquièmes des votants ont dit oui.', [pct('trois cinquièmes', 60)]],
    ['Le trajet dure trois quarts d\'heure.', [dur('trois quarts d\'heure', 'PT0.75H')]],
    ['Un demi-million de visiteurs sont attendus.', [qty('Un demi-million de visiteurs', 500000, 'visiteur')]],
    ['La dette représente le quart du PIB.', [pct('quart', 25)]],
  ]));
});

describe('recognizers suite 8, French: areas, volumes and consumption', () => {
  run('fr', withRef([
    ['L\'appartement fait 85 m².', [qty('85 m²', 85, 'm²')]],
    ['Le parc couvre 12 km2.', [qty('12 km2', 12, 'km²')]],
    ['Les bureaux offrent 4 000 mètres carrés.', [qty('4 000 mètres carrés', 4000, 'm²')]],
    ['Le réservoir contient 3 millions de mètres cubes.', [qty('3 millions de mètres cubes', 3000000, 'm³')]],
    ['L\'incendie a brûlé 4 000 hectares.', [qty('4 000 hectares', 4000, 'hectare')]],
    ['La ferme s\'étend sur 120 ha.', [qty('120 ha', 120, 'ha')]],
    ['Le lac couvre 58 kilomètres carrés.', [qty('58 kilomètres carrés', 58, 'km²')]],
    ['La forêt a perdu 10 000 km².', [qty('10 000 km²', 10000, 'km²', DOWN)]],
    ['La piscine contient 2 500 m³ d\'eau.', [qty('2 500 m³', 2500, 'm³')]],
    ['La voiture consomme 4,5 l/100 km.', [qty('4,5 l', 4.5, 'l'), qty('100 km', 100, 'km')]],
    ['Le colis pèse 12 kilos.', [qty('12 kilos', 12, 'kg')]],
    ['Le câble mesure 3 000 milles nautiques.', [qty('3 000 milles nautiques', 3000, 'mille nautique')]],
    ['Le moteur développe 300 ch.', [qty('300 ch', 300, 'ch')]],
    ['L\'écran mesure 15 centimètres carrés.', [qty('15 centimètres carrés', 15, 'cm²')]],
    ['La plaque mesure 20 cm².', [qty('20 cm²', 20, 'cm²')]],
    ['La cave contient 40 hectolitres.', [qty('40 hectolitres', 40, 'hl')]],
    ['La maison a 150 m2 habitables.', [qty('150 m2', 150, 'm²')]],
    ['Le terrain fait 600 mètres carrés.', [qty('600 mètres carrés', 600, 'm²')]],
  ]));
});

describe('recognizers suite 8, French: temperatures', () => {
  run('fr', withRef([
    ['Il faisait -5 °C à Oslo.', [qty('-5 °C', -5, '°C', DOWN)]],
    ['Il a fait moins cinq degrés cette nuit.', [qty('moins cinq degrés', -5, 'degré', DOWN), date('cette nuit', '2025-06-18')]],
    ['La chaleur a atteint 45 degrés Celsius.', [qty('45 degrés Celsius', 45, '°C')]],
    ['L\'eau bout à 100 °C.', [qty('100 °C', 100, '°C')]],
    ['Il faisait 30°C à l\'ombre.', [qty('30°C', 30, '°C')]],
    ['La mer est à 18 °C.', [qty('18 °C', 18, '°C')]],
    ['Les températures ont baissé de 10 degrés.', [qty('10 degrés', 10, 'degré', DOWN)]],
    ['La météo annonce de 25 à 30 °C.', [qty('25', 25, '°C'), qty('30 °C', 30, '°C')]],
    ['Le four chauffe à 180 degrés.', [qty('180 degrés', 180, 'degré')]],
    ['Le thermomètre est descendu à moins 20 degrés Celsius.', [qty('moins 20 degrés Celsius', -20, '°C', DOWN)]],
    ['Le cœur du réacteur a atteint 1 500 °C.', [qty('1 500 °C', 1500, '°C')]],
    ['Il faisait 2 degrés sous zéro.', [qty('2 degrés sous zéro', -2, 'degré', DOWN)]],
    ['Il faisait 104 °F à Phoenix.', [qty('104 °F', 104, '°F')]],
    ['La température corporelle est de 37,5 °C.', [qty('37,5 °C', 37.5, '°C')]],
    ['Il fera entre -3 et 2 °C.', [qty('-3', -3, '°C', DOWN), qty('2 °C', 2, '°C')]],
    ['La météo annonce 12,5C.', [qty('12,5C', 12.5, '°C')]],
    ['Il avait 39,5 C de fièvre.', [qty('39,5 C', 39.5, '°C')]],
    ['La version 2,1C sort.', []],
  ]));
});

describe('recognizers suite 8, French: ages', () => {
  run('fr', withRef([
    ['Un homme de 45 ans a été arrêté.', [dur('45 ans', 'P45Y')]],
    ['Elle a pris sa retraite à 60 ans.', [dur('60 ans', 'P60Y')]],
    ['L\'entreprise recrute des jeunes de 18 à 25 ans.', [dur('18', 'P18Y'), dur('25 ans', 'P25Y')]],
    ['Il est devenu PDG à l\'âge de 35 ans.', [dur('35 ans', 'P35Y')]],
    ['Un bébé de trois mois a été retrouvé.', [dur('trois mois', 'P3M')]],
    ['L\'octogénaire a gagné.', [dur('octogénaire', 'P80Y', AT_LEAST)]],
    ['L\'arbre a 300 ans.', [dur('300 ans', 'P300Y')]],
    ['Une fillette de 6 ans a gagné.', [dur('6 ans', 'P6Y')]],
    ['Il a fêté ses 50 ans la semaine dernière.', [dur('50 ans', 'P50Y'), date('semaine dernière', '2025-W24')]],
    ['Le centenaire a voté.', []],
    ['Les plus de 65 ans ont voté pour lui.', [dur('65 ans', 'P65Y', OVER)]],
    ['Le suspect, âgé de 34 ans, a été arrêté.', [dur('34 ans', 'P34Y')]],
    ['Une nonagénaire a témoigné.', [dur('nonagénaire', 'P90Y', AT_LEAST)]],
    ['Il a eu 40 ans hier.', [dur('40 ans', 'P40Y'), date('hier', '2025-06-17')]],
  ]));
});

describe('recognizers suite 8, French: ranks in words', () => {
  run('fr', withRef([
    ['C\'était la cent-unième réunion.', [ord('cent-unième réunion', 101)]],
    ['C\'était la cent unième séance.', [ord('cent unième séance', 101)]],
    ['Il était le deux-centième invité.', [ord('deux-centième invité', 200)]],
    ['C\'est le vingt-cinquième anniversaire.', [ord('vingt-cinquième anniversaire', 25)]],
    ['Il fut le trente-troisième président.', [ord('trente-troisième président', 33)]],
    ['C\'est la cinquantième édition.', [ord('cinquantième édition', 50)]],
    ['Le quatre-vingt-dix-neuvième coureur est tombé.', [ord('quatre-vingt-dix-neuvième coureur', 99)]],
    ['C\'était le cent vingtième match.', [ord('cent vingtième match', 120)]],
    ['La banque est le cinquième prêteur du pays.', [ord('cinquième prêteur', 5)]],
    ['Il a terminé à la douzième place.', [ord('douzième place', 12)]],
    ['La 101e session s\'est ouverte.', [ord('101e session', 101)]],
    ['C\'était son 22e titre.', [ord('22e titre', 22)]],
    ['Elle a fini dix-septième.', [ord('dix-septième', 17)]],
    ['Le trois-centième magasin a ouvert.', [ord('trois-centième magasin', 300)]],
    ['C\'est la millième vente.', [ord('millième vente', 1000)]],
    ['C\'était la quarante-deuxième saison.', [ord('quarante-deuxième saison', 42)]],
    ['Il s\'est classé soixante et unième.', [ord('soixante et unième', 61)]],
    ['C\'est la soixante-dixième édition.', [ord('soixante-dixième édition', 70)]],
    ['Le quatre-vingtième anniversaire approche.', [ord('quatre-vingtième anniversaire', 80)]],
    ['La deux cent cinquantième rencontre a eu lieu.', [ord('deux cent cinquantième rencontre', 250)]],
  ]));
});

describe('recognizers suite 8, French: pour cent and pour mille', () => {
  run('fr', withRef([
    ['La participation a atteint 72 pour cent.', [pct('72 pour cent', 72)]],
    ['La taxe est de cinq pour cent.', [pct('cinq pour cent', 5)]],
    ['Le taux de natalité est de 9 pour mille.', [pct('9 pour mille', 0.9)]],
    ['La limite est de 0,5 ‰.', [pct('0,5 ‰', 0.05)]],
    ['Les prix ont augmenté de 3,2 pour cent.', [pct('3,2 pour cent', 3.2, UP)]],
    ['Le soutien est tombé à 38 pour cent.', [pct('38 pour cent', 38)]],
    ['Le taux est de cent pour cent.', [pct('cent pour cent', 100)]],
    ['Une participation de 25 % a été cédée.', [pct('25 %', 25)]],
    ['La croissance a ralenti à 1,5 % contre 2 %.', [pct('1,5 %', 1.5), pct('2 %', 2)]],
    ['Le rendement a progressé de 20 points de base.', [qty('20 points de base', 20, 'point de base', UP)]],
    ['L\'action a cédé de 2 à 3 %.', [pct('2', 2, DOWN), pct('3 %', 3)]],
    ['Entre 40 et 45 pour cent des électeurs ont voté.', [pct('40', 40), pct('45 pour cent', 45)]],
    ['Le taux de mortalité atteint 11,2 ‰.', [pct('11,2 ‰', 1.12)]],
    ['Le taux est de 7 pourcents.', [pct('7 pourcents', 7)]],
  ]));
});

describe('recognizers suite 8, French: numbers, counts and ranges', () => {
  run('fr', withRef([
    ['Le groupe va supprimer de 1 200 à 1 500 postes.', [qty('1 200', 1200, 'poste'), qty('1 500 postes', 1500, 'poste')]],
    ['Entre 30 et 40 navires attendent.', [qty('30', 30, 'navire'), qty('40 navires', 40, 'navire')]],
    ['Le fonds détient 3,75 milliards de dollars.', [money('3,75 milliards de dollars', 3750000000, 'USD')]],
    ['La ville compte 2 345 678 habitants.', [qty('2 345 678 habitants', 2345678, 'habitant')]],
    ['Le groupe possède dix-neuf magasins.', [qty('dix-neuf magasins', 19, 'magasin')]],
    ['Le projet nécessite 400-500 ouvriers.', [qty('400', 400, 'ouvrier'), qty('500 ouvriers', 500, 'ouvrier')]],
    ['Le groupe a vendu 12 mille voitures.', [qty('12 mille voitures', 12000, 'voiture')]],
    ['Le réseau compte 0,5 million d\'abonnés.', [qty('0,5 million d\'abonnés', 500000, 'abonné')]],
    ['Au moins 14 personnes sont mortes.', [qty('14 personnes', 14, 'personne', AT_LEAST)]],
    ['Jusqu\'à 300 emplois pourraient disparaître.', [qty('300 emplois', 300, 'emploi', UP_TO)]],
    ['Moins de 50 entreprises ont candidaté.', [qty('50 entreprises', 50, 'entreprise', UNDER)]],
    ['Plus de 2 000 maisons ont été inondées.', [qty('2 000 maisons', 2000, 'maison', OVER)]],
    ['Environ 80 personnes étaient présentes.', [qty('80 personnes', 80, 'personne', ABOUT)]],
    ['Les deux groupes ont fusionné.', [qty('deux groupes', 2, 'groupe')]],
    ['Le pays compte 1,4 milliard d\'habitants.', [qty('1,4 milliard d\'habitants', 1400000000, 'habitant')]],
    ['La banque a gagné 3,2 Md$.', [money('3,2 Md$', 3200000000, 'USD', UP)]],
    ['Le groupe a payé 450 000 livres.', [money('450 000 livres', 450000, 'GBP')]],
    ['Le prêt est de 750 M€.', [money('750 M€', 750000000, 'EUR')]],
    ['L\'amende est de 3 millions de francs suisses.', [money('3 millions de francs suisses', 3000000, 'CHF')]],
    ['L\'action coûte 12,50 euros.', [money('12,50 euros', 12.5, 'EUR')]],
    ['Le ticket coûte 99 centimes.', [money('99 centimes', 0.99, 'EUR')]],
    ['La société a levé entre 5 et 7 millions d\'euros.', [money('5', 5000000, 'EUR'), money('7 millions d\'euros', 7000000, 'EUR')]],
    ['La facture est de trois cent vingt euros.', [money('trois cent vingt euros', 320, 'EUR')]],
    ['Le village compte mille sept cents habitants.', [qty('mille sept cents habitants', 1700, 'habitant')]],
    ['Le stade accueille quatre-vingt mille spectateurs.', [qty('quatre-vingt mille spectateurs', 80000, 'spectateur')]],
    ['La région compte soixante-dix-sept communes.', [qty('soixante-dix-sept communes', 77, 'commune')]],
    ['Le musée possède quatre-vingt-onze tableaux.', [qty('quatre-vingt-onze tableaux', 91, 'tableau')]],
    ['Le parc compte une dizaine de manèges.', [qty('une dizaine de manèges', 10, 'manège', ABOUT)]],
  ]));
});

describe('recognizers suite 8, French: durations', () => {
  run('fr', withRef([
    ['Le procès a duré trois ans et demi.', [dur('trois ans et demi', 'P3.5Y')]],
    ['Le vol dure 11 heures et 20 minutes.', [dur('11 heures et 20 minutes', 'PT11H20M')]],
    ['Les négociations ont duré une quinzaine de jours.', [dur('une quinzaine de jours', 'P15D', ABOUT)]],
    ['Le projet a pris une décennie.', [dur('une décennie', 'P10Y')]],
    ['L\'enquête a duré neuf jours.', [dur('neuf jours', 'P9D')]],
    ['Le trajet a pris une demi-heure.', [dur('une demi-heure', 'PT0.5H')]],
    ['Le chantier durera deux ans et six mois.', [dur('deux ans et six mois', 'P2Y6M')]],
    ['Il a couru en 2 h 05 min.', [dur('2 h 05 min', 'PT2H5M')]],
    ['Le mandat dure cinq ans.', [dur('cinq ans', 'P5Y')]],
  ]));
});

describe('recognizers suite 8, French: dates', () => {
  run('fr', withRef([
    ['La loi a été votée le 14 juillet 2024.', [date('14 juillet 2024', '2024-07-14')]],
    ['La société a été fondée en mars 1998.', [date('mars 1998', '1998-03')]],
    ['Les ventes ont culminé au troisième trimestre 2024.', [date('troisième trimestre 2024', '2024-Q3')]],
    ['Le plan date de 1987.', [date('1987', '1987')]],
    ['Le vote a eu lieu le 03/04/2025.', [date('03/04/2025', '2025-04-03')]],
    ['La date limite est le 2025-09-30.', [date('2025-09-30', '2025-09-30')]],
    ['Le magasin a ouvert le 1er mai 2023.', [date('1er mai 2023', '2023-05-01')]],
    ['L\'obligation arrive à échéance en 2031.', [date('2031', '2031')]],
    ['Le plan s\'achève au quatrième trimestre.', [date('quatrième trimestre', '2025-Q4')]],
    ['L\'accord a été signé à la mi-mai.', [date('mi-mai', '2025-05')]],
    ['Le krach est survenu en octobre 1987.', [date('octobre 1987', '1987-10')]],
    ['Le groupe publie ses comptes le 7 août.', [date('7 août', '2025-08-07')]],
    ['En 1815, la guerre a pris fin.', [date('1815', '1815')]],
    ['Le magasin a ouvert à Noël 2022.', [date('Noël 2022', '2022-12-25')]],
    ['Le traité date de 1648.', [num('1648', 1648)]],
    ['La réforme entre en vigueur le 1er janvier.', [date('1er janvier', '2025-01-01')]],
    ['Le chiffre d\'affaires a progressé en 2024.', [date('2024', '2024')]],
    ['Le groupe a été créé le 5 janvier 1999.', [date('5 janvier 1999', '1999-01-05')]],
    ['Le sommet aura lieu le jeudi 26 juin.', [date('jeudi 26 juin', '2025-06-26')]],
  ]));
});
