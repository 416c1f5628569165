// Clock times said with words, and the hours that stay durations.
import { date, dur, num, pct, qty, run, time } from './figures-support';

describe('figures: French clock times in words', () => {
  run('fr', [
    ['Le conseil se réunit à midi.', [time('midi', '12:00')]],
    ["L'assaut est donné aux alentours de minuit.", [time('minuit', '00:00')]],
    ['Minuit sonne à peine.', [time('Minuit', '00:00')]],
    ['Rendez-vous à midi et demi.', [time('midi et demi', '12:30')]],
    ['Il est parti à midi moins le quart.', [time('midi moins le quart', '11:45')]],
    ['La séance ouvre à 15 heures 30.', [time('15 heures 30', '15:30')]],
    ['Le vote a lieu à huit heures du matin.', [time('huit heures du matin', '08:00')]],
    ['Le train arrive vers 8 h du soir.', [time('8 h du soir', '20:00')]],
    ['Elle est rentrée à 11 heures du soir.', [time('11 heures du soir', '23:00')]],
    ["Il est passé à 3 heures de l'après-midi.", [time("3 heures de l'après-midi", '15:00')]],
    ["L'incendie a pris à une heure du matin.", [time('une heure du matin', '01:00')]],
    // Without a lead, the part of the day alone makes it a time.
    ['Les sirènes ont retenti 2 heures du matin.', [time('2 heures du matin', '02:00')]],
    ['Départ à 3 heures moins le quart.', [time('3 heures moins le quart', '02:45')]],
    ['Départ à 3 heures moins dix.', [time('3 heures moins dix', '02:50')]],
    ['Départ à huit heures et quart.', [time('huit heures et quart', '08:15')]],
    ['Rendez-vous à 8 heures trente.', [time('8 heures trente', '08:30')]],
    ['Il est 15 heures à Paris.', [time('15 heures', '15:00')]],
    ['Les bureaux ouvrent à partir de 9 heures.', [time('9 heures', '09:00')]],
    ['A 10 heures 32, le ministre arrive.', [time('10 heures 32', '10:32')]],
    ['Bloqué à 5 heure locale.', [time('5 heure', '05:00')]],
    // A range of clock times: both ends.
    ['Le magasin est ouvert de 9 heures à 17 heures.', [time('9 heures', '09:00'), time('17 heures', '17:00')]],
    ['La grève a lieu entre 14 heures et 16 heures.', [time('14 heures', '14:00'), time('16 heures', '16:00')]],
    ['Il ouvre de 10 heures à 19 heures 30.', [time('10 heures', '10:00'), time('19 heures 30', '19:30')]],
  ]);
});

describe('figures: French hours that stay durations', () => {
  run('fr', [
    ['Elle a couru le marathon en 2 heures 56.', [dur('2 heures 56', 'PT2H56M')]],
    ['Le vol a duré 9 heures 22 minutes.', [dur('9 heures 22 minutes', 'PT9H22M')]],
    ['La réunion a duré trois heures et demie.', [dur('trois heures et demie', 'PT3.5H')]],
    // "de" after the hours: how long or how far, not when.
    ['Après 8 heures de négociations, un accord.', [dur('8 heures', 'PT8H')]],
    ['La ville est à 3 heures de route.', [dur('3 heures', 'PT3H')]],
    ['Il a 15 heures de retard.', [dur('15 heures', 'PT15H')]],
    // No hour 24, and the south of France is no noon.
    ['Au bout de 24 heures, le calme.', [dur('24 heures', 'PT24H')]],
    ['Comptez entre 2 heures et 3 heures de route.', [dur('2 heures', 'PT2H'), dur('3 heures', 'PT3H')]],
    ['La séance a duré une heure et demie.', [dur('une heure et demie', 'PT1.5H')]],
    ['Il a passé un an et demi en prison.', [dur('un an et demi', 'P1.5Y')]],
    ['Il vit dans le midi.', []],
    ["En fin d'après midi, ils sont partis.", []],
    // Minutes are two digits and no count of a noun.
    ['à 15 heures 30 000 personnes défilaient.', [time('15 heures', '15:00'), qty('30 000 personnes', 30000, 'personne')]],
  ]);
});

describe('figures: English clock times in words', () => {
  run('en', [
    ['The board meets at noon.', [time('noon', '12:00')]],
    ['Polls close at midnight.', [time('midnight', '00:00')]],
    ['Trading resumes at 12 noon.', [time('12 noon', '12:00')]],
    ['The deadline is midday on Friday.', [time('midday', '12:00')]],
    ["The vote is at 3 o'clock.", [time("3 o'clock", '03:00')]],
    ["It ended at eleven o'clock in the morning.", [time("eleven o'clock in the morning", '11:00')]],
    ["They met at three o'clock in the afternoon.", [time("three o'clock in the afternoon", '15:00')]],
    ['The call starts at half past two.', [time('half past two', '02:30')]],
    ['The call starts at a quarter to five.', [time('a quarter to five', '04:45')]],
    ['Doors open at quarter past 3.', [time('quarter past 3', '03:15')]],
    ['The vote is at ten to six.', [time('ten to six', '05:50')]],
    ['Markets reopen at ten past nine.', [time('ten past nine', '09:10')]],
    ['The plant stops at 8 in the evening.', [time('8 in the evening', '20:00')]],
    ['The blast came twenty past eleven at night.', [time('twenty past eleven at night', '23:20')]],
    ['The call is at 9.30am.', [time('9.30am', '09:30')]],
    ['Doors open at 2.30 pm.', [time('2.30 pm', '14:30')]],
    // The first end of a range takes the half of the day of the second.
    ['Polls are open between 2 and 4 p.m.', [time('2', '14:00'), time('4 p.m.', '16:00')]],
    // Four digits before a time zone (news-agency style).
    ['Trading halted at 1430 GMT on Friday.', [time('1430', '14:30')]],
    ['The statement came at 0800 GMT.', [time('0800', '08:00')]],
    ['The office opens from 9 to 11 a.m.', [time('9', '09:00'), time('11 a.m.', '11:00')]],
  ]);
});

describe('figures: English counts that are no clock times', () => {
  run('en', [
    // Minutes before the hour need a word placing the time in the day; a unit or noun after ends it.
    ['Profit grew from five to ten.', [num('five', 5), num('ten', 10)]],
    ['Margins rose from five to ten percent.', [pct('five', 5), pct('ten percent', 10)]],
    ['He scored ten past nine points.', [num('ten', 10), qty('nine points', 9, 'point')]],
    ['Half of the staff left.', [pct('Half', 50)]],
    ['It took an hour and a half.', [dur('an hour and a half', 'PT1.5H')]],
    // Four digits without a time zone are no clock time: after "in" a year (README: years before 1900), else a number.
    ['In 1430 and in 2025, prices rose.', [date('1430', '1430'), date('2025', '2025')]],
    ['Output was 1430 in 2025.', [num('1430', 1430), date('2025', '2025')]],
    ['The Midnight Sun.', []],
  ]);
});
