// Round 8 of the recognizer table, English (written for this suite, annotated by hand before the analyzer ran): where
// the earlier rounds were thin. The open cases of round 7 (snow dropped, a day number alone, half a dollar, number one
// of a body); date ranges across months and years; relative dates; times of day and their ranges; dates with a time;
// sets; signed numbers and powers of ten; fractions and mixed numbers; areas, volumes and consumption; temperatures;
// ages; ranks in words; per cent and per mille. Each case lists every figure of the text, in order (see
// figures-support.ts); REF is a Wednesday.
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN, ABOUT, OVER, UNDER, AT_LEAST, UP_TO, BY, withContext } from './figures-support';

const REF = { refDate: '2025-06-18' };

/** The cases of this table, read against REF. */
const withRef = withContext(REF);

describe('recognizers suite 8, English: the open cases of round 7', () => {
  run('en', withRef([
    ['The storm dropped half a metre of snow.', [qty('half a metre', 0.5, 'm')]],
    ['The storm dropped 30 centimetres of snow on the city.', [qty('30 centimetres', 30, 'cm')]],
    ['The front dropped 50 mm of rain overnight.', [qty('50 mm', 50, 'mm')]],
    ['Planes dropped 20 tonnes of aid.', [qty('20 tonnes', 20, 'tonne')]],
    ['The lake dropped 2 metres in a year.', [qty('2 metres', 2, 'm', DOWN)]],
    ['Sales dropped 5 percent.', [pct('5 percent', 5, DOWN)]],
    ['The meeting is on Monday the 23rd.', [date('Monday the 23rd', '2025-06-23')]],
    ['It happened on Monday the 2nd.', [date('Monday the 2nd', '2025-06-02')]],
    ['The vote is set for Tuesday the 1st.', [date('Tuesday the 1st', '2025-07-01')]],
    ['The talks resume on Friday 20.', [date('Friday 20', '2025-06-20')]],
    ['The deal closed on the 3rd.', [date('3rd', '2025-06-03')]],
    ['The board meets on the 25th.', [date('25th', '2025-06-25')]],
    ['He came third on the 3rd lap.', [ord('third', 3), ord('3rd lap', 3)]],
    ['He finished 3rd.', [ord('3rd', 3)]],
    ['The coin is worth half a dollar.', [money('half a dollar', 0.5, 'USD')]],
    ['A coffee costs half a euro more.', [money('half a euro', 0.5, 'EUR')]],
    ['He was the number one of the regime.', []],
    ['The number two of the party resigned.', []],
    ['She is the world number one.', [ord('number one', 1)]],
    ['The party chose number two.', [ord('number two', 2)]],
  ]));
});

describe('recognizers suite 8, English: a weekday and a day without a reference date, or far from it', () => {
  run('en', [
    ['The meeting is on Monday the 23rd.', []],
    ['The deal closed on the 3rd.', []],
  ]);
  run('en', withRef([
    ['The talks were on Tuesday the 4th.', [date('Tuesday the 4th', '2025-03-04')]],
    ['Every first Monday of the month the council meets.', []],
    ['He was the number two of Al Qaeda.', []],
    ['He is the number two player.', [ord('number two', 2)]],
    ['He bought half a pound of butter.', []],
  ]));
});

describe('recognizers suite 8, English: date ranges across months and years', () => {
  run('en', withRef([
    ['The fair runs from February 28 to March 3, 2026.', [date('February 28', '2026-02-28'), date('March 3, 2026', '2026-03-03')]],
    ['The office is closed between Dec. 30 and Jan. 2.', [date('Dec. 30', '2025-12-30'), date('Jan. 2', '2026-01-02')]],
    ['The strike lasted from December 28, 2024 to January 3, 2025.', [date('December 28, 2024', '2024-12-28'), date('January 3, 2025', '2025-01-03')]],
    ['The show ran from 30 November to 2 December 2024.', [date('30 November', '2024-11-30'), date('2 December 2024', '2024-12-02')]],
    ['The sale runs from March 30 to April 2, 2025.', [date('March 30', '2025-03-30'), date('April 2, 2025', '2025-04-02')]],
    ['The works lasted from May 2023 to June 2024.', [date('May 2023', '2023-05'), date('June 2024', '2024-06')]],
    ['The exhibition runs from October 2025 through January 2026.', [date('October 2025', '2025-10'), date('January 2026', '2026-01')]],
    ['The plant was shut from June 28 to July 4, 2024.', [date('June 28', '2024-06-28'), date('July 4, 2024', '2024-07-04')]],
    ['The window runs between 31 January and 2 February 2025.', [date('31 January', '2025-01-31'), date('2 February 2025', '2025-02-02')]],
    ['Sales rose from 2019 to 2024.', [date('2019', '2019'), date('2024', '2024')]],
    ['The program ran from the fall of 2021 to the spring of 2023.', [date('fall of 2021', '2021'), date('spring of 2023', '2023')]],
    ['The campaign ran from September to November 2024.', [date('September', '2024-09'), date('November 2024', '2024-11')]],
    ['The offer is valid from November to February 2026.', [date('November', '2025-11'), date('February 2026', '2026-02')]],
    ['Between Q4 2024 and Q2 2025 sales doubled.', [date('Q4 2024', '2024-Q4'), date('Q2 2025', '2025-Q2')]],
    ['From 1 to 15 July 2025 the museum is closed.', [date('1', '2025-07-01'), date('15 July 2025', '2025-07-15')]],
    ['The tour runs Dec. 29, 2025, to Jan. 4, 2026.', [date('Dec. 29, 2025', '2025-12-29'), date('Jan. 4, 2026', '2026-01-04')]],
    ['It covers the period from 1 April 2024 to 31 March 2025.', [date('1 April 2024', '2024-04-01'), date('31 March 2025', '2025-03-31')]],
    ['The festival runs from July 30 to August 3, 2025.', [date('July 30', '2025-07-30'), date('August 3, 2025', '2025-08-03')]],
    ['The fiscal year runs from July 2024 to June 2025.', [date('July 2024', '2024-07'), date('June 2025', '2025-06')]],
    ['Flights are cut from April 2 to May 15, 2026.', [date('April 2', '2026-04-02'), date('May 15, 2026', '2026-05-15')]],
  ]));
});

describe('recognizers suite 8, English: relative dates', () => {
  run('en', withRef([
    ['The deal closed three weeks ago.', [date('three weeks ago', '2025-W22')]],
    ['The vote is two weeks from now.', [date('two weeks from now', '2025-W27')]],
    ['The results come the day after tomorrow.', [date('day after tomorrow', '2025-06-20')]],
    ['The firm filed the plan yesterday.', [date('yesterday', '2025-06-17')]],
    ['The market opens tomorrow.', [date('tomorrow', '2025-06-19')]],
    ['Shares rose today.', [date('today', '2025-06-18')]],
    ['The plant closed two months ago.', [date('two months ago', '2025-04')]],
    ['The company reported last month.', [date('last month', '2025-05')]],
    ['The board will meet next week.', [date('next week', '2025-W26')]],
    ['Sales fell last year.', [date('last year', '2024')]],
    ['The plan starts next year.', [date('next year', '2026')]],
    ['Profit rose this quarter.', [date('this quarter', '2025-Q2')]],
    ['The shop opened last Friday.', [date('last Friday', '2025-06-13')]],
    ['The shop opens next Monday.', [date('next Monday', '2025-06-23')]],
    ['The bill passed four days ago.', [date('four days ago', '2025-06-14')]],
    ['The probe ends ten days from now.', [date('ten days from now', '2025-06-28')]],
    ['The merger closed a year ago.', [date('a year ago', '2024')]],
    ['Prices peaked last week.', [date('last week', '2025-W24')]],
    ['The law took effect this month.', [date('this month', '2025-06')]],
    ['The deal will close in three weeks.', [date('in three weeks', '2025-W28')]],
    ['Output rose 5% in three weeks.', [pct('5%', 5, UP), dur('three weeks', 'P3W')]],
    ['The fund was launched a month ago.', [date('a month ago', '2025-05')]],
    ['The strike ended yesterday morning.', [date('yesterday morning', '2025-06-17')]],
    ['The ship docks tomorrow evening.', [date('tomorrow evening', '2025-06-19')]],
    ['Talks resume a week from tomorrow.', [date('a week from tomorrow', '2025-06-26')]],
  ]));
});

describe('recognizers suite 8, English: times of day and their ranges', () => {
  run('en', withRef([
    ['The shop is open between noon and 2 p.m.', [time('noon', '12:00'), time('2 p.m.', '14:00')]],
    ['The office is open from 9 a.m. to 5:30 p.m.', [time('9 a.m.', '09:00'), time('5:30 p.m.', '17:30')]],
    ['The line is closed from 10 p.m. to 6 a.m.', [time('10 p.m.', '22:00'), time('6 a.m.', '06:00')]],
    ['The vote closes at 8 p.m.', [time('8 p.m.', '20:00')]],
    ['The market opens at 9:30 a.m.', [time('9:30 a.m.', '09:30')]],
    ['The blast happened at 11:45 p.m.', [time('11:45 p.m.', '23:45')]],
    ['The talks ended at midnight.', [time('midnight', '00:00')]],
    ['Lunch is served at noon.', [time('noon', '12:00')]],
    ['The train left at 6.15am.', [time('6.15am', '06:15')]],
    ['Trading halted at 14:05.', [time('14:05', '14:05')]],
    ['The store opens at 7am.', [time('7am', '07:00')]],
    ['The store closes at 10pm.', [time('10pm', '22:00')]],
    ['The gates open from 8 to 11 a.m.', [time('8', '08:00'), time('11 a.m.', '11:00')]],
    ['The rally ran from 6 to 9 p.m.', [time('6', '18:00'), time('9 p.m.', '21:00')]],
    ['The trains stop between 1 and 5 a.m.', [time('1', '01:00'), time('5 a.m.', '05:00')]],
    ['The bank opens at 9 o\'clock.', [time('9 o\'clock', '09:00')]],
    ['The fire broke out at half past ten.', [time('half past ten', '10:30')]],
    ['The call came at a quarter to six.', [time('a quarter to six', '05:45')]],
    ['The meeting starts at a quarter past two.', [time('a quarter past two', '02:15')]],
    ['The plane lands at 16:45.', [time('16:45', '16:45')]],
    ['The launch is at 5 p.m. ET.', [time('5 p.m.', '17:00')]],
    ['The lights go off at 11 pm.', [time('11 pm', '23:00')]],
    ['Shops open 9am-5pm.', [time('9am', '09:00'), time('5pm', '17:00')]],
    ['The match kicks off at 8.45pm.', [time('8.45pm', '20:45')]],
    ['The office is open 09:00-17:30.', [time('09:00', '09:00'), time('17:30', '17:30')]],
  ]));
});

describe('recognizers suite 8, English: dates with a time', () => {
  run('en', withRef([
    ['The vote is on March 3 at 2 p.m.', [date('March 3', '2025-03-03'), time('2 p.m.', '14:00')]],
    ['The results come on July 1 at 8 a.m.', [date('July 1', '2025-07-01'), time('8 a.m.', '08:00')]],
    ['The blast hit on May 4, 2025, at 11:20 p.m.', [date('May 4, 2025', '2025-05-04'), time('11:20 p.m.', '23:20')]],
    ['The talks begin tomorrow at 10 a.m.', [date('tomorrow', '2025-06-19'), time('10 a.m.', '10:00')]],
    ['The bid expires Friday at 5 p.m.', [time('5 p.m.', '17:00')]],
    ['The offer ends at midnight on June 30.', [time('midnight', '00:00'), date('June 30', '2025-06-30')]],
    ['The quake struck at 3:42 a.m. on 12 January 2024.', [time('3:42 a.m.', '03:42'), date('12 January 2024', '2024-01-12')]],
    ['The launch was set for 2025-07-04T10:30.', [date('2025-07-04', '2025-07-04'), time('10:30', '10:30')]],
    ['The market closed at 4 p.m. yesterday.', [time('4 p.m.', '16:00'), date('yesterday', '2025-06-17')]],
    ['Polls open at 7 a.m. on Sunday, June 22.', [time('7 a.m.', '07:00'), date('Sunday, June 22', '2025-06-22')]],
    ['The deadline is noon on Friday, June 20, 2025.', [time('noon', '12:00'), date('Friday, June 20, 2025', '2025-06-20')]],
    ['The fire started last night at 11 p.m.', [date('last night', '2025-06-17'), time('11 p.m.', '23:00')]],
    ['The game starts tonight at 8.', [date('tonight', '2025-06-18'), time('8', '20:00')]],
    ['The ship arrived this morning at 6:10.', [date('this morning', '2025-06-18'), time('6:10', '06:10')]],
    ['The summit opens on 2 October 2025 at 9:00.', [date('2 October 2025', '2025-10-02'), time('9:00', '09:00')]],
  ]));
});

describe('recognizers suite 8, English: sets', () => {
  run('en', withRef([
    ['The board meets twice a week.', []],
    ['The index is updated every two years.', [dur('two years', 'P2Y')]],
    ['The report comes out every three months.', [dur('three months', 'P3M')]],
    ['Trains leave every 15 minutes.', [dur('15 minutes', 'PT15M')]],
    ['The census is held every ten years.', [dur('ten years', 'P10Y')]],
    ['The club meets every Monday.', []],
    ['The paper comes out weekly.', []],
    ['Rates are reviewed every six weeks.', [dur('six weeks', 'P6W')]],
    ['Dividends are paid quarterly.', []],
    ['The council meets on the first Monday of every month.', []],
    ['The bus runs every half hour.', []],
    ['The fair is held every other year.', []],
    ['Inspections take place every 18 months.', [dur('18 months', 'P18M')]],
    ['The satellite circles Earth every 90 minutes.', [dur('90 minutes', 'PT90M')]],
    ['Elections are held every four years.', [dur('four years', 'P4Y')]],
    ['The bonus is paid annually.', []],
    ['The site is checked daily.', []],
  ]));
});

describe('recognizers suite 8, English: signs and powers of ten', () => {
  run('en', withRef([
    ['The balance was -3.5 million dollars.', [money('-3.5 million dollars', -3500000, 'USD', DOWN)]],
    ['The index moved -0.4% on the day.', [pct('-0.4%', -0.4, DOWN)]],
    ['The gap widened to -12 points.', [qty('-12 points', -12, 'point', DOWN)]],
    ['The margin swung to +2.5 percent.', [pct('+2.5 percent', 2.5, UP)]],
    ['The fund returned +8%.', [pct('+8%', 8, UP)]],
    ['The cell holds 1.2e6 molecules.', [qty('1.2e6 molecules', 1200000, 'molecule')]],
    ['The value is 3e9.', [num('3e9', 3000000000)]],
    ['The chip makes 10^9 operations a second.', [qty('10^9 operations', 1000000000, 'operation')]],
    ['The galaxy has 10^11 stars.', [qty('10^11 stars', 100000000000, 'star')]],
    ['The factor is 2.5E-3.', [num('2.5E-3', 0.0025)]],
    ['The deficit is minus 4 percent.', [pct('minus 4 percent', -4, DOWN)]],
    ['The net position was negative 200 dollars.', [money('negative 200 dollars', -200, 'USD', DOWN)]],
    ['The score was -7.', [num('-7', -7, DOWN)]],
    ['Earnings per share were -$0.12.', [money('-$0.12', -0.12, 'USD', DOWN)]],
    ['The yield curve hit -0.25 percentage points.', [pct('-0.25 percentage points', -0.25, DOWN)]],
  ]));
});

describe('recognizers suite 8, English: fractions and mixed numbers', () => {
  run('en', withRef([
    ['The pipe is 2 3/4 inches wide.', [qty('2 3/4 inches', 2.75, 'inch')]],
    ['The recipe needs 1 1/2 cups of flour.', [qty('1 1/2 cups', 1.5, 'cup')]],
    ['Three quarters of the staff left.', [pct('Three quarters', 75)]],
    ['One and a half million people voted.', [qty('One and a half million people', 1500000, 'people')]],
    ['Two thirds of the voters agreed.', [pct('Two thirds', 66.666667)]],
    ['A fifth of the budget goes to defence.', [pct('A fifth', 20)]],
    ['Seven tenths of the land is forest.', [pct('Seven tenths', 70)]],
    ['The bag weighs 2½ kg.', [qty('2½ kg', 2.5, 'kg')]],
    ['The race is three and a half miles long.', [qty('three and a half miles', 3.5, 'mile')]],
    ['The job took one and a quarter hours.', [dur('one and a quarter hours', 'PT1.25H')]],
    ['The deal is worth two and a half billion dollars.', [money('two and a half billion dollars', 2500000000, 'USD')]],
    ['Half of the firms lost money.', [pct('Half', 50)]],
    ['Three eighths of an inch is the gap.', [qty('Three eighths of an inch', 0.375, 'inch')]],
    ['The board cut the rate by a quarter point.', [qty('a quarter point', 0.25, 'point', DOWN)]],
    ['The stock rose 5 1/8 points.', [qty('5 1/8 points', 5.125, 'point', UP)]],
    ['One third of the loans went bad.', [pct('One third', 33.333333)]],
    ['The film runs two and a half hours.', [dur('two and a half hours', 'PT2.5H')]],
  ]));
});

describe('recognizers suite 8, English: areas, volumes and consumption', () => {
  run('en', withRef([
    ['The flat covers 85 m².', [qty('85 m²', 85, 'm²')]],
    ['The park covers 12 km2.', [qty('12 km2', 12, 'km²')]],
    ['The office has 40,000 sq ft of space.', [qty('40,000 sq ft', 40000, 'sq ft')]],
    ['The tank holds 500 cubic feet.', [qty('500 cubic feet', 500, 'cu ft')]],
    ['The reservoir holds 3 million cubic metres.', [qty('3 million cubic metres', 3000000, 'm³')]],
    ['The fire burned 4,000 hectares.', [qty('4,000 hectares', 4000, 'hectare')]],
    ['The farm spans 1,200 acres.', [qty('1,200 acres', 1200, 'acre')]],
    ['The lake covers 58 square miles.', [qty('58 square miles', 58, 'sq mi')]],
    ['The house has 250 square metres of floor space.', [qty('250 square metres', 250, 'm²')]],
    ['The forest lost 10,000 square kilometres.', [qty('10,000 square kilometres', 10000, 'km²', DOWN)]],
    ['The pool holds 2,500 m³ of water.', [qty('2,500 m³', 2500, 'm³')]],
    ['The car uses 5 litres per 100 km.', [qty('5 litres', 5, 'litre'), qty('100 km', 100, 'km')]],
    ['The truck does 8 miles per gallon.', [qty('8 miles', 8, 'mile')]],
    ['The room is 20 square feet.', [qty('20 square feet', 20, 'sq ft')]],
    ['The plot measures 600 sq m.', [qty('600 sq m', 600, 'm²')]],
    ['The stadium covers 5 ha.', [qty('5 ha', 5, 'ha')]],
    ['The barrel holds 42 gallons.', [qty('42 gallons', 42, 'gallon')]],
    ['The cable runs 3,000 nautical miles.', [qty('3,000 nautical miles', 3000, 'nautical mile')]],
    ['The ship does 20 knots.', [qty('20 knots', 20, 'knot')]],
    ['The engine gives 300 hp.', [qty('300 hp', 300, 'hp')]],
    ['The parcel weighs 12 ounces.', [qty('12 ounces', 12, 'ounce')]],
    ['The fish weighed 40 lbs.', [qty('40 lbs', 40, 'lb')]],
  ]));
});

describe('recognizers suite 8, English: temperatures', () => {
  run('en', withRef([
    ['It was -5 °C in Oslo.', [qty('-5 °C', -5, '°C', DOWN)]],
    ['The body runs at 98.6 F.', [num('98.6', 98.6)]],
    ['The heat reached 45 degrees Celsius.', [qty('45 degrees Celsius', 45, '°C')]],
    ['The night fell to minus ten degrees Celsius.', [qty('minus ten degrees Celsius', -10, '°C', DOWN)]],
    ['It was 30°C in the shade.', [qty('30°C', 30, '°C')]],
    ['The weather hit 104°F.', [qty('104°F', 104, '°F')]],
    ['The sea is at 18 °C.', [qty('18 °C', 18, '°C')]],
    ['Temperatures fell 10 degrees.', [qty('10 degrees', 10, 'degree', DOWN)]],
    ['The forecast is for 25 to 30 °C.', [qty('25', 25, '°C'), qty('30 °C', 30, '°C')]],
    ['The oven runs at 180 degrees C.', [qty('180 degrees C', 180, '°C')]],
    ['It was minus 20 Celsius at dawn.', [qty('minus 20 Celsius', -20, '°C', DOWN)]],
    ['The weather: highs of 28C.', [qty('28C', 28, '°C')]],
    ['It was 2 degrees below zero.', [qty('2 degrees below zero', -2, 'degree', DOWN)]],
    ['The core reached 1,500 °C.', [qty('1,500 °C', 1500, '°C')]],
    ['His temperature was 101.3F.', [qty('101.3F', 101.3, '°F')]],
    ['A fever of 101.3 F worried doctors.', [qty('101.3 F', 101.3, '°F')]],
    ['The weather: 40 F at dawn.', [qty('40 F', 40, '°F')]],
    ['It was -5.5C in the cold.', [qty('-5.5C', -5.5, '°C', DOWN)]],
    ['Version 1.3F is out.', []],
  ]));
});

describe('recognizers suite 8, English: ages', () => {
  run('en', withRef([
    ['A 45-year-old man was arrested.', [dur('45-year-old', 'P45Y')]],
    ['The boy, 12, was unhurt.', [dur('12', 'P12Y')]],
    ['She retired at 60.', [dur('60', 'P60Y')]],
    ['He died aged 87.', [dur('87', 'P87Y')]],
    ['The firm hires people aged 18 to 25.', [dur('18', 'P18Y'), dur('25', 'P25Y')]],
    ['He became CEO at the age of 35.', [dur('35', 'P35Y')]],
    ['A three-month-old baby was found.', [dur('three-month-old', 'P3M')]],
    ['The octogenarian won.', [dur('octogenarian', 'P80Y', AT_LEAST)]],
    ['She is in her fifties.', []],
    ['The tree is 300 years old.', [dur('300 years', 'P300Y')]],
    ['He is 40 years of age.', [dur('40 years', 'P40Y')]],
    ['A 6-year-old girl won.', [dur('6-year-old', 'P6Y')]],
    ['Voters over 65 backed him.', [num('65', 65, OVER)]],
    ['He turned 50 last week.', [dur('50', 'P50Y'), date('last week', '2025-W24')]],
    ['The centenarian voted.', [dur('centenarian', 'P100Y', AT_LEAST)]],
  ]));
});

describe('recognizers suite 8, English: ranks in words', () => {
  run('en', withRef([
    ['It was the hundred and first meeting.', [ord('hundred and first meeting', 101)]],
    ['He was the two hundredth guest.', [ord('two hundredth guest', 200)]],
    ['It is the twenty-fifth anniversary.', [ord('twenty-fifth anniversary', 25)]],
    ['She was the thirty-third president.', [ord('thirty-third president', 33)]],
    ['It marks the fiftieth edition.', [ord('fiftieth edition', 50)]],
    ['The ninety-ninth runner fell.', [ord('ninety-ninth runner', 99)]],
    ['He is the eleventh heir.', [ord('eleventh heir', 11)]],
    ['It was the one hundred and twentieth game.', [ord('one hundred and twentieth game', 120)]],
    ['The bank is the fifth-largest lender.', [ord('fifth-largest lender', 5)]],
    ['He came in twelfth place.', [ord('twelfth place', 12)]],
    ['The 101st session opened.', [ord('101st session', 101)]],
    ['It was his 22nd title.', [ord('22nd title', 22)]],
    ['She finished seventeenth.', [ord('seventeenth', 17)]],
    ['The three hundredth store opened.', [ord('three hundredth store', 300)]],
    ['It is the thousandth sale.', [ord('thousandth sale', 1000)]],
    ['It was the forty-second season.', [ord('forty-second season', 42)]],
    ['The second-biggest bank cut jobs.', [ord('second-biggest bank', 2)]],
    ['He ranked sixty-first.', [ord('sixty-first', 61)]],
  ]));
});

describe('recognizers suite 8, English: per cent and per mille', () => {
  run('en', withRef([
    ['Turnout was 72 per cent.', [pct('72 per cent', 72)]],
    ['The tax is five per cent.', [pct('five per cent', 5)]],
    ['The birth rate is 9 per mille.', [pct('9 per mille', 0.9)]],
    ['The limit is 0.5‰.', [pct('0.5‰', 0.05)]],
    ['The fee is 2 per mil.', [pct('2 per mil', 0.2)]],
    ['Prices rose 3.2 per cent.', [pct('3.2 per cent', 3.2, UP)]],
    ['Support fell to 38 per cent.', [pct('38 per cent', 38)]],
    ['The rate is one hundred per cent.', [pct('one hundred per cent', 100)]],
    ['Inflation hit 10.1pc.', [pct('10.1pc', 10.1)]],
    ['A 25 percent stake was sold.', [pct('25 percent', 25)]],
    ['The levy is 15 pct.', [pct('15 pct', 15)]],
    ['Growth slowed to 1.5 percent from 2 percent.', [pct('1.5 percent', 1.5), pct('2 percent', 2)]],
    ['The yield rose 20 basis points.', [qty('20 basis points', 20, 'basis point', UP)]],
    ['Shares fell 2 to 3 per cent.', [pct('2', 2, DOWN), pct('3 per cent', 3)]],
    ['Between 40 and 45 per cent voted.', [pct('40', 40), pct('45 per cent', 45)]],
  ]));
});

describe('recognizers suite 8, English: numbers, counts and ranges', () => {
  run('en', withRef([
    ['The firm cut 1,200 to 1,500 jobs.', [qty('1,200', 1200, 'job', DOWN), qty('1,500 jobs', 1500, 'job')]],
    ['Between 30 and 40 ships wait.', [qty('30', 30, 'ship'), qty('40 ships', 40, 'ship')]],
    ['The fund holds 3.75 billion dollars.', [money('3.75 billion dollars', 3750000000, 'USD')]],
    ['The city has 2,345,678 residents.', [qty('2,345,678 residents', 2345678, 'resident')]],
    ['The firm owns nineteen stores.', [qty('nineteen stores', 19, 'store')]],
    ['A total of 1.8 million barrels was lost.', [qty('1.8 million barrels', 1800000, 'barrel')]],
    ['The project needs 400-500 workers.', [qty('400', 400, 'worker'), qty('500 workers', 500, 'worker')]],
    ['The firm sold 12 thousand cars.', [qty('12 thousand cars', 12000, 'car')]],
    ['It has 0.5 million users.', [qty('0.5 million users', 500000, 'user')]],
    ['The town has seventeen hundred homes.', [qty('seventeen hundred homes', 1700, 'home')]],
    ['At least 14 people died.', [qty('14 people', 14, 'people', AT_LEAST)]],
    ['Up to 300 jobs could go.', [qty('300 jobs', 300, 'job', UP_TO)]],
    ['Fewer than 50 firms applied.', [qty('50 firms', 50, 'firm', UNDER)]],
    ['More than 2,000 homes were flooded.', [qty('2,000 homes', 2000, 'home', OVER)]],
    ['About 80 people attended.', [qty('80 people', 80, 'people', ABOUT)]],
    ['The firm has a staff of 4,500.', [num('4,500', 4500)]],
    ['The two firms merged.', [qty('two firms', 2, 'firm')]],
    ['The country has 1.4 billion people.', [qty('1.4 billion people', 1400000000, 'people')]],
    ['The bank earned $3.2bn.', [money('$3.2bn', 3200000000, 'USD')]],
    ['The firm paid £450,000.', [money('£450,000', 450000, 'GBP')]],
    ['The bid is worth ¥2 trillion.', [money('¥2 trillion', 2000000000000, 'JPY')]],
    ['The loan is €750m.', [money('€750m', 750000000, 'EUR')]],
    ['The fine is CHF 3 million.', [money('CHF 3 million', 3000000, 'CHF')]],
    ['The deal values it at 4.2 billion pounds.', [money('4.2 billion pounds', 4200000000, 'GBP')]],
    ['Shares cost $12.50 each.', [money('$12.50', 12.5, 'USD')]],
    ['The ticket costs 99 cents.', [money('99 cents', 0.99, 'USD')]],
    ['The firm raised between $5 million and $7 million.', [money('$5 million', 5000000, 'USD'), money('$7 million', 7000000, 'USD')]],
    ['The bill is three hundred and twenty dollars.', [money('three hundred and twenty dollars', 320, 'USD')]],
  ]));
});

describe('recognizers suite 8, English: durations', () => {
  run('en', withRef([
    ['The trial lasted three and a half years.', [dur('three and a half years', 'P3.5Y')]],
    ['The flight takes 11 hours and 20 minutes.', [dur('11 hours and 20 minutes', 'PT11H20M')]],
    ['He served a six-month term.', [dur('six-month', 'P6M')]],
    ['The talks went on for a fortnight.', [dur('a fortnight', 'P2W')]],
    ['The project took a decade.', [dur('a decade', 'P10Y')]],
    ['The probe lasted nine days.', [dur('nine days', 'P9D')]],
    ['The shift is 12 hrs.', [dur('12 hrs', 'PT12H')]],
    ['The ban lasts a quarter of a century.', [dur('a quarter of a century', 'P25Y')]],
    ['The trip took half an hour.', [dur('half an hour', 'PT0.5H')]],
  ]));
});

describe('recognizers suite 8, English: dates', () => {
  run('en', withRef([
    ['The law passed on 14 July 2024.', [date('14 July 2024', '2024-07-14')]],
    ['The firm was founded in March 1998.', [date('March 1998', '1998-03')]],
    ['Sales peaked in Q3 2024.', [date('Q3 2024', '2024-Q3')]],
    ['The plan dates from 1987.', [date('1987', '1987')]],
    ['The vote was on 03/04/2025.', [date('03/04/2025', '2025-03-04')]],
    ['The deadline is 2025-09-30.', [date('2025-09-30', '2025-09-30')]],
    ['It opened on the 1st of May, 2023.', [date('1st of May, 2023', '2023-05-01')]],
    ['The fair opens on July 4th.', [date('July 4th', '2025-07-04')]],
    ['The bond matures in 2031.', [date('2031', '2031')]],
    ['The plan ends in the fourth quarter.', [date('fourth quarter', '2025-Q4')]],
    ['The accord was signed in mid-May.', [date('mid-May', '2025-05')]],
    ['The results come in early August.', [date('August', '2025-08')]],
    ['Revenue rose in fiscal 2024.', [date('fiscal 2024', '2024')]],
    ['The store opened on Christmas Eve 2022.', [date('Christmas Eve 2022', '2022-12-24')]],
    ['The firm was created on Jan. 5, 1999.', [date('Jan. 5, 1999', '1999-01-05')]],
    ['The crash came in October 1987.', [date('October 1987', '1987-10')]],
    ['The firm reports on Aug. 7.', [date('Aug. 7', '2025-08-07')]],
    ['The treaty dates from 1648.', [num('1648', 1648)]],
    ['In 1815 the war ended.', [date('1815', '1815')]],
  ]));
});
