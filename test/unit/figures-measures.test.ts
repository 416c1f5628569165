// Quantities with their unit of measure, and numbers that are part of a stock index's name.
import { num, pct, qty, run } from './figures-support';

describe('figures: stock index names are no figures', () => {
  run('fr', [
    ['Le CAC 40 a progressé de 1,2 %.', [pct('1,2 %', 1.2, { direction: 'up' })]],
    ["L'indice SBF 120 et le Stoxx 600 ont reculé.", []],
    ["L'Euro Stoxx 50 a fini à 5 300 points.", [qty('5 300 points', 5300, 'point')]],
    ['Des sociétés du CAC 40, en particulier Engie.', []],
  ]);
  run('en', [
    ['The S&P 500 fell 2% while the FTSE 100 rose.', [pct('2%', 2, { direction: 'down' })]],
    ['The Nikkei 225 and the Russell 2000 index gained.', []],
    ['The DAX 40 closed at 18,000.', [num('18,000', 18000)]],
    // A number after other words stays one.
    ['The top 40 companies.', [qty('40 companies', 40, 'company')]],
  ]);
});
