// Round 9 of the recognizer table, French (written for this suite, annotated by hand before the analyzer ran): the
// open cases of round 8 (a weekday and its day in a future clause, `de 8 à 11 heures`), number ranges and bounds,
// comparisons, ages, currencies of less common money, ranks, dates in ISO, slash and written forms, times with a zone,
// periods of the accounts, durations of mixed units, measures. Each case lists every figure of the text, in order (see
// figures-support.ts); REF is a Wednesday.
// First run, on main at c9873dc: 21 of the first 321 cases failed (3 of them slips of the annotation against conventions
// already decided, corrected since: `huitième trimestre consécutif` spans the rank and its noun, `fin décembre` the month);
// the second batch, written after the fixes, failed 4 of 42 on its first run; the third batch, 40 more, failed 2
// times (1 gap, now fixed, 1 slip). All pass now; 11 cases that
// repeated older tables word for word were then dropped.
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN, ABOUT, OVER, UNDER, AT_LEAST, UP_TO, withContext } from './figures-support';

const REF = { refDate: '2025-03-12' };

/** The cases of this table, read against REF. */
const withRef = withContext(REF);

describe('recognizers suite 9, French: the open cases of round 8', () => {
  run('fr', withRef([
    // Un jeudi 12 tombe en décembre 2024 (90 jours avant) et en juin 2025 (92 jours après) : le temps du verbe choisit.
    ['La réunion aura lieu le jeudi 12.', [date('jeudi 12', '2025-06-12')]],
    ['La réunion a eu lieu le jeudi 12.', [date('jeudi 12', '2024-12-12')]],
    ['Le conseil se réunira jeudi 12.', [date('jeudi 12', '2025-06-12')]],
    ['Le conseil s\'est réuni jeudi 12.', [date('jeudi 12', '2024-12-12')]],
    ['La grève va débuter le vendredi 13.', [date('vendredi 13', '2025-06-13')]],
    ['La grève a débuté le vendredi 13.', [date('vendredi 13', '2024-12-13')]],
    ['Le bureau de vote est ouvert de 8 à 11 heures.', [time('8', '08:00'), time('11 heures', '11:00')]],
    ['La permanence se tient de 9 à 11 heures.', [time('9', '09:00'), time('11 heures', '11:00')]],
    ['La mairie sera fermée lundi de 8 à 10 heures.', [time('8', '08:00'), time('10 heures', '10:00')]],
    ['Le vol dure de 8 à 11 heures.', [dur('8', 'PT8H'), dur('11 heures', 'PT11H')]],
    ['Il faut compter de 8 à 11 heures de route.', [dur('8', 'PT8H'), dur('11 heures', 'PT11H')]],
    ['La batterie offre une autonomie de 8 à 11 heures.', [dur('8', 'PT8H'), dur('11 heures', 'PT11H')]],
    ['Il dort de 6 à 8 heures par nuit.', [dur('6', 'PT6H'), dur('8 heures', 'PT8H')]],
  ]));
});

describe('recognizers suite 9, French: fourchettes de nombres', () => {
  run('fr', withRef([
    ['L\'entreprise va recruter entre 50 et 80 ingénieurs.', [qty('50', 50, 'ingénieur'), qty('80 ingénieurs', 80, 'ingénieur')]],
    ['Les prix ont augmenté de 5 à 10 % en un an.', [pct('5', 5, UP), pct('10 %', 10), dur('un an', 'P1Y')]],
    ['La perte est estimée entre 3 et 4 milliards d\'euros.', [money('3', 3e9, 'EUR'), money('4 milliards d\'euros', 4e9, 'EUR')]],
    ['L\'usine produit de 200 à 250 voitures par jour.', [qty('200', 200, 'voiture'), qty('250 voitures', 250, 'voiture')]],
    ['L\'indice pourrait reculer de 10 à 15 %.', [pct('10', 10, DOWN), pct('15 %', 15)]],
    ['Le poste est payé de 40 000 à 60 000 euros par an.', [money('40 000', 40000, 'EUR'), money('60 000 euros', 60000, 'EUR')]],
    ['La tour mesurera 300-350 mètres.', [qty('300', 300, 'm'), qty('350 mètres', 350, 'm')]],
    ['Les marges varient de 12 % à 18 %.', [pct('12 %', 12), pct('18 %', 18)]],
    ['Les taux se situent entre 4,25 et 4,5 %.', [pct('4,25', 4.25), pct('4,5 %', 4.5)]],
    ['Chaque module pèse de 2 à 3 tonnes.', [qty('2', 2, 'tonne'), qty('3 tonnes', 3, 'tonne')]],
    ['Le parc attend de 1,5 à 2 millions de visiteurs.', [qty('1,5', 1500000, 'visiteur'), qty('2 millions de visiteurs', 2000000, 'visiteur')]],
    ['Entre 10 000 et 12 000 supporters sont venus.', [qty('10 000', 10000, 'supporter'), qty('12 000 supporters', 12000, 'supporter')]],
    ['Les analystes tablent sur une croissance de 2 à 2,5 %.', [pct('2', 2, UP), pct('2,5 %', 2.5)]],
    ['L\'essai portera sur 400 à 600 patients.', [qty('400', 400, 'patient'), qty('600 patients', 600, 'patient')]],
    ['La banque a supprimé 5 000 à 6 000 postes.', [qty('5 000', 5000, 'poste'), qty('6 000 postes', 6000, 'poste')]],
    ['Le trajet fait entre 40 et 50 kilomètres.', [qty('40', 40, 'km'), qty('50 kilomètres', 50, 'km')]],
    ['Les rendements ont évolué entre 1 % et 1,2 %.', [pct('1 %', 1), pct('1,2 %', 1.2)]],
    ['Les coûts vont augmenter de 8 à 12 %.', [pct('8', 8, UP), pct('12 %', 12)]],
    ['Le chantier coûtera de 3 à 5 millions.', [num('3', 3e6), num('5 millions', 5e6)]],
    ['Le groupe vise 20-25 % de part de marché.', [pct('20', 20), pct('25 %', 25)]],
    ['La facture atteindra 15 à 20 milliards de dollars.', [money('15', 15e9, 'USD'), money('20 milliards de dollars', 20e9, 'USD')]],
    ['Entre 30 et 40 navires attendent au large.', [qty('30', 30, 'navire'), qty('40 navires', 40, 'navire')]],
    ['Le loyer varie de 800 à 1 200 euros.', [money('800', 800, 'EUR'), money('1 200 euros', 1200, 'EUR')]],
  ]));
});

describe('recognizers suite 9, French: bornes et comparaisons', () => {
  run('fr', withRef([
    ['Jusqu\'à 20 vols ont été annulés.', [qty('20 vols', 20, 'vol', UP_TO)]],
    ['Les frais peuvent atteindre jusqu\'à 5 %.', [pct('5 %', 5, UP_TO)]],
    ['Des prêts jusqu\'à 50 000 euros sont proposés.', [money('50 000 euros', 50000, 'EUR', UP_TO)]],
    ['Plus de 1 000 personnes ont défilé.', [qty('1 000 personnes', 1000, 'personne', OVER)]],
    ['Moins de 10 % des entreprises ont répondu.', [pct('10 %', 10, UNDER)]],
    ['Au plus 3 candidats restent en lice.', [qty('3 candidats', 3, 'candidat', UP_TO)]],
    ['Au moins 40 banques ont signé.', [qty('40 banques', 40, 'banque', AT_LEAST)]],
    ['Environ 70 % des électeurs approuvent.', [pct('70 %', 70, ABOUT)]],
    ['Près de 9 000 emplois sont menacés.', [qty('9 000 emplois', 9000, 'emploi', ABOUT)]],
    ['Quelque 600 salariés ont été licenciés.', [qty('600 salariés', 600, 'salarié', ABOUT)]],
    ['L\'opération dépasse les 3 milliards d\'euros.', [money('3 milliards d\'euros', 3e9, 'EUR')]],
    ['Au-delà de 500 magasins ont fermé.', [qty('500 magasins', 500, 'magasin', OVER)]],
    ['Un peu moins de 40 % du personnel a voté.', [pct('40 %', 40, UNDER)]],
    ['Un minimum de 12 membres est requis.', [qty('12 membres', 12, 'membre', AT_LEAST)]],
    ['Un maximum de 25 invités est autorisé.', [qty('25 invités', 25, 'invité', UP_TO)]],
    ['La perte est inférieure à 1 %.', [pct('1 %', 1, UNDER)]],
    ['L\'indice a clôturé au-dessus de 5 000 points.', [qty('5 000 points', 5000, 'point', OVER)]],
    ['Plus d\'un quart des ventes se font en ligne.', [pct('un quart', 25, OVER)]],
    ['Les loyers ont augmenté de plus de 7 %.', [pct('7 %', 7, { approx: 'over', direction: 'up' })]],
    ['Pas plus de 30 avions ont décollé.', [qty('30 avions', 30, 'avion', UP_TO)]],
    ['Il faut au moins 60 jours.', [dur('60 jours', 'P60D', AT_LEAST)]],
    ['Il coûte moins de 10 euros.', [money('10 euros', 10, 'EUR', UNDER)]],
    ['Au moins la moitié du personnel est partie.', [pct('moitié', 50, AT_LEAST)]],
    ['La dette est supérieure à 100 % du PIB.', [pct('100 %', 100, OVER)]],
    ['Le taux reste en deçà de 2 %.', [pct('2 %', 2, UNDER)]],
    ['Pas moins de 80 personnes sont portées disparues.', [qty('80 personnes', 80, 'personne', AT_LEAST)]],
    ['Le chômage est passé sous les 7 %.', [pct('7 %', 7)]],
    ['Aux alentours de 150 entreprises ont participé.', [qty('150 entreprises', 150, 'entreprise', ABOUT)]],
    ['Grosso modo 45 % du capital est détenu à l\'étranger.', [pct('45 %', 45, ABOUT)]],
  ]));
});

describe('recognizers suite 9, French: âges', () => {
  run('fr', withRef([
    ['Un homme de 45 ans a été inculpé.', [dur('45 ans', 'P45Y')]],
    ['L\'attaquant de 29 ans a signé.', [dur('29 ans', 'P29Y')]],
    ['Une conductrice âgée de cinquante-cinq ans a été blessée.', [dur('cinquante-cinq ans', 'P55Y')]],
    ['Un chiot de deux mois a été sauvé.', [dur('deux mois', 'P2M')]],
    ['Le fondateur, 81 ans, a passé la main.', [dur('81 ans', 'P81Y')]],
    ['Elle est morte à l\'âge de 91 ans.', [dur('91 ans', 'P91Y')]],
    ['Les enfants de moins de 12 ans voyagent gratuitement.', [dur('12 ans', 'P12Y', UNDER)]],
    ['Les personnes âgées de 30 à 40 ans ont été interrogées.', [dur('30', 'P30Y'), dur('40 ans', 'P40Y')]],
    ['Le nonagénaire a parlé.', [dur('nonagénaire', 'P90Y', AT_LEAST)]],
    ['Un quadragénaire a été interpellé.', [dur('quadragénaire', 'P40Y', AT_LEAST)]],
    ['Il a la trentaine.', []],
    ['Le PDG, 58 ans, partira à la retraite à 65 ans.', [dur('58 ans', 'P58Y'), dur('65 ans', 'P65Y')]],
    ['Un immeuble vieux de 90 ans s\'est effondré.', [dur('90 ans', 'P90Y')]],
    ['Le bébé avait six semaines.', [dur('six semaines', 'P6W')]],
    ['Le vainqueur est âgé de 19 ans.', [dur('19 ans', 'P19Y')]],
    ['La victime, une femme de 78 ans, est décédée.', [dur('78 ans', 'P78Y')]],
    ['Un adolescent de 16 ans a été arrêté.', [dur('16 ans', 'P16Y')]],
    ['Il fête ses 100 ans.', [dur('100 ans', 'P100Y')]],
  ]));
});

describe('recognizers suite 9, French: monnaies moins courantes', () => {
  run('fr', withRef([
    ['Le prêt s\'élève à 2 milliards de rands.', [money('2 milliards de rands', 2e9, 'ZAR')]],
    ['L\'amende atteint 500 millions de nairas.', [money('500 millions de nairas', 5e8, 'NGN')]],
    ['L\'appartement coûte 800 000 zlotys.', [money('800 000 zlotys', 800000, 'PLN')]],
    ['Le fonds détient 30 milliards de renminbis.', [money('30 milliards de renminbis', 3e10, 'CNY')]],
    ['La part vaut 12 milliards de roupies.', [money('12 milliards de roupies', 1.2e10, 'INR')]],
    ['Le contrat vaut 40 milliards de yens.', [money('40 milliards de yens', 4e10, 'JPY')]],
    ['La prime était de 200 000 couronnes suédoises.', [money('200 000 couronnes suédoises', 200000, 'SEK')]],
    ['Le groupe a payé 3 millions de francs suisses.', [money('3 millions de francs suisses', 3e6, 'CHF')]],
    ['La note s\'élève à 1,2 million de dollars de Hong Kong.', [money('1,2 million de dollars de Hong Kong', 1.2e6, 'HKD')]],
    ['Le plan coûte 5 milliards de dollars canadiens.', [money('5 milliards de dollars canadiens', 5e9, 'CAD')]],
    ['La voiture coûte 90 000 shekels.', [money('90 000 shekels', 90000, 'ILS')]],
    ['L\'amende est de 10 millions de livres turques.', [money('10 millions de livres turques', 1e7, 'TRY')]],
    ['Le billet coûte 45 riyals.', [money('45 riyals', 45, 'SAR')]],
    ['L\'État a versé 70 milliards de roubles.', [money('70 milliards de roubles', 7e10, 'RUB')]],
    ['La subvention est de 2 millions de couronnes danoises.', [money('2 millions de couronnes danoises', 2e6, 'DKK')]],
    ['La ferme a été vendue 3 milliards de forints.', [money('3 milliards de forints', 3e9, 'HUF')]],
    ['Le centre commercial a coûté 1 000 milliards de wons.', [money('1 000 milliards de wons', 1e12, 'KRW')]],
    ['L\'obligation a levé 5 000 milliards de roupies indonésiennes.', [money('5 000 milliards de roupies indonésiennes', 5e12, 'IDR')]],
    ['L\'usine a coûté 2 milliards de ringgits.', [money('2 milliards de ringgits', 2e9, 'MYR')]],
    ['Le ticket coûte 300 bahts.', [money('300 bahts', 300, 'THB')]],
    ['L\'amende est de 50 000 pesos mexicains.', [money('50 000 pesos mexicains', 50000, 'MXN')]],
    ['Le prêt est de 8 milliards de réais.', [money('8 milliards de réais', 8e9, 'BRL')]],
    ['Le groupe a levé 1,5 milliard de ZAR.', [money('1,5 milliard de ZAR', 1.5e9, 'ZAR')]],
    ['L\'offre valorise la cible à 400 millions de PLN.', [money('400 millions de PLN', 4e8, 'PLN')]],
    ['Le chiffre d\'affaires atteint 12,4 milliards de CNY.', [money('12,4 milliards de CNY', 1.24e10, 'CNY')]],
    ['Le billet coûte 15 livres égyptiennes.', [money('15 livres égyptiennes', 15, 'EGP')]],
    ['La ferme a perdu 400 millions de shillings kényans.', [money('400 millions de shillings kényans', 4e8, 'KES', DOWN)]],
    ['La mine a rapporté 2 milliards de cédis.', [money('2 milliards de cédis', 2e9, 'GHS')]],
    ['L\'État a dépensé 10 milliards de hryvnias.', [money('10 milliards de hryvnias', 1e10, 'UAH')]],
    ['Il a payé 2 000 couronnes tchèques.', [money('2 000 couronnes tchèques', 2000, 'CZK')]],
    ['Le repas coûte 25 dollars de Singapour.', [money('25 dollars de Singapour', 25, 'SGD')]],
    ['Le livre coûte 60 dollars néo-zélandais.', [money('60 dollars néo-zélandais', 60, 'NZD')]],
    ['L\'amende atteint 3 millions de pesos argentins.', [money('3 millions de pesos argentins', 3e6, 'ARS')]],
    ['Le contrat vaut 90 millions de francs CFA.', [money('90 millions de francs CFA', 9e7, 'XOF')]],
    ['Le salaire minimum est de 75 000 FCFA.', [money('75 000 FCFA', 75000, 'XOF')]],
    ['Le budget atteint 30 milliards de dinars algériens.', [money('30 milliards de dinars algériens', 3e10, 'DZD')]],
    ['Le loyer est de 4 000 dirhams marocains.', [money('4 000 dirhams marocains', 4000, 'MAD')]],
    ['Le projet coûte 2 milliards de dirhams émiratis.', [money('2 milliards de dirhams émiratis', 2e9, 'AED')]],
    ['La dette atteint 50 milliards de lei.', [money('50 milliards de lei', 5e10, 'RON')]],
    ['Le plein coûte 900 roupies pakistanaises.', [money('900 roupies pakistanaises', 900, 'PKR')]],
    ['Il a échangé 100 francs CFP.', [money('100 francs CFP', 100, 'XPF')]],
  ]));
});

describe('recognizers suite 9, French: rangs', () => {
  run('fr', withRef([
    ['C\'est la vingt-et-unième édition.', [ord('vingt-et-unième édition', 21)]],
    ['Il est arrivé 2e.', [ord('2e', 2)]],
    ['Elle a fini 43e.', [ord('43e', 43)]],
    ['Le 1er prix est allé au Kenya.', [ord('1er prix', 1)]],
    ['C\'est la 1re fois.', [ord('1re', 1)]],
    ['C\'est la 111e session.', [ord('111e session', 111)]],
    ['Le groupe est soixante-treizième du classement.', [ord('soixante-treizième', 73)]],
    ['C\'est le quatrième plus gros rachat.', [ord('quatrième plus gros rachat', 4)]],
    ['C\'est le huitième trimestre consécutif de croissance.', [ord('huitième trimestre', 8)]],
    ['Il s\'est classé quinzième au général.', [ord('quinzième', 15)]],
    ['C\'est la trentième victoire d\'affilée.', [ord('trentième victoire', 30)]],
    ['C\'est leur 500e magasin.', [ord('500e magasin', 500)]],
    ['C\'était le deux cent cinquantième spectacle.', [ord('deux cent cinquantième spectacle', 250)]],
    ['Le XIXe siècle a vu naître l\'usine.', [ord('XIXe siècle', 19)]],
    ['La IVe République est tombée en 1958.', [ord('IVe', 4), date('1958', '1958')]],
    ['C\'est le 2e marché mondial.', [ord('2e marché', 2)]],
    ['Il est le numéro trois du classement.', [ord('numéro trois', 3)]],
    ['Elle a terminé deuxième ex aequo.', [ord('deuxième', 2)]],
    ['Le IIe arrondissement est fermé.', [ord('IIe arrondissement', 2)]],
    ['Il occupe la 3ème place.', [ord('3ème place', 3)]],
    ['La cent-unième édition s\'ouvre.', [ord('cent-unième édition', 101)]],
    ['C\'est la troisième plus grande ville.', [ord('troisième plus grande ville', 3)]],
  ]));
});

describe('recognizers suite 9, French: dates ISO, à barres et écrites', () => {
  run('fr', withRef([
    ['L\'accord a été conclu le 2025-03-04.', [date('2025-03-04', '2025-03-04')]],
    ['Le dépôt est daté du 2024-11-30.', [date('2024-11-30', '2024-11-30')]],
    ['Le vote a eu lieu le 04/03/2025.', [date('04/03/2025', '2025-03-04')]],
    ['La loi a été votée le 31/12/2024.', [date('31/12/2024', '2024-12-31')]],
    ['Le salon ouvre le 4 mars 2025.', [date('4 mars 2025', '2025-03-04')]],
    ['Le salon a ouvert le mardi 4 mars 2025.', [date('mardi 4 mars 2025', '2025-03-04')]],
    ['Le plan démarre en sept. 2025.', [date('sept. 2025', '2025-09')]],
    ['La loi date de févr. 2019.', [date('févr. 2019', '2019-02')]],
    ['L\'échéance est au 15.01.2026.', [date('15.01.2026', '2026-01-15')]],
    ['L\'événement a lieu le 30 sept. 2025.', [date('30 sept. 2025', '2025-09-30')]],
    ['L\'accord a été signé au printemps 2019.', [date('printemps 2019', '2019')]],
    ['Le groupe a été fondé en 1886.', [date('1886', '1886')]],
    ['Le différend remonte à 2003.', [date('2003', '2003')]],
    ['La loi est entrée en vigueur le 1er janvier.', [date('1er janvier', '2025-01-01')]],
    ['Le plan court jusqu\'au 31 décembre 2030.', [date('31 décembre 2030', '2030-12-31')]],
    ['Le groupe est entré en Bourse le 15/09/2008.', [date('15/09/2008', '2008-09-15')]],
    ['La note est datée du 3/4/25.', [date('3/4/25', '2025-04-03')]],
    ['Les titres ont été cotés le 2 avr. 2024.', [date('2 avr. 2024', '2024-04-02')]],
    ['Il a été fondé en l\'an 2000.', [date('an 2000', '2000')]],
    ['Le plan couvre la période 2025-2027.', [date('2025', '2025'), date('2027', '2027')]],
    ['La réunion a eu lieu le 4/3.', [date('4/3', '2025-03-04')]],
    ['La réunion aura lieu le 20/3.', [date('20/3', '2025-03-20')]],
    ['Il est né le 4 III 1990.', [date('4 III 1990', '1990-03-04')]],
    ['L\'acte est daté du 12-VI-1815.', [date('12-VI-1815', '1815-06-12')]],
    ['La vente a eu lieu le 1er mars dernier.', [date('1er mars', '2025-03-01')]],
    ['Les résultats tombent le 30 avril prochain.', [date('30 avril', '2025-04-30')]],
    ['L\'usine a ouvert à la mi-mai 2024.', [date('mi-mai 2024', '2024-05')]],
    ['Le traité a été signé le premier avril 2024.', [date('premier avril 2024', '2024-04-01')]],
    ['La crise a éclaté en octobre 1987.', [date('octobre 1987', '1987-10')]],
  ]));
});

describe('recognizers suite 9, French: dates relatives et jours', () => {
  run('fr', withRef([
    ['L\'accord a été conclu mardi dernier.', [date('mardi dernier', '2025-03-11')]],
    ['L\'accord sera conclu jeudi prochain.', [date('jeudi prochain', '2025-03-13')]],
    ['L\'action a chuté il y a deux jours.', [date('il y a deux jours', '2025-03-10')]],
    ['Le groupe publiera ses comptes dans deux jours.', [date('dans deux jours', '2025-03-14')]],
    ['L\'usine a fermé il y a trois ans.', [date('il y a trois ans', '2022')]],
    ['L\'introduction en Bourse est prévue dans six mois.', [date('dans six mois', '2025-09')]],
    ['Le groupe embauche le mois prochain.', [date('mois prochain', '2025-04')]],
    ['La règle s\'applique à partir de l\'an prochain.', [date('an prochain', '2026')]],
    ['La banque a baissé ses taux cette semaine.', [date('cette semaine', '2025-W11')]],
    ['Le magasin ouvre ce samedi.', [date('ce samedi', '2025-03-15')]],
    ['Le PDG a parlé lundi 10 mars.', [date('lundi 10 mars', '2025-03-10')]],
    ['Le PDG parlera vendredi 14 mars.', [date('vendredi 14 mars', '2025-03-14')]],
    ['L\'usine a ouvert il y a cinq semaines.', [date('il y a cinq semaines', '2025-W06')]],
    ['L\'audit se termine dans dix jours.', [date('dans dix jours', '2025-03-22')]],
    ['Le budget est attendu lundi prochain.', [date('lundi prochain', '2025-03-17')]],
    ['Les comptes sont sortis avant-hier.', [date('avant-hier', '2025-03-10')]],
    ['Le titre a bondi hier.', [date('hier', '2025-03-11')]],
    ['L\'usine rouvre demain.', [date('demain', '2025-03-13')]],
    ['Les ventes ont reculé l\'an dernier.', [date('an dernier', '2024')]],
    ['Le chantier reprend la semaine prochaine.', [date('semaine prochaine', '2025-W12')]],
  ]));
});

describe('recognizers suite 9, French: heures et fuseaux', () => {
  run('fr', withRef([
    ['La conférence débute à 14 h, heure de Paris.', [time('14 h', '14:00')]],
    ['La Bourse ouvre à 9 h heure de Paris.', [time('9 h', '09:00')]],
    ['Le lancement a lieu à 14 h 30 (heure française).', [time('14 h 30', '14:30')]],
    ['Le séisme a frappé à 4 h 32 GMT.', [time('4 h 32', '04:32')]],
    ['Le vote se clôt à 23 h 59, heure locale.', [time('23 h 59', '23:59')]],
    ['La fusée a décollé à 22 h 15 heure locale.', [time('22 h 15', '22:15')]],
    ['Le point presse est à 11 h HEC.', [time('11 h', '11:00')]],
    ['Les cotations reprennent à 13 h 00 (heure de Londres).', [time('13 h 00', '13:00')]],
    ['La séance a été suspendue à 10 h 47 min 12 s.', [time('10 h 47 min 12 s', '10:47:12')]],
    ['Les portes ouvrent à sept heures du soir.', [time('sept heures du soir', '19:00')]],
    ['Le train part à neuf heures vingt.', [time('neuf heures vingt', '09:20')]],
    ['Le bureau ouvre entre 8 h et 9 h.', [time('8 h', '08:00'), time('9 h', '09:00')]],
    ['Le magasin est ouvert de 10 h à 20 h.', [time('10 h', '10:00'), time('20 h', '20:00')]],
    ['La coupure a duré de 15 h 15 à 17 h 40.', [time('15 h 15', '15:15'), time('17 h 40', '17:40')]],
    ['Le rendez-vous est fixé à 18h45.', [time('18h45', '18:45')]],
    ['L\'alerte a été levée à 6 heures du matin.', [time('6 heures du matin', '06:00')]],
    ['Le match débute à 21 heures.', [time('21 heures', '21:00')]],
    ['Il est arrivé à midi et demi.', [time('midi et demi', '12:30')]],
    ['Le train part à 8 heures moins le quart.', [time('8 heures moins le quart', '07:45')]],
    ['La séance reprend à 15 heures, heure de New York.', [time('15 heures', '15:00')]],
  ]));
});

describe('recognizers suite 9, French: périodes des comptes', () => {
  run('fr', withRef([
    ['Le chiffre d\'affaires du S1 2025 a progressé de 4 %.', [date('S1 2025', '2025-H1'), pct('4 %', 4, UP)]],
    ['Le bénéfice a reculé au S2 2024.', [date('S2 2024', '2024-H2')]],
    ['Les ventes du T3 2024 déçoivent.', [date('T3 2024', '2024-Q3')]],
    ['L\'exercice 2024-2025 a été difficile.', [date('exercice 2024', '2024'), date('2025', '2025')]],
    ['Les comptes de l\'exercice 2023 sont publiés.', [date('exercice 2023', '2023')]],
    ['Les ventes ont progressé au premier semestre.', [date('premier semestre', '2025-H1')]],
    ['Le second semestre 2024 a été faible.', [date('second semestre 2024', '2024-H2')]],
    ['La croissance a ralenti au troisième trimestre 2024.', [date('troisième trimestre 2024', '2024-Q3')]],
    ['Les commandes du 1er trimestre 2025 ont bondi.', [date('1er trimestre 2025', '2025-Q1')]],
    ['Le bénéfice a progressé au T4 2024.', [date('T4 2024', '2024-Q4')]],
    ['La saison 2024-2025 est terminée.', [date('2024', '2024'), date('2025', '2025')]],
    ['Les prévisions pour l\'exercice 2026 sont relevées.', [date('exercice 2026', '2026')]],
    ['L\'objectif pour l\'année 2025 est maintenu.', [date('année 2025', '2025')]],
    ['Le budget 2025-26 a été voté.', [date('2025', '2025'), date('26', '2026')]],
    ['Les ventes du premier semestre 2025 ont reculé de 3 %.', [date('premier semestre 2025', '2025-H1'), pct('3 %', 3, DOWN)]],
    ['L\'exercice fiscal 2024 s\'achève en juin.', [date('exercice fiscal 2024', '2024'), date('juin', '2025-06')]],
    // Kept as found: a present tense leaves the period in the reference's year (round 5); a past one places it before.
    ['Le groupe publie ses résultats du 4e trimestre.', [date('4e trimestre', '2025-Q4')]],
    ['Le groupe a publié ses résultats du 4e trimestre.', [date('4e trimestre', '2024-Q4')]],
    ['Le chiffre d\'affaires annuel 2024 a progressé.', [date('2024', '2024')]],
    ['Les ventes du trimestre clos fin décembre ont reculé.', [date('décembre', '2024-12')]],
  ]));
});

describe('recognizers suite 9, French: durées d\'unités mêlées', () => {
  run('fr', withRef([
    ['Le vol dure 2 h 30.', [dur('2 h 30', 'PT2H30M')]],
    ['La peine est d\'un an et six mois.', [dur('un an et six mois', 'P1Y6M')]],
    ['Les négociations ont duré un an et demi.', [dur('un an et demi', 'P1.5Y')]],
    ['L\'ascension a pris 3 heures 45 minutes.', [dur('3 heures 45 minutes', 'PT3H45M')]],
    ['Le record est de 1 min 42 s.', [dur('1 min 42 s', 'PT1M42S')]],
    ['Le prêt court sur 2 ans et 3 mois.', [dur('2 ans et 3 mois', 'P2Y3M')]],
    ['La grève a duré 5 jours et 6 heures.', [dur('5 jours et 6 heures', 'P5DT6H')]],
    ['L\'enquête a pris un an, deux mois et dix jours.', [dur('un an, deux mois et dix jours', 'P1Y2M10D')]],
    ['L\'opération prend 90 secondes.', [dur('90 secondes', 'PT90S')]],
    ['Le trajet dure environ 45 minutes.', [dur('45 minutes', 'PT45M', ABOUT)]],
    ['Le contrat court sur 18 mois.', [dur('18 mois', 'P18M')]],
    ['La panne a duré 36 heures.', [dur('36 heures', 'PT36H')]],
    ['Elle a attendu une heure et demie.', [dur('une heure et demie', 'PT1.5H')]],
    ['Le film dure une heure quarante.', [dur('une heure quarante', 'PT1H40M')]],
    ['Le plan s\'étale sur trois décennies.', [dur('trois décennies', 'P30Y')]],
    ['Cela a pris 2 semaines et 3 jours.', [dur('2 semaines', 'P2W'), dur('3 jours', 'P3D')]],
    ['La fusion a demandé neuf mois.', [dur('neuf mois', 'P9M')]],
    ['La pause a duré 4 min.', [dur('4 min', 'PT4M')]],
    ['Le marathon a été bouclé en 2 h 05 min 30 s.', [dur('2 h 05 min 30 s', 'PT2H5M30S')]],
    ['Il a été absent une semaine et demie.', [dur('une semaine et demie', 'P1.5W')]],
    ['Le trajet prend 1 h 15.', [dur('1 h 15', 'PT1H15M')]],
    ['Le match a duré 1 heure et 50 minutes.', [dur('1 heure et 50 minutes', 'PT1H50M')]],
  ]));
});

describe('recognizers suite 9, French: nombres en lettres et en chiffres', () => {
  run('fr', withRef([
    ['Le groupe compte quarante-deux agences.', [qty('quarante-deux agences', 42, 'agence')]],
    ['La ville a recensé cent cinq décès.', [qty('cent cinq décès', 105, 'décès')]],
    ['Le fonds possède neuf mille logements.', [qty('neuf mille logements', 9000, 'logement')]],
    ['Le groupe a vendu 1 234 567 unités.', [qty('1 234 567 unités', 1234567, 'unité')]],
    ['Le ratio est de 0,75.', [num('0,75', 0.75)]],
    ['L\'indice a gagné 12,5 points.', [qty('12,5 points', 12.5, 'point', UP)]],
    ['Le service compte soixante-dix-sept agents.', [qty('soixante-dix-sept agents', 77, 'agent')]],
    ['La commune compte quatre-vingt-dix-neuf habitants.', [qty('quatre-vingt-dix-neuf habitants', 99, 'habitant')]],
    ['Le site a 3,5 millions d\'abonnés.', [qty('3,5 millions d\'abonnés', 3500000, 'abonné')]],
    ['La flotte compte une douzaine de navires.', [qty('une douzaine de navires', 12, 'navire')]],
    ['Le score était de zéro.', [num('zéro', 0)]],
    ['La ville compte trois cent mille habitants.', [qty('trois cent mille habitants', 300000, 'habitant')]],
    ['Le nombre est passé à sept millions.', [num('sept millions', 7000000)]],
    ['Le groupe a fabriqué cinq cent soixante voitures.', [qty('cinq cent soixante voitures', 560, 'voiture')]],
    ['La commune compte 2.500 habitants.', [qty('2.500 habitants', 2500, 'habitant')]],
    ['Il y a soixante et onze candidats.', [qty('soixante et onze candidats', 71, 'candidat')]],
    ['La salle compte mille deux cents places.', [qty('mille deux cents places', 1200, 'place')]],
    ['Il a obtenu deux mille vingt-cinq voix.', [qty('deux mille vingt-cinq voix', 2025, 'voix')]],
  ]));
});

describe('recognizers suite 9, French: pourcentages et points', () => {
  run('fr', withRef([
    ['Le taux est de 3,75 %.', [pct('3,75 %', 3.75)]],
    ['Le soutien a gagné deux points de pourcentage.', [pct('deux points de pourcentage', 2, UP)]],
    ['Le rendement a reculé de 15 points de base.', [qty('15 points de base', 15, 'point de base', DOWN)]],
    ['La taxe est de vingt pour cent.', [pct('vingt pour cent', 20)]],
    ['La banque détient 9,9 % du capital.', [pct('9,9 %', 9.9)]],
    ['L\'inflation a ralenti à 2,4 % en février.', [pct('2,4 %', 2.4), date('février', '2025-02')]],
    ['Un droit de douane de 100 % a été imposé.', [pct('100 %', 100)]],
    ['La participation est tombée à 48 % contre 55 %.', [pct('48 %', 48), pct('55 %', 55)]],
    ['Les ventes ont bondi de 150 %.', [pct('150 %', 150, UP)]],
    ['La marge est de 0,3 %.', [pct('0,3 %', 0.3)]],
    ['Le taux est de 1,5 pour cent.', [pct('1,5 pour cent', 1.5)]],
    ['Le taux d\'alcool est de 0,5 ‰.', [pct('0,5 ‰', 0.05)]],
  ]));
});

describe('recognizers suite 9, French: mesures et températures', () => {
  run('fr', withRef([
    ['La ligne fait 120 km.', [qty('120 km', 120, 'km')]],
    ['Le puits produit 50 000 barils par jour.', [qty('50 000 barils par jour', 50000, 'bpd')]],
    ['La puce est gravée en 3 nanomètres.', [qty('3 nanomètres', 3, 'nm')]],
    ['Le téléphone pèse 190 grammes.', [qty('190 grammes', 190, 'g')]],
    ['La centrale a une capacité de 500 mégawatts.', [qty('500 mégawatts', 500, 'MW')]],
    ['Le disque contient 2 téraoctets.', [qty('2 téraoctets', 2, 'To')]],
    ['La voiture a atteint 250 km/h.', [qty('250 km/h', 250, 'km/h')]],
    ['Il faisait moins 15 degrés.', [qty('moins 15 degrés', -15, 'degré', DOWN)]],
    ['La chaleur a atteint 41 °C à Séville.', [qty('41 °C', 41, '°C')]],
    ['Les températures iront de 5 à 12 °C.', [qty('5', 5, '°C'), qty('12 °C', 12, '°C')]],
    ['Le fleuve est monté de 2,5 mètres.', [qty('2,5 mètres', 2.5, 'm', UP)]],
    ['Le gazoduc transporte 30 milliards de mètres cubes de gaz par an.', [qty('30 milliards de mètres cubes', 3e10, 'm³')]],
    ['La ferme couvre 300 hectares.', [qty('300 hectares', 300, 'hectare')]],
    ['La fièvre est montée à 39,5 °C.', [qty('39,5 °C', 39.5, '°C')]],
    // A capital F apart after a number is the franc, a temperature or a letter: only a word of the weather near decides (°F).
    ['Un billet de 100 F de l\'époque.', [num('100', 100)]],
    ['Il fait 40 F à l\'ombre.', [num('40', 40)]],
  ]));
});

describe('recognizers suite 9, French: dates et heures', () => {
  run('fr', withRef([
    ['Le vote a lieu le 20 mars à 10 heures.', [date('20 mars', '2025-03-20'), time('10 heures', '10:00')]],
    ['L\'incendie s\'est déclaré le 2 mars 2025 à 23 h 10.', [date('2 mars 2025', '2025-03-02'), time('23 h 10', '23:10')]],
    ['L\'offre expire à 17 heures le 1er avril 2025.', [time('17 heures', '17:00'), date('1er avril 2025', '2025-04-01')]],
    ['L\'explosion a eu lieu hier à 6 h 45.', [date('hier', '2025-03-11'), time('6 h 45', '06:45')]],
    ['Le match a lieu demain à 15 heures.', [date('demain', '2025-03-13'), time('15 heures', '15:00')]],
    ['Les marchés ferment à midi aujourd\'hui.', [time('midi', '12:00'), date('aujourd\'hui', '2025-03-12')]],
    ['Le vol est parti le 2025-03-01T06:30.', [date('2025-03-01', '2025-03-01'), time('06:30', '06:30')]],
    ['Le spectacle a lieu samedi 15 mars à 20 h.', [date('samedi 15 mars', '2025-03-15'), time('20 h', '20:00')]],
    ['Le sommet s\'ouvre le lundi 17 mars à 9 h 30, heure de Bruxelles.', [date('lundi 17 mars', '2025-03-17'), time('9 h 30', '09:30')]],
  ]));
});

describe('recognizers suite 9, French: second batch (plages d\'heures, monnaies, rangs, mesures)', () => {
  run('fr', withRef([
    ['Le musée est ouvert entre 10 et 12 heures.', [time('10', '10:00'), time('12 heures', '12:00')]],
    ['La ligne est coupée de 1 à 5 heures.', [time('1', '01:00'), time('5 heures', '05:00')]],
    ['Il a travaillé de 8 à 11 heures par jour.', [dur('8', 'PT8H'), dur('11 heures', 'PT11H')]],
    ['Le guichet sera fermé samedi de 9 à 12 heures.', [time('9', '09:00'), time('12 heures', '12:00')]],
    ['La réunion se tiendra de 14 à 16 heures.', [time('14', '14:00'), time('16 heures', '16:00')]],
    ['L\'attente varie de 2 à 4 heures.', [dur('2', 'PT2H'), dur('4 heures', 'PT4H')]],
    ['Le trajet dure de 5 à 6 heures.', [dur('5', 'PT5H'), dur('6 heures', 'PT6H')]],
    ['Le parc est accessible de 7 à 11 heures.', [time('7', '07:00'), time('11 heures', '11:00')]],
    ['L\'addition s\'élève à 5 000 nairas nigérians.', [money('5 000 nairas nigérians', 5000, 'NGN')]],
    ['L\'État a dépensé 2 milliards de roupies pakistanaises.', [money('2 milliards de roupies pakistanaises', 2e9, 'PKR')]],
    ['L\'usine a coûté 9 000 milliards de dôngs.', [money('9 000 milliards de dôngs', 9e12, 'VND')]],
    ['Le prêt atteint 3 milliards de birrs éthiopiens.', [money('3 milliards de birrs éthiopiens', 3e9, 'ETB')]],
    ['L\'amende est de 40 000 dinars jordaniens.', [money('40 000 dinars jordaniens', 40000, 'JOD')]],
    ['Le contrat vaut 600 millions de riyals qatariens.', [money('600 millions de riyals qatariens', 6e8, 'QAR')]],
    ['L\'appartement coûte 12 millions de pesos chiliens.', [money('12 millions de pesos chiliens', 1.2e7, 'CLP')]],
    ['Le marché a coûté 4 milliards de dinars serbes.', [money('4 milliards de dinars serbes', 4e9, 'RSD')]],
    ['Il a payé 1 500 francs burundais.', [money('1 500 francs burundais', 1500, 'BIF')]],
    ['Le budget est de 80 milliards de francs congolais.', [money('80 milliards de francs congolais', 8e10, 'CDF')]],
    ['Nous sommes au XXIe siècle.', [ord('XXIe siècle', 21)]],
    ['C\'était la vingt-deuxième tentative.', [ord('vingt-deuxième tentative', 22)]],
    ['C\'est son centième anniversaire.', [ord('centième anniversaire', 100)]],
    ['C\'est son 1000e match.', [ord('1000e match', 1000)]],
    ['Le groupe est le troisième employeur du pays.', [ord('troisième employeur', 3)]],
    ['La boîte mesure 5 pieds.', [qty('5 pieds', 5, 'pied')]],
    ['Le parc s\'étend sur 3 km².', [qty('3 km²', 3, 'km²')]],
    ['La cuve contient 10 mètres cubes.', [qty('10 mètres cubes', 10, 'm³')]],
    ['Entre cinq et dix personnes ont été blessées.', [qty('cinq', 5, 'personne'), qty('dix personnes', 10, 'personne')]],
    ['Le plan coûte de trois à quatre millions d\'euros.', [money('trois', 3e6, 'EUR'), money('quatre millions d\'euros', 4e6, 'EUR')]],
    ['L\'enquête a interrogé des jeunes de 16 à 24 ans.', [dur('16', 'P16Y'), dur('24 ans', 'P24Y')]],
    ['La note est datée du 14.02.2024.', [date('14.02.2024', '2024-02-14')]],
    ['La grève a duré 2 jours, 4 heures et 10 minutes.', [dur('2 jours, 4 heures et 10 minutes', 'P2DT4H10M')]],
    ['L\'interdiction court 3 ans, 6 mois.', [dur('3 ans, 6 mois', 'P3Y6M')]],
    // Une partie avant l'unité de temps d'un taux est le compte du taux, pas une partie de la durée d'avant (revue).
    ['Il y a travaillé 10 ans, 5 jours par semaine.', [dur('10 ans', 'P10Y'), dur('5 jours', 'P5D')]],
    ['Il y a travaillé 10 ans et 5 jours par semaine.', [dur('10 ans', 'P10Y'), dur('5 jours', 'P5D')]],
    ['La production a reculé de 5 %, 3 mois après la baisse.', [pct('5 %', 5, DOWN), dur('3 mois', 'P3M')]],
    ['Il a attendu 2 heures, 30 personnes étaient devant lui.', [dur('2 heures', 'PT2H'), qty('30 personnes', 30, 'personne')]],
    ['Le tarif va de 50 à 75 centimes.', [money('50', 0.5, 'EUR'), money('75 centimes', 0.75, 'EUR')]],
    ['Le trajet prend 1 h 45.', [dur('1 h 45', 'PT1H45M')]],
    ['Le conseil se réunira le jeudi 12 à 10 heures.', [date('jeudi 12', '2025-06-12'), time('10 heures', '10:00')]],
    ['Le vote a lieu mardi 18.', [date('mardi 18', '2025-03-18')]],
    ['La manifestation s\'est tenue samedi 8.', [date('samedi 8', '2025-03-08')]],
    ['Il est arrivé vers 6 h 10 min.', [time('6 h 10 min', '06:10')]],
    ['Le record a été battu en 2 h 01 min 09 s.', [dur('2 h 01 min 09 s', 'PT2H1M9S')]],
    ['Il est né le 1er V 1950.', [date('1er V 1950', '1950-05-01')]],
  ]));
});

describe('recognizers suite 9, French: third batch (fourchettes à symboles, signes, horaires, plages de jours)', () => {
  run('fr', withRef([
    ['Les billets coûtent de 5 € à 10 €.', [money('5 €', 5, 'EUR'), money('10 €', 10, 'EUR')]],
    ['Les rendements ont oscillé entre -2 % et 3 %.', [pct('-2 %', -2, DOWN), pct('3 %', 3)]],
    ['Le groupe prévoit 2 à 3 Md€ d\'économies.', [money('2', 2e9, 'EUR'), money('3 Md€', 3e9, 'EUR')]],
    ['Le contrat vaut entre 10 et 12 M€.', [money('10', 1e7, 'EUR'), money('12 M€', 1.2e7, 'EUR')]],
    ['Le fonds a rapporté 7-9 %.', [pct('7', 7), pct('9 %', 9)]],
    ['Les négociations ont duré de 9 h à 12 h 30.', [time('9 h', '09:00'), time('12 h 30', '12:30')]],
    ['Le guichet est ouvert 9h-12h30.', [time('9h', '09:00'), time('12h30', '12:30')]],
    ['Le salon se tient du lundi 17 au vendredi 21 mars.', [date('lundi 17', '2025-03-17'), date('vendredi 21 mars', '2025-03-21')]],
    ['L\'usine a fermé du 3 au 7 mars 2025.', [date('3', '2025-03-03'), date('7 mars 2025', '2025-03-07')]],
    ['Le bureau est fermé les 3-7 mars.', [date('3', '2025-03-03'), date('7 mars', '2025-03-07')]],
    ['Le spectacle a eu lieu en juin et juillet 2024.', [date('juin', '2024-06'), date('juillet 2024', '2024-07')]],
    ['La production a progressé sur les neuf premiers mois de 2024.', [dur('neuf premiers mois', 'P9M'), date('2024', '2024')]],
    ['Le rendement atteint au moins 3 % et jusqu\'à 5 %.', [pct('3 %', 3, AT_LEAST), pct('5 %', 5, UP_TO)]],
    ['L\'inflation est attendue à 2 % ou plus.', [pct('2 %', 2, AT_LEAST)]],
    ['Seuls 3 électeurs sur 10 approuvent.', [pct('3 électeurs sur 10', 30)]],
    ['Le titre a encore gagné 4,5 %.', [pct('4,5 %', 4.5, UP)]],
    ['L\'entreprise vaut 1,5 fois son chiffre d\'affaires.', [qty('1,5 fois', 1.5, 'x')]],
    ['Le taux est de 4,5 % par an.', [pct('4,5 %', 4.5)]],
    ['Le prêt court sur 30 ans à 6 %.', [dur('30 ans', 'P30Y'), pct('6 %', 6)]],
    ['Il faut de 3 à 5 jours ouvrés.', [dur('3', 'P3D'), dur('5 jours', 'P5D')]],
    ['Le médicament a réduit les décès d\'un tiers.', [pct('un tiers', 33.333333, DOWN)]],
    ['Les coûts ont triplé.', []],
    ['Il a couru 12 marathons en 12 mois.', [qty('12 marathons', 12, 'marathon'), dur('12 mois', 'P12M')]],
    ['La ville est à 40 km de Paris.', [qty('40 km', 40, 'km')]],
    ['Le groupe a gagné 3,2 millions d\'euros en 2024.', [money('3,2 millions d\'euros', 3.2e6, 'EUR', UP), date('2024', '2024')]],
    ['L\'indice a perdu 300 points, soit 1,2 %.', [qty('300 points', 300, 'point', DOWN), pct('1,2 %', 1.2)]],
    ['L\'abonnement coûte 4,99 € par mois.', [money('4,99 €', 4.99, 'EUR')]],
    ['Les prix sont en hausse de 10 % sur un an.', [pct('10 %', 10, UP), dur('un an', 'P1Y')]],
    ['Le vote est fixé au 20 mars.', [date('20 mars', '2025-03-20')]],
    ['Le texte a été adopté à 9 voix contre 0.', [qty('9 voix', 9, 'voix'), num('0', 0)]],
    ['L\'échéance est fixée à fin juin.', [date('juin', '2025-06')]],
    ['Le groupe publiera ses comptes à la mi-avril.', [date('mi-avril', '2025-04')]],
    ['Le chiffre d\'affaires a atteint 1,2 Md$.', [money('1,2 Md$', 1.2e9, 'USD')]],
    ['La facture atteint 2,5 milliards de francs suisses.', [money('2,5 milliards de francs suisses', 2.5e9, 'CHF')]],
    ['Il a vendu 3 000 exemplaires en 48 heures.', [qty('3 000 exemplaires', 3000, 'exemplaire'), dur('48 heures', 'PT48H')]],
    ['La séance a été levée à 23 h 59 min.', [time('23 h 59 min', '23:59')]],
    ['L\'accord a été signé le 1er mars à 0 h 30.', [date('1er mars', '2025-03-01'), time('0 h 30', '00:30')]],
    ['La loi a été promulguée le 12 VI 2024.', [date('12 VI 2024', '2024-06-12')]],
    ['Il a passé deux ans, trois mois et cinq jours en prison.', [dur('deux ans, trois mois et cinq jours', 'P2Y3M5D')]],
    ['Les employés de 18 à 25 ans sont concernés.', [dur('18', 'P18Y'), dur('25 ans', 'P25Y')]],
  ]));
});
