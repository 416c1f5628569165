// Round 6 of the recognizer table, English (written for this suite, annotated by hand before the analyzer ran): where
// the earlier rounds were thin. Ranges in words and with from/between and every qualifier on every kind; fractions and
// mixed numbers; scale suffixes; signs and accounting brackets; ordinals in words up to the hundreds; currencies by name;
// units of measure, speed, data and area; temperatures; ages; dates in every order and relative ones; clock times and
// their ranges; durations; date ranges and periods; sets. Each case lists every figure of the text, in order (see
// figures-support.ts); REF is a Wednesday.
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN, ABOUT, OVER, UNDER, AT_LEAST, UP_TO, BY, withContext, type Case } from './figures-support';

const REF = { refDate: '2025-06-18' };

/** The cases of this table, read against REF. */
const withRef = withContext(REF);

describe('recognizers suite 6, English: ranges and bounds', () => {
  run('en', withRef([
    ['Between 200 and 300 people attended.', [qty('200', 200, 'people'), qty('300 people', 300, 'people')]],
    ['The fine ranges from $5,000 to $10,000.', [money('$5,000', 5000, 'USD'), money('$10,000', 10000, 'USD')]],
    ['Growth should be between 1.5% and 2%.', [pct('1.5%', 1.5), pct('2%', 2)]],
    ['The walk is between 4 and 6 kilometres.', [qty('4', 4, 'km'), qty('6 kilometres', 6, 'km')]],
    ['The project will take from three to five years.', [dur('three', 'P3Y'), dur('five years', 'P5Y')]],
    ['The plan costs between two and three billion dollars.', [money('two', 2000000000, 'USD'), money('three billion dollars', 3000000000, 'USD')]],
    ['Temperatures will reach between 30 and 35 degrees Celsius.', [qty('30', 30, '°C'), qty('35 degrees Celsius', 35, '°C')]],
    ['The tickets cost from 20 to 40 pounds.', [money('20', 20, 'GBP'), money('40 pounds', 40, 'GBP')]],
    ['The firm employs between 50 and 60 engineers.', [qty('50', 50, 'engineer'), qty('60 engineers', 60, 'engineer')]],
    ['The plant needs 10 to 12 megawatts.', [qty('10', 10, 'MW'), qty('12 megawatts', 12, 'MW')]],
    ['More than 5,000 runners took part.', [qty('5,000 runners', 5000, 'runner', OVER)]],
    ['Less than 3% of the budget goes to research.', [pct('3%', 3, UNDER)]],
    ['At least 40 houses were destroyed.', [qty('40 houses', 40, 'house', AT_LEAST)]],
    ['The car can reach up to 250 km/h.', [qty('250 km/h', 250, 'km/h', UP_TO)]],
    ['The pay rise is at most 2 percent.', [pct('2 percent', 2, UP_TO)]],
    ['Fewer than 100 tickets remain.', [qty('100 tickets', 100, 'ticket', UNDER)]],
    ['The trip took more than six hours.', [dur('six hours', 'PT6H', OVER)]],
    ['The bill is under $50.', [money('$50', 50, 'USD', UNDER)]],
    ['The storm dumped up to 30 centimetres of snow.', [qty('30 centimetres', 30, 'cm', UP_TO)]],
    ['The deal is worth about $4 billion.', [money('$4 billion', 4000000000, 'USD', ABOUT)]],
    ['Roughly 1.2 million households lost power.', [qty('1.2 million households', 1200000, 'household', ABOUT)]],
    ['Nearly 70 percent of voters turned out.', [pct('70 percent', 70, ABOUT)]],
    ['Some 15,000 troops were deployed.', [qty('15,000 troops', 15000, 'troop', ABOUT)]],
    ['The loan is worth upwards of $2 million.', [money('$2 million', 2000000, 'USD', OVER)]],
    ['The firm has no fewer than 12 subsidiaries.', [qty('12 subsidiaries', 12, 'subsidiary', AT_LEAST)]],
    ['The tower is over 300 metres tall.', [qty('300 metres', 300, 'm', OVER)]],
    ['Unemployment is below 4 percent.', [pct('4 percent', 4, UNDER)]],
    ['The chip is almost twice as fast.', []],
    ['The queue stretched for more than two miles.', [qty('two miles', 2, 'mile', OVER)]],
    ['Prices rose by as much as 12%.', [pct('12%', 12, { approx: 'up_to', direction: 'up' })]],
  ]));
});

describe('recognizers suite 6, English: numbers in words, fractions and mixed numbers', () => {
  run('en', withRef([
    ['The firm sold two and a half thousand cars.', [qty('two and a half thousand cars', 2500, 'car')]],
    ['The river rose three and a half metres.', [qty('three and a half metres', 3.5, 'm', UP)]],
    ['The recipe needs one and a half cups of sugar.', [qty('one and a half cups', 1.5, 'cup')]],
    ['He ran 3 3/4 miles.', [qty('3 3/4 miles', 3.75, 'mile')]],
    ['The board is 2 1/2 inches thick.', [qty('2 1/2 inches', 2.5, 'inch')]],
    ['The bond pays 4 1/4 percent.', [pct('4 1/4 percent', 4.25)]],
    ['Three quarters of the staff work from home.', [pct('Three quarters', 75)]],
    ['Two thirds of the members voted yes.', [pct('Two thirds', 66.666667)]],
    ['A fifth of the forest burned.', [pct('A fifth', 20)]],
    ['One in five adults smokes.', [pct('One in five', 20)]],
    ['Nine out of ten doctors agree.', [pct('Nine out of ten', 90)]],
    ['The hall seats four hundred and fifty guests.', [qty('four hundred and fifty guests', 450, 'guest')]],
    ['The town has twelve thousand five hundred residents.', [qty('twelve thousand five hundred residents', 12500, 'resident')]],
    ['The fund holds sixty-five million dollars.', [money('sixty-five million dollars', 65000000, 'USD')]],
    ['The country owes one point two trillion dollars.', [money('one point two trillion dollars', 1200000000000, 'USD')]],
    ['Eleven players took the field.', [qty('Eleven players', 11, 'player')]],
    ['The school has nineteen classrooms.', [qty('nineteen classrooms', 19, 'classroom')]],
    ['The airline flies to ninety-nine cities.', [qty('ninety-nine cities', 99, 'city')]],
    ['The county counted a thousand and one votes.', [qty('a thousand and one votes', 1001, 'vote')]],
    ['The bridge has a hundred and twenty arches.', [qty('a hundred and twenty arches', 120, 'arch')]],
    ['The shop sold a dozen eggs.', [qty('a dozen eggs', 12, 'egg')]],
    ['Three dozen roses were delivered.', [qty('Three dozen roses', 36, 'rose')]],
    ['The value rose to 1.5k.', []],
    ['The channel has 2.3M subscribers.', [qty('2.3M subscribers', 2300000, 'subscriber')]],
    ['The startup raised $3M.', [money('$3M', 3000000, 'USD')]],
    ['The group paid €2bn for the stake.', [money('€2bn', 2000000000, 'EUR')]],
    ['The app has 40k users.', [qty('40k users', 40000, 'user')]],
    ['The budget is $1.2tn.', [money('$1.2tn', 1200000000000, 'USD')]],
    ['The firm earned $450m last year.', [money('$450m', 450000000, 'USD'), date('last year', '2024')]],
    ['Losses reached £75mn.', [money('£75mn', 75000000, 'GBP')]],
  ]));
});

describe('recognizers suite 6, English: signs, negatives and brackets', () => {
  run('en', withRef([
    ['The index closed at -0.8%.', [pct('-0.8%', -0.8, DOWN)]],
    ['Net income was -$12 million.', [money('-$12 million', -12000000, 'USD', DOWN)]],
    ['The balance stood at minus 40 dollars.', [money('minus 40 dollars', -40, 'USD', DOWN)]],
    ['The real yield is negative 0.5 percent.', [pct('negative 0.5 percent', -0.5, DOWN)]],
    ['The reading was -12 °C at dawn.', [qty('-12 °C', -12, '°C', DOWN)]],
    ['It was 15 degrees below zero.', [qty('15 degrees below zero', -15, 'degree', DOWN)]],
    ['The margin improved to +3.2%.', [pct('+3.2%', 3.2, UP)]],
    ['Sales changed by +4% and costs by -2%.', [pct('+4%', 4, UP), pct('-2%', -2, DOWN)]],
    ['The temperature fell to minus 7 degrees Celsius.', [qty('minus 7 degrees Celsius', -7, '°C', DOWN)]],
    ['The lake froze at -3°C.', [qty('-3°C', -3, '°C', DOWN)]],
  ]));
});

describe('recognizers suite 6, English: ordinals', () => {
  run('en', withRef([
    ['It is the one hundred and twenty-first anniversary of the club.', [ord('one hundred and twenty-first anniversary', 121)]],
    ['The tower has a two hundredth floor.', [ord('two hundredth floor', 200)]],
    ['She lives on the forty-second floor.', [ord('forty-second floor', 42)]],
    ['The bank posted its fifteenth straight gain.', [ord('fifteenth straight gain', 15)]],
    ['The team finished thirty-third.', [ord('thirty-third', 33)]],
    ['It is the 250th edition of the fair.', [ord('250th edition', 250)]],
    ['The firm ranks 42nd in the index.', [ord('42nd', 42)]],
    ['It was the 73rd minute of the match.', [ord('73rd minute', 73)]],
    ['The museum celebrates its hundredth year.', [ord('hundredth', 100)]],
    ['He was the sixty-fourth president of the club.', [ord('sixty-fourth president', 64)]],
    ['The eleventh hour came.', [ord('eleventh', 11)]],
    ['The twelfth round was close.', [ord('twelfth round', 12)]],
    ['It was the ninetieth birthday of the queen.', [ord('ninetieth birthday', 90)]],
    ['The 1000th customer got a prize.', [ord('1000th customer', 1000)]],
    ['The fund came second in its class.', [ord('second', 2)]],
  ]));
});

describe('recognizers suite 6, English: currencies by name', () => {
  run('en', withRef([
    ['The deal is worth 3 billion yuan.', [money('3 billion yuan', 3000000000, 'CNY')]],
    ['The ticket costs 1,500 yen.', [money('1,500 yen', 1500, 'JPY')]],
    ['The loan is 200 million rubles.', [money('200 million rubles', 200000000, 'RUB')]],
    ['The fine is 5,000 roubles.', [money('5,000 roubles', 5000, 'RUB')]],
    ['He earns 90,000 rupees a year.', [money('90,000 rupees', 90000, 'INR')]],
    ['The bus costs 2,000 CFA francs.', [money('2,000 CFA francs', 2000, 'XOF')]],
    ['The rent is 1,800 Swiss francs.', [money('1,800 Swiss francs', 1800, 'CHF')]],
    ['The coffee costs 50 pence.', [money('50 pence', 0.5, 'GBP')]],
    ['The stamp costs 85 cents.', [money('85 cents', 0.85, 'USD')]],
    ['The plan costs 40 billion won.', [money('40 billion won', 40000000000, 'KRW')]],
    ['The contract is worth 12 million Australian dollars.', [money('12 million Australian dollars', 12000000, 'AUD')]],
    ['The sale raised 3 million Canadian dollars.', [money('3 million Canadian dollars', 3000000, 'CAD')]],
    ['The project costs 500 million pesos.', [money('500 million pesos', 500000000, 'MXN')]],
    ['The club paid 80 million euros.', [money('80 million euros', 80000000, 'EUR')]],
    ['The firm paid 2 billion Swedish kronor.', [money('2 billion Swedish kronor', 2000000000, 'SEK')]],
    ['The bond raised 10 billion Hong Kong dollars.', [money('10 billion Hong Kong dollars', 10000000000, 'HKD')]],
    ['Reserves hit 1.1 trillion renminbi.', [money('1.1 trillion renminbi', 1100000000000, 'CNY')]],
    ['The bill came to 300 Brazilian reais.', [money('300 Brazilian reais', 300, 'BRL')]],
    ['Bitcoin traded at 2.5 BTC per lot.', [money('2.5 BTC', 2.5, 'BTC')]],
    ['It cost three hundred euros.', [money('three hundred euros', 300, 'EUR')]],
    ['The loan was two thousand pounds sterling.', [money('two thousand pounds sterling', 2000, 'GBP')]],
    ['The coin is worth fifty cents.', [money('fifty cents', 0.5, 'USD')]],
    ['The budget is EUR 3.5 billion.', [money('EUR 3.5 billion', 3500000000, 'EUR')]],
    ['The offer is JPY 800 million.', [money('JPY 800 million', 800000000, 'JPY')]],
    ['Costs hit CNY 20bn.', [money('CNY 20bn', 20000000000, 'CNY')]],
    ['The fee is 15 US dollars.', [money('15 US dollars', 15, 'USD')]],
    ['He won a million dollars.', [money('a million dollars', 1000000, 'USD')]],
    ['The lunch costs €12.50.', [money('€12.50', 12.5, 'EUR')]],
    ['The fare rose to ₹250.', [money('₹250', 250, 'INR')]],
    ['The bag costs £19.99.', [money('£19.99', 19.99, 'GBP')]],
  ]));
});

describe('recognizers suite 6, English: units of measure and temperatures', () => {
  run('en', withRef([
    ['The reservoir holds 40 million cubic metres.', [qty('40 million cubic metres', 40000000, 'm³')]],
    ['The park covers 12 km².', [qty('12 km²', 12, 'km²')]],
    ['The tank holds 500 gallons.', [qty('500 gallons', 500, 'gallon')]],
    ['The bottle holds 2 litres.', [qty('2 litres', 2, 'litre')]],
    ['The ship sails at 18 knots.', [qty('18 knots', 18, 'knot')]],
    ['The line runs at 100 Mbps.', [qty('100 Mbps', 100, 'Mbps')]],
    ['The estate covers 450 hectares.', [qty('450 hectares', 450, 'hectare')]],
    ['The ranch spans 2,000 acres.', [qty('2,000 acres', 2000, 'acre')]],
    ['The lorry carries 20 tonnes.', [qty('20 tonnes', 20, 'tonne')]],
    ['The field produced 8,000 barrels per day.', [qty('8,000 barrels per day', 8000, 'bpd')]],
    ['The laptop weighs 1.3 kilograms.', [qty('1.3 kilograms', 1.3, 'kg')]],
    ['The pipeline is 1,200 miles long.', [qty('1,200 miles', 1200, 'mile')]],
    ['The engine delivers 300 horsepower.', [qty('300 horsepower', 300, 'hp')]],
    ['The chip runs at 3.2 GHz.', [qty('3.2 GHz', 3.2, 'GHz')]],
    ['The wall is 40 feet high.', [qty('40 feet', 40, 'foot')]],
    ['The pool is 25 metres long.', [qty('25 metres', 25, 'm')]],
    ['The cup holds 8 ounces.', [qty('8 ounces', 8, 'ounce')]],
    ['The jet flew at 35,000 feet.', [qty('35,000 feet', 35000, 'foot')]],
    ['The solar farm covers 3 square miles.', [qty('3 square miles', 3, 'sq mi')]],
    ['The office is 5,000 square feet.', [qty('5,000 square feet', 5000, 'sq ft')]],
    ['The wind blew at 90 miles per hour.', [qty('90 miles per hour', 90, 'mph')]],
    ['The card holds 256 gigabytes.', [qty('256 gigabytes', 256, 'GB')]],
    ['The dam produces 2 gigawatts.', [qty('2 gigawatts', 2, 'GW')]],
    ['The dose is 500 mg.', [qty('500 mg', 500, 'mg')]],
    ['The oven reaches 250 degrees Celsius.', [qty('250 degrees Celsius', 250, '°C')]],
    ['It was 98 degrees Fahrenheit.', [qty('98 degrees Fahrenheit', 98, '°F')]],
    ['Highs of 34°C are expected.', [qty('34°C', 34, '°C')]],
    ['The night fell to 5 °F.', [qty('5 °F', 5, '°F')]],
    ['It was twenty degrees below zero.', [qty('twenty degrees below zero', -20, 'degree', DOWN)]],
    ['Water freezes at 32 degrees Fahrenheit.', [qty('32 degrees Fahrenheit', 32, '°F')]],
    ['The road climbs 1,500 metres.', [qty('1,500 metres', 1500, 'm', UP)]],
    ['The tunnel is 57 kilometres long.', [qty('57 kilometres', 57, 'km')]],
    ['The plant emits 3 million tonnes of CO2.', [qty('3 million tonnes', 3000000, 'tonne')]],
    ['The car uses 6 litres per 100 km.', [qty('6 litres', 6, 'litre'), qty('100 km', 100, 'km')]],
    ['The drone flies at 60 kph.', [qty('60 kph', 60, 'km/h')]],
  ]));
});

describe('recognizers suite 6, English: ages', () => {
  run('en', withRef([
    ['A 5-year-old girl was rescued.', [dur('5-year-old', 'P5Y')]],
    ['The twelve-year-old won the prize.', [dur('twelve-year-old', 'P12Y')]],
    ['A 19-month-old baby was hurt.', [dur('19-month-old', 'P19M')]],
    ['He died at the age of 92.', [dur('92', 'P92Y')]],
    ['The singer, aged 67, retired.', [dur('67', 'P67Y')]],
    ['She turned 30 last week.', [dur('30', 'P30Y'), date('last week', '2025-W24')]],
    ['The firm hired a 70-year-old engineer.', [dur('70-year-old', 'P70Y')]],
    ['The patient is a three-week-old infant.', [dur('three-week-old', 'P3W')]],
    ['The 2-year-old colt won.', [dur('2-year-old', 'P2Y')]],
    ['He retired at 60.', [dur('60', 'P60Y')]],
    ['The woman, 81, lives alone.', [dur('81', 'P81Y')]],
    ['Workers aged 55 and over can retire.', [dur('55', 'P55Y', AT_LEAST)]],
  ]));
});

describe('recognizers suite 6, English: dates', () => {
  run('en', withRef([
    ['The deal was signed on the 3rd of March.', [date('3rd of March', '2025-03-03')]],
    ['The deal was signed on March 3rd.', [date('March 3rd', '2025-03-03')]],
    ['The deal was signed on 3/3/2025.', [date('3/3/2025', '2025-03-03')]],
    ['The deal was signed on 4/5/2025.', [date('4/5/2025', '2025-04-05')]],
    ['The deal was signed on 25/4/2025.', [date('25/4/2025', '2025-04-25')]],
    ['The deal was signed on 2025-04-25.', [date('2025-04-25', '2025-04-25')]],
    ['The firm was founded on 1 May 1999.', [date('1 May 1999', '1999-05-01')]],
    ['The firm was founded on May 1, 1999.', [date('May 1, 1999', '1999-05-01')]],
    ['The law took effect on the first of January 2020.', [date('first of January 2020', '2020-01-01')]],
    ['The vote was held on Thursday, 5 June 2025.', [date('Thursday, 5 June 2025', '2025-06-05')]],
    ['The plant closed in mid-May.', [date('mid-May', '2025-05')]],
    ['The talks ended in late 2023.', [date('2023', '2023')]],
    ['The firm expects a rebound in early 2026.', [date('2026', '2026')]],
    ['The plant reopens early next month.', [date('next month', '2025-07')]],
    ['The launch is set for the week after next.', [date('week after next', '2025-W27')]],
    ['The shares fell the day before yesterday.', [date('day before yesterday', '2025-06-16')]],
    ['The results come out the day after tomorrow.', [date('day after tomorrow', '2025-06-20')]],
    ['The deal closed last Friday.', [date('last Friday', '2025-06-13')]],
    ['The board meets next Monday.', [date('next Monday', '2025-06-23')]],
    ['The strike is planned for this weekend.', [date('this weekend', '2025-W25')]],
    ['The fair opened three weeks ago.', [date('three weeks ago', '2025-W22')]],
    ['The firm was founded ten years ago.', [date('ten years ago', '2015')]],
    ['The bill will be voted two weeks from now.', [date('two weeks from now', '2025-W27')]],
    ['The deal was agreed yesterday.', [date('yesterday', '2025-06-17')]],
    ['The shop opens tomorrow.', [date('tomorrow', '2025-06-19')]],
    ['Sales fell last month.', [date('last month', '2025-05')]],
    ['Sales will rise next year.', [date('next year', '2026')]],
    ['The plant was built in 1987.', [date('1987', '1987')]],
    ['The report came out in September 2024.', [date('September 2024', '2024-09')]],
    ['The report came out in Sept. 2024.', [date('Sept. 2024', '2024-09')]],
    ['The report came out on Dec. 12, 2024.', [date('Dec. 12, 2024', '2024-12-12')]],
    ['Shares rose on 12 December.', [date('12 December', '2024-12-12')]],
    ['The merger was approved in the spring of 2021.', [date('spring of 2021', '2021')]],
    ['The summer of 2019 was hot.', [date('summer of 2019', '2019')]],
    ['The rules change on July 1.', [date('July 1', '2025-07-01')]],
    ['The firm was listed on the 21st of October 2010.', [date('21st of October 2010', '2010-10-21')]],
    ['The factory opened in the year 2000.', [date('year 2000', '2000')]],
    ['Revenue peaked in 2019.', [date('2019', '2019')]],
    ['The meeting is on June 30th.', [date('June 30th', '2025-06-30')]],
    ['The vote was on 09/14/2024.', [date('09/14/2024', '2024-09-14')]],
  ]));
});

describe('recognizers suite 6, English: date ranges and periods', () => {
  run('en', withRef([
    ['The show runs from May to July.', [date('May', '2025-05'), date('July', '2025-07')]],
    ['The fair runs from 3 to 7 March 2026.', [date('3', '2026-03-03'), date('7 March 2026', '2026-03-07')]],
    ['Output grew in 2020-2022.', [date('2020', '2020'), date('2022', '2022')]],
    ['Q3 sales rose 4%.', [date('Q3', '2024-Q3'), pct('4%', 4, UP)]],
    ['H1 2025 profit fell.', [date('H1 2025', '2025-H1')]],
    ['Profit fell in the first half of 2024.', [date('first half of 2024', '2024-H1')]],
    ['The plant opens in the second half of next year.', [date('second half of next year', '2026-H2')]],
    ['Sales rose in the third quarter of 2024.', [date('third quarter of 2024', '2024-Q3')]],
    ['The bank reports fourth-quarter results.', [date('fourth-quarter', '2025-Q4')]],
    ['Sales rose in Q1 2025.', [date('Q1 2025', '2025-Q1')]],
    ['The trial runs from Monday to Friday.', []],
    ['The festival runs between June 10 and June 14.', [date('June 10', '2025-06-10'), date('June 14', '2025-06-14')]],
    ['The study covered 2015 through 2020.', [date('2015', '2015'), date('2020', '2020')]],
    ['The mine operated from 1890 to 1950.', [date('1890', '1890'), date('1950', '1950')]],
    ['The fiscal year 2024 was strong.', [date('fiscal year 2024', '2024')]],
    ['FY2023 revenue grew.', [date('FY2023', '2023')]],
    ['The sale runs from January 2 to January 15, 2026.', [date('January 2', '2026-01-02'), date('January 15, 2026', '2026-01-15')]],
    ['Prices rose in the first quarter.', [date('first quarter', '2025-Q1')]],
    ['Work stopped in 2Q24.', [date('2Q24', '2024-Q2')]],
    ['The study ran from 2010 to 2012.', [date('2010', '2010'), date('2012', '2012')]],
  ]));
});

describe('recognizers suite 6, English: clock times and their ranges', () => {
  run('en', withRef([
    ['The shop opens at half past seven.', [time('half past seven', '07:30')]],
    ['The train leaves at 20:45.', [time('20:45', '20:45')]],
    ['The speech starts at 8 p.m.', [time('8 p.m.', '20:00')]],
    ['The call is at 9:15 am.', [time('9:15 am', '09:15')]],
    ['The store is open from 9am to 6pm.', [time('9am', '09:00'), time('6pm', '18:00')]],
    ['Lunch is served between noon and 2 p.m.', [time('noon', '12:00'), time('2 p.m.', '14:00')]],
    ['The doors close at a quarter to midnight.', [time('a quarter to midnight', '23:45')]],
    ['We met at ten past four in the afternoon.', [time('ten past four in the afternoon', '16:10')]],
    ['The market opens at 9:30.', [time('9:30', '09:30')]],
    ['The vote closes at 10 o\'clock.', [time('10 o\'clock', '10:00')]],
    ['The alarm rang at 6:05 a.m.', [time('6:05 a.m.', '06:05')]],
    ['The show airs at 7.30pm.', [time('7.30pm', '19:30')]],
    ['The office opens from 8:00 to 17:00.', [time('8:00', '08:00'), time('17:00', '17:00')]],
    ['The flight lands at 23:10.', [time('23:10', '23:10')]],
    ['The concert begins at 8 o\'clock tonight.', [time('8 o\'clock', '20:00'), date('tonight', '2025-06-18')]],
  ]));
});

describe('recognizers suite 6, English: durations', () => {
  run('en', withRef([
    ['The meeting lasted an hour and a half.', [dur('an hour and a half', 'PT1.5H')]],
    ['The strike lasted 3 days.', [dur('3 days', 'P3D')]],
    ['The trial lasted a fortnight.', [dur('a fortnight', 'P2W')]],
    ['The flight takes two and a half hours.', [dur('two and a half hours', 'PT2.5H')]],
    ['The warranty covers 24 months.', [dur('24 months', 'P24M')]],
    ['The talks went on for 45 minutes.', [dur('45 minutes', 'PT45M')]],
    ['He served 18 months in prison.', [dur('18 months', 'P18M')]],
    ['The loan runs for a decade.', [dur('a decade', 'P10Y')]],
    ['The race took 2 hours 5 minutes.', [dur('2 hours 5 minutes', 'PT2H5M')]],
    ['The lease is for 99 years.', [dur('99 years', 'P99Y')]],
    ['The crisis lasted three weeks.', [dur('three weeks', 'P3W')]],
    ['The outage lasted 90 seconds.', [dur('90 seconds', 'PT90S')]],
    ['It took him six and a half years.', [dur('six and a half years', 'P6.5Y')]],
    ['The firm offers a five-year warranty.', [dur('five-year', 'P5Y')]],
    ['The bond has a 30-year maturity.', [dur('30-year', 'P30Y')]],
    ['The project took a year and a half.', [dur('a year and a half', 'P1.5Y')]],
    ['The ceasefire held for 72 hours.', [dur('72 hours', 'PT72H')]],
    ['The work will take several weeks.', []],
    ['The test lasted half an hour.', [dur('half an hour', 'PT0.5H')]],
    ['The trip took two days and three hours.', [dur('two days and three hours', 'P2DT3H')]],
  ]));
});

describe('recognizers suite 6, English: sets', () => {
  run('en', withRef([
    ['The board meets every Monday.', []],
    ['The magazine comes out weekly.', []],
    ['Dividends are paid annually.', []],
    ['The index is rebalanced every three months.', [dur('three months', 'P3M')]],
    ['Trains run every 15 minutes.', [dur('15 minutes', 'PT15M')]],
    ['The fee is charged every year.', []],
    ['Inspections take place every two years.', [dur('two years', 'P2Y')]],
    ['The data are updated daily.', []],
    ['The committee meets twice a month.', []],
    ['The survey runs each quarter.', []],
  ]));
});

describe('recognizers suite 6, English: more ranges, fractions, units, relative dates, times and durations', () => {
  run('en', withRef([
    ['Prices rose from five to ten per cent.', [pct('five', 5), pct('ten per cent', 10)]],
    ['The drive takes between three and four hours.', [dur('three', 'PT3H'), dur('four hours', 'PT4H')]],
    ['The bags weigh between 10 and 20 kilograms.', [qty('10', 10, 'kg'), qty('20 kilograms', 20, 'kg')]],
    ['The bonus is between $1 million and $2 million.', [money('$1 million', 1000000, 'USD'), money('$2 million', 2000000, 'USD')]],
    ['The desk is staffed from 2pm to 4pm.', [time('2pm', '14:00'), time('4pm', '16:00')]],
    ['He faces up to three years in prison.', [dur('three years', 'P3Y', UP_TO)]],
    ['The repair needs at least two weeks.', [dur('two weeks', 'P2W', AT_LEAST)]],
    ['The party won less than a third of the vote.', [pct('a third', 33.333333, UNDER)]],
    ['More than half of the staff left.', [pct('half', 50, OVER)]],
    ['Inflation hit seven and a half percent.', [pct('seven and a half percent', 7.5)]],
    ['The film lasts 1 1/2 hours.', [dur('1 1/2 hours', 'PT1.5H')]],
    ['The city marks the three hundredth anniversary of its founding.', [ord('three hundredth anniversary', 300)]],
    ['The vote took place on the 5th of November 2024.', [date('5th of November 2024', '2024-11-05')]],
    ['The shop closed on the first of May.', [date('first of May', '2025-05-01')]],
    ['The index fell 1.2 points.', [qty('1.2 points', 1.2, 'point', DOWN)]],
    ['She won a 10-km race.', [qty('10-km', 10, 'km')]],
    ['The field pumps 3.5 million barrels a day.', [qty('3.5 million barrels', 3500000, 'barrel')]],
    ['The lake holds 2 cubic kilometres of water.', [qty('2 cubic kilometres', 2, 'km³')]],
    ['The van holds 400 cubic feet.', [qty('400 cubic feet', 400, 'cu ft')]],
    ['The fibre line offers 20 Mbit/s.', [qty('20 Mbit/s', 20, 'Mbit/s')]],
    ['It was minus 40 degrees Fahrenheit.', [qty('minus 40 degrees Fahrenheit', -40, '°F', DOWN)]],
    ['The patient had a temperature of 39C.', [qty('39C', 39, '°C')]],
    ['The shop opened two days ago.', [date('two days ago', '2025-06-16')]],
    ['The law will take effect in three days.', [date('in three days', '2025-06-21')]],
    ['The shop closed last Sunday.', [date('last Sunday', '2025-06-15')]],
    ['Sales fell this month.', [date('this month', '2025-06')]],
    ['Sales will recover next quarter.', [date('next quarter', '2025-Q3')]],
    ['Sales fell last quarter.', [date('last quarter', '2025-Q1')]],
    ['The plane landed at 1:45 p.m.', [time('1:45 p.m.', '13:45')]],
    ['The panel sits from 10:30 to 11:15.', [time('10:30', '10:30'), time('11:15', '11:15')]],
    ['The guests left at a quarter past nine.', [time('a quarter past nine', '09:15')]],
    ['The wait was three quarters of an hour.', [dur('three quarters of an hour', 'PT0.75H')]],
    ['The fair lasted a day and a half.', [dur('a day and a half', 'P1.5D')]],
    ['The strike lasted 36 hours.', [dur('36 hours', 'PT36H')]],
    ['The repairs took four and a half months.', [dur('four and a half months', 'P4.5M')]],
    ['The bus comes every other day.', []],
    ['The firm reports quarterly.', []],
  ]));
});

// A second batch of this round, written by hand after the first was fixed and before the analyzer ran on it.
describe('recognizers suite 6, English: second batch', () => {
  run('en', withRef([
    ['The plan puts between two and three thousand jobs at risk.', [qty('two', 2000, 'job'), qty('three thousand jobs', 3000, 'job')]],
    ['Rents rose from 20 to 30 percent.', [pct('20', 20), pct('30 percent', 30)]],
    ['Twenty to thirty percent of firms agree.', [pct('Twenty', 20), pct('thirty percent', 30)]],
    ['The price is $5-$7.', [money('$5', 5, 'USD'), money('$7', 7, 'USD')]],
    ['It costs 10-15 euros.', [money('10', 10, 'EUR'), money('15 euros', 15, 'EUR')]],
    ['The work takes 3-5 years.', [dur('3', 'P3Y'), dur('5 years', 'P5Y')]],
    ['The fair ran from the 1st to the 5th of May.', [date('1st', '2025-05-01'), date('5th of May', '2025-05-05')]],
    ['She bought a 1.5-litre bottle.', [qty('1.5-litre', 1.5, 'litre')]],
    ['It is a 20-minute walk.', [dur('20-minute', 'PT20M')]],
    ['They held a two-hour meeting.', [dur('two-hour', 'PT2H')]],
    ['He is 5 feet 9 inches tall.', [qty('5 feet 9 inches', 69, 'inch')]],
    ['The mall has 6.5 million square feet.', [qty('6.5 million square feet', 6500000, 'sq ft')]],
    ['The car hit 120 kilometers per hour.', [qty('120 kilometers per hour', 120, 'km/h')]],
    ['He drove at 40 miles an hour.', [qty('40 miles an hour', 40, 'mph')]],
    ['The drive stores 2 terabytes.', [qty('2 terabytes', 2, 'TB')]],
    ['The can holds 750 milliliters.', [qty('750 milliliters', 750, 'ml')]],
    ['It was -5°F at night.', [qty('-5°F', -5, '°F', DOWN)]],
    ['The furnace runs at 1,000 degrees.', [qty('1,000 degrees', 1000, 'degree')]],
    ['An 85-year-old man was hurt.', [dur('85-year-old', 'P85Y')]],
    ['She married at the age of twenty-five.', [dur('twenty-five', 'P25Y')]],
    ['The law was signed on the 4th of July 2025.', [date('4th of July 2025', '2025-07-04')]],
    ['The plant opened on July 4th, 2024.', [date('July 4th, 2024', '2024-07-04')]],
    ['Prices rose late last year.', [date('last year', '2024')]],
    ['Sales fell earlier this year.', [date('this year', '2025')]],
    ['We met at 3:30 in the afternoon.', [time('3:30 in the afternoon', '15:30')]],
    ['The bar is open from 6 to 8 p.m.', [time('6', '18:00'), time('8 p.m.', '20:00')]],
    ['The fix took a week and a half.', [dur('a week and a half', 'P1.5W')]],
    ['The hike took five and a half hours.', [dur('five and a half hours', 'PT5.5H')]],
    ['The film runs 90 minutes.', [dur('90 minutes', 'PT90M')]],
    ['The board meets every six months.', [dur('six months', 'P6M')]],
    ['The team trains twice a week.', []],
    ['The fair is held once a year.', []],
    ['The firm raised $1.5bn in 2024.', [money('$1.5bn', 1500000000, 'USD'), date('2024', '2024')]],
    ['The grant is worth 300k euros.', [money('300k euros', 300000, 'EUR')]],
    ['The fund lost three and a half million dollars.', [money('three and a half million dollars', 3500000, 'USD', DOWN)]],
    ['The project will cost $2.4 billion over five years.', [money('$2.4 billion', 2400000000, 'USD'), dur('five years', 'P5Y')]],
    ['The company cut 1,200 jobs, or 8% of its staff.', [qty('1,200 jobs', 1200, 'job', DOWN), pct('8%', 8)]],
    ['The mine is 2,400 metres deep.', [qty('2,400 metres', 2400, 'm')]],
    ['The probe travelled 6.4 billion kilometres.', [qty('6.4 billion kilometres', 6400000000, 'km')]],
    ['The storm brought winds of 200 km/h.', [qty('200 km/h', 200, 'km/h')]],
  ]));
});

// A third batch of this round, written by hand after the second was fixed and before the analyzer ran on it.
describe('recognizers suite 6, English: third batch', () => {
  run('en', withRef([
    ['Prices soared in the 1990s.', []],
    ['Trading resumes at 0930 GMT.', [time('0930', '09:30')]],
    ['The shop is open from Monday through Friday.', []],
    ['The deadline is 5pm Friday.', [time('5pm', '17:00')]],
    ['The 2023/24 season was long.', [date('2023', '2023'), date('24', '2024')]],
    ['The party ended at ten past midnight.', [time('ten past midnight', '00:10')]],
    ['The train left at twenty to eight in the evening.', [time('twenty to eight in the evening', '19:40')]],
    ['The ferry leaves at 12:30 a.m.', [time('12:30 a.m.', '00:30')]],
    ['Lunch starts at 12 p.m.', [time('12 p.m.', '12:00')]],
    ['The alarm went off at 3 am.', [time('3 am', '03:00')]],
    ['Unions called a 24-hour strike.', [dur('24-hour', 'PT24H')]],
    ['The stock hit a 52-week low.', [dur('52-week', 'P52W')]],
    ['The bank cut rates by half a percentage point.', [pct('half a percentage point', 0.5, DOWN)]],
    ['The Fed raised rates by a quarter of a percentage point.', [pct('a quarter of a percentage point', 0.25, UP)]],
    ['Rates rose one percentage point.', [pct('one percentage point', 1, UP)]],
    ['Yields fell 25 basis points.', [qty('25 basis points', 25, 'basis point', DOWN)]],
    ['Prices edged up 0.1 percent.', [pct('0.1 percent', 0.1, UP)]],
    ['One in four young people is unemployed.', [pct('One in four', 25)]],
    ['Sales tripled.', []],
    ['The firm was founded on 15 March.', [date('15 March', '2025-03-15')]],
    ['The show ran March 15-17, 2024.', [date('March 15', '2024-03-15'), date('17, 2024', '2024-03-17')]],
    ['Prices rose between March and May 2024.', [date('March', '2024-03'), date('May 2024', '2024-05')]],
    ['Prices have doubled since 2010.', [date('2010', '2010')]],
    ['The plant will close by 2030.', [date('2030', '2030', BY)]],
    ['Customers must pay within 30 days.', [dur('30 days', 'P30D', BY)]],
    ['The firm has 3 million customers in 40 countries.', [qty('3 million customers', 3000000, 'customer'), qty('40 countries', 40, 'country')]],
    ['About a dozen people were hurt.', [qty('a dozen people', 12, 'people', ABOUT)]],
    ['Dozens of people were hurt.', []],
    ['The scheme cost hundreds of millions of dollars.', []],
    ['A few thousand fans came.', []],
    ['The 3-2 win sent them through.', []],
    ['The town is 8 km from the coast.', [qty('8 km', 8, 'km')]],
    ['He lives on the 3rd floor.', [ord('3rd floor', 3)]],
    ['Seven billion people live on Earth.', [qty('Seven billion people', 7000000000, 'people')]],
    ['The site covers 20,000 km².', [qty('20,000 km²', 20000, 'km²')]],
  ]));
});

// Accounting brackets, written by hand before the analyzer ran on them (the first batch named them and had none).
describe('recognizers suite 6, English: accounting brackets', () => {
  run('en', withRef([
    ['Net loss was $(3.2) million.', [money('$(3.2) million', -3200000, 'USD', DOWN)]],
    ['Diluted EPS was $(0.45).', [money('$(0.45)', -0.45, 'USD', DOWN)]],
    ['Free cash flow was $(12) million in 2024.', [money('$(12) million', -12000000, 'USD', DOWN), date('2024', '2024')]],
    ['Revenue (in millions) rose 5%.', [pct('5%', 5, UP)]],
    ['The rate (2.5%) was kept.', [pct('2.5%', 2.5)]],
  ]));
});

// A fourth batch of this round, written by hand before the analyzer ran on it: rates, levels and news phrasing.
describe('recognizers suite 6, English: fourth batch', () => {
  run('en', withRef([
    ['The cut lasts for the first 100 days.', [dur('100 days', 'P100D')]],
    ['Unemployment fell to 4.1 per cent.', [pct('4.1 per cent', 4.1)]],
    ['Turnout was a record 80 percent.', [pct('80 percent', 80)]],
    ['A hundred thousand people marched.', [qty('A hundred thousand people', 100000, 'people')]],
    ['The meeting runs from 9 to 10 a.m.', [time('9', '09:00'), time('10 a.m.', '10:00')]],
    ['It is a 90-minute film.', [dur('90-minute', 'PT90M')]],
    ['They took a two-and-a-half-hour flight.', [dur('two-and-a-half-hour', 'PT2.5H')]],
    ['The tax is 1.5 lakh rupees.', [money('1.5 lakh rupees', 150000, 'INR')]],
    ['The firm earned Rs 3 crore.', [money('Rs 3 crore', 30000000, 'INR')]],
    ['Sales rose 50 per cent year on year.', [pct('50 per cent', 50, UP)]],
    ['Turnover grew by a third.', [pct('a third', 33.333333, UP)]],
    ['The index gained 120 points.', [qty('120 points', 120, 'point', UP)]],
    ['The euro fell to $1.05.', [money('$1.05', 1.05, 'USD')]],
    ['Gold hit $2,400 an ounce.', [money('$2,400', 2400, 'USD')]],
    ['The 10-year yield rose to 4.5%.', [dur('10-year', 'P10Y'), pct('4.5%', 4.5)]],
    ['The 30-day average fell.', [dur('30-day', 'P30D')]],
    ['The first 10 customers get a gift.', [qty('10 customers', 10, 'customer')]],
    ['Only 1 in 10 startups succeeds.', [pct('1 in 10', 10)]],
    ['Three out of four voters said yes.', [pct('Three out of four', 75)]],
    ['A 3% rise in sales was reported.', [pct('3%', 3, UP)]],
    ['A 2% drop in prices was reported.', [pct('2%', 2, DOWN)]],
    ['The temperature will peak at 38 degrees on Friday.', [qty('38 degrees', 38, 'degree')]],
    ['He drove 1,500 km in 20 hours.', [qty('1,500 km', 1500, 'km'), dur('20 hours', 'PT20H')]],
    ['The city has 2.1 million inhabitants.', [qty('2.1 million inhabitants', 2100000, 'inhabitant')]],
    ['Inflation hit 5.2% in May.', [pct('5.2%', 5.2), date('May', '2025-05')]],
    ['Voters have 48 hours left.', [dur('48 hours', 'PT48H')]],
    ['The bill passed by 220 votes to 210.', [qty('220 votes', 220, 'vote'), num('210', 210)]],
    ['The plane carried 180 passengers and six crew.', [qty('180 passengers', 180, 'passenger'), qty('six crew', 6, 'crew')]],
    ['The firm paid a dividend of 50 cents a share.', [money('50 cents', 0.5, 'USD')]],
    ['The stock trades at 25 times earnings.', [num('25', 25)]],
  ]));
});

// Multiples, written by hand before the analyzer read them (the fourth batch found them unread).
describe('recognizers suite 6, English: multiples', () => {
  run('en', withRef([
    ['The fine is three times the size of the last one.', [qty('three times', 3, 'x')]],
    ['They sold five times as many cars.', [qty('five times', 5, 'x')]],
    ['Prices are 10 times higher than in 2010.', [qty('10 times', 10, 'x', UP), date('2010', '2010')]],
    ['He called three times.', [num('three', 3)]],
    ['He takes the pill three times a day.', [num('three', 3)]],
  ]));
});

// A fifth batch of this round, written by hand before the analyzer ran on it: dates, periods and times.
describe('recognizers suite 6, English: fifth batch', () => {
  run('en', withRef([
    ['Results for Q4 FY24 were strong.', [date('Q4 FY24', '2024-Q4')]],
    ['The fair runs from March 2025 to June 2025.', [date('March 2025', '2025-03'), date('June 2025', '2025-06')]],
    ['Week 10 of 2024 was busy.', [date('Week 10 of 2024', '2024-W10')]],
    ['The firm was founded in 1998 and listed in 2004.', [date('1998', '1998'), date('2004', '2004')]],
    ['The deal was struck on 2 February 2021.', [date('2 February 2021', '2021-02-02')]],
    ['The vote happens on November 5th.', [date('November 5th', '2025-11-05')]],
    ['It opened on Feb. 29, 2024.', [date('Feb. 29, 2024', '2024-02-29')]],
    ['The sale ended at midnight on Sunday.', [time('midnight', '00:00')]],
    ['The market closed at 4 p.m. ET.', [time('4 p.m.', '16:00')]],
    ['The show starts at 7:45 tonight.', [time('7:45', '19:45'), date('tonight', '2025-06-18')]],
    ['Talks lasted from 10 a.m. to 2 p.m.', [time('10 a.m.', '10:00'), time('2 p.m.', '14:00')]],
    ['The office reopens on Monday, June 23.', [date('Monday, June 23', '2025-06-23')]],
    ['He was born on 12/25/1990.', [date('12/25/1990', '1990-12-25')]],
    ['The plan runs through 2027.', [date('2027', '2027')]],
    ['The rule took effect in January of 2024.', [date('January of 2024', '2024-01')]],
    ['The results are due in the second quarter.', [date('second quarter', '2025-Q2')]],
    ['The firm reported earnings in the first half.', [date('first half', '2025-H1')]],
    ['The rate was set a year ago.', [date('a year ago', '2024')]],
    ['The tax will rise in two years.', [date('in two years', '2027')]],
    ['The store closed five days ago.', [date('five days ago', '2025-06-13')]],
    ['The deal will close next month.', [date('next month', '2025-07')]],
    ['The firm grew in the 2010s.', []],
    ['The strike began on Christmas Eve 2024.', [date('Christmas Eve 2024', '2024-12-24')]],
    ['He ran the race in 2:05:41.', [dur('2:05:41', 'PT2H5M41S')]],
    ['The trip takes 3 hrs.', [dur('3 hrs', 'PT3H')]],
  ]));
});

// The decisions this round took where the spec is silent (README, round 6), each with a case that fails without it.
describe('recognizers suite 6, English: decisions', () => {
  run('en', withRef([
    ['Sales fell in the last quarter of 2024.', [date('last quarter of 2024', '2024-Q4')]],
    ['The final half of 2023 was strong.', [date('final half of 2023', '2023-H2')]],
    ['Sales fell last quarter.', [date('last quarter', '2025-Q1')]],
    ['He ran a mile and a half.', [qty('a mile and a half', 1.5, 'mile')]],
    ['A man and a woman came.', []],
    ['It sold one and a half thousand tickets.', [qty('one and a half thousand tickets', 1500, 'ticket')]],
    ['The fund holds BTC 3.', [money('BTC 3', 3, 'BTC')]],
    ['The stock gained $2.', [money('$2', 2, 'USD', UP)]],
    ['He gained $500 a month.', [money('$500', 500, 'USD')]],
    ['The plant stores 5 km³ of gas.', [qty('5 km³', 5, 'km³')]],
    ['Between two and three hundred people came.', [qty('two', 200, 'people'), qty('three hundred people', 300, 'people')]],
    ['Between 2 and 3,000 jobs were cut.', [qty('2', 2, 'job'), qty('3,000 jobs', 3000, 'job')]],
    ['He served over five years in prison.', [dur('five years', 'P5Y', OVER)]],
    ['Sales rose 10% over three days.', [pct('10%', 10, UP), dur('three days', 'P3D')]],
    ['In week 10, sales rose.', [num('10', 10)]],
    ['The show airs at 9:30 this morning.', [time('9:30', '09:30'), date('this morning', '2025-06-18')]],
    ['The March of Dimes raised money.', []],
  ]));
});
