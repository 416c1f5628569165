// Quantities with their unit of measure, and numbers that are part of a stock index's name.
import { dur, money, num, pct, qty, run } from './figures-support';

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

describe('figures: quantities with their unit of measure', () => {
  run('fr', [
    ['Il mesure 1,70 m.', [qty('1,70 m', 1.7, 'm')]],
    ['Il mesure 1,70m.', [qty('1,70m', 1.7, 'm')]],
    ['Il fait 25 °C à Paris.', [qty('25 °C', 25, '°C')]],
    ['Il a fait 25°C hier.', [qty('25°C', 25, '°C')]],
    ['Il fera 25 degrés Celsius.', [qty('25 degrés Celsius', 25, '°C')]],
    ['Il a fait -5 °C cette nuit.', [qty('-5 °C', -5, '°C', { direction: 'down' })]],
    ['Il fera moins cinq degrés Celsius.', [qty('moins cinq degrés Celsius', -5, '°C', { direction: 'down' })]],
    ['La vitesse est limitée à 130 km/h.', [qty('130 km/h', 130, 'km/h')]],
    ['Il roulait à 80 kilomètres par heure.', [qty('80 kilomètres par heure', 80, 'km/h')]],
    ['Un appartement de 50 m² et une cave de 10 m³.', [qty('50 m²', 50, 'm²'), qty('10 m³', 10, 'm³')]],
    ["Le sommet culmine à 3 000 m d'altitude.", [qty('3 000 m', 3000, 'm')]],
    ['Un débit de 100 Mbit/s.', [qty('100 Mbit/s', 100, 'Mbit/s')]],
    ['Un angle de 90°.', [qty('90°', 90, '°')]],
    ['Il a franchi 6m03 à la perche.', [qty('6m03', 6.03, 'm')]],
    ['Le parc couvre 3,5 millions de m².', [qty('3,5 millions de m²', 3.5e6, 'm²')]],
    ['La sonde a parcouru 180 milliards de kilomètres.', [qty('180 milliards de kilomètres', 1.8e11, 'km')]],
    // A capital M is a scale (before de and a noun) or nothing; with a currency, millions.
    ['Le service compte 1,2 M de clients.', [qty('1,2 M de clients', 1.2e6, 'client')]],
    ['Un budget de 10 m€.', [money('10 m€', 1e7, 'EUR')]],
  ]);
  run('en', [
    ['He is 1.70 m tall.', [qty('1.70 m', 1.7, 'm')]],
    ['He is 1.70m tall.', [qty('1.70m', 1.7, 'm')]],
    ['It was 77°F in Austin.', [qty('77°F', 77, '°F')]],
    ['It was 25 °C in Lyon.', [qty('25 °C', 25, '°C')]],
    ['It fell to minus five degrees Fahrenheit.', [qty('minus five degrees Fahrenheit', -5, '°F', { direction: 'down' })]],
    ['Winds reached 60 mph.', [qty('60 mph', 60, 'mph')]],
    ['Winds reached 90 miles per hour.', [qty('90 miles per hour', 90, 'mph')]],
    ['The store covers 14,000 square feet.', [qty('14,000 square feet', 14000, 'sq ft')]],
    ['It pumps 500 barrels per day.', [qty('500 barrels per day', 500, 'bpd')]],
    ['They bought a 10m yacht.', [qty('10m', 10, 'm')]],
    ['The mall adds 3 million square feet.', [qty('3 million square feet', 3e6, 'sq ft')]],
    // Metres and centimetres glued are French only.
    ['He is 1m80.', []],
    // English 5m is mostly millions: no metre before a plural nor alone; a currency makes it money.
    ['The app has 5m users.', []],
    ['Sales rose to 5m.', []],
    ['He won the 100m hurdles.', []],
    ['A £5m deal.', [money('£5m', 5e6, 'GBP')]],
  ]);
});

describe('figures: a unit joined to its number by a hyphen', () => {
  run('en', [
    // The singular reads as the plural does.
    ['A 1 kilometer walk and 1 square mile of land.', [qty('1 kilometer', 1, 'km'), qty('1 square mile', 1, 'sq mi')]],
    ['The bar weighs 1 kilogram.', [qty('1 kilogram', 1, 'kg')]],
    ['They ran a 10-mile race.', [qty('10-mile', 10, 'mile')]],
    ['A 5.2-kilometer track.', [qty('5.2-kilometer', 5.2, 'km')]],
    ['A 3.5-ton truck.', [qty('3.5-ton', 3.5, 'ton')]],
    ['A 12-inch screen.', [qty('12-inch', 12, 'inch')]],
    // A scale or a currency after a hyphen: the decimal is kept (it was read as 5).
    ['A $5.2-billion deal.', [money('$5.2-billion', 5.2e9, 'USD')]],
    ['A $5-billion deal.', [money('$5-billion', 5e9, 'USD')]],
    ['A 1.5-million-dollar house.', [money('1.5-million-dollar', 1.5e6, 'USD')]],
    ['A 2-million-euro fine.', [money('2-million-euro', 2e6, 'EUR')]],
    // A unit of time after a decimal; an integer one stays one adjective.
    ['A 2.5-hour meeting.', [dur('2.5-hour', 'PT2.5H')]],
    ['A 30-day period.', [dur('30-day', 'P30D')]],
    // A letter is no unit: a filing, a model.
    ['The 10-K filing.', []],
    ['Boeing 737-800 jets.', []],
  ]);
  run('fr', [
    ['Un lingot de 1 kilo.', [qty('1 kilo', 1, 'kg')]],
    ['Une éolienne de 1 mégawatt.', [qty('1 mégawatt', 1, 'MW')]],
  ]);
});
