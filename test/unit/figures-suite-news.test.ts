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
