// Round 9 of the recognizer table, English (written for this suite, annotated by hand before the analyzer ran): the
// open cases of round 8 (a weekday and its day in a future clause, 98.6 F), number ranges and bounds, comparisons,
// ages, currencies of less common money, ranks, dates in ISO, slash and written forms, times with a zone, periods of
// the accounts, durations of mixed units, measures. Each case lists every figure of the text, in order (see
// figures-support.ts); REF is a Wednesday.
// First run, on main at c9873dc: 22 of the first 302 cases failed (6 of them slips of the annotation against conventions
// already decided, corrected since: `last Tuesday` is the latest Tuesday, `aged 55 and over` is at least); the second
// batch, written after the fixes, failed 1 of 40 on its first run; the third batch, 40 more, failed 7
// times (4 gaps, now fixed, 3 slips). All pass now; 7 cases that
// repeated older tables word for word were then dropped.
import { run, money, pct, qty, num, ord, date, dur, time, UP, DOWN, ABOUT, OVER, UNDER, AT_LEAST, UP_TO, withContext } from './figures-support';

const REF = { refDate: '2025-03-12' };

/** The cases of this table, read against REF. */
const withRef = withContext(REF);

describe('recognizers suite 9, English: the open cases of round 8', () => {
  run('en', withRef([
    // Thursday the 12th falls in December 2024 (90 days back) and June 2025 (92 days on): the tense picks.
    ['The board will meet on Thursday the 12th.', [date('Thursday the 12th', '2025-06-12')]],
    ['The board met on Thursday the 12th.', [date('Thursday the 12th', '2024-12-12')]],
    ['The vote will take place on Thursday 12.', [date('Thursday 12', '2025-06-12')]],
    ['The vote took place on Thursday 12.', [date('Thursday 12', '2024-12-12')]],
    ['The strike is going to start on Friday the 13th.', [date('Friday the 13th', '2025-06-13')]],
    ['The strike started on Friday the 13th.', [date('Friday the 13th', '2024-12-13')]],
    ['His fever reached 102.4 F overnight.', [qty('102.4 F', 102.4, '°F')]],
    ['The nurse noted 99.5 F in the morning.', [num('99.5', 99.5)]],
    ['The room was kept at 68 F.', [num('68', 68)]],
  ]));
});

describe('recognizers suite 9, English: number ranges', () => {
  run('en', withRef([
    ['The firm will hire between 50 and 80 engineers.', [qty('50', 50, 'engineer'), qty('80 engineers', 80, 'engineer')]],
    ['Prices rose 5-10% in a year.', [pct('5', 5, UP), pct('10%', 10)]],
    ['The loss is seen at 3 to 4 billion euros.', [money('3', 3e9, 'EUR'), money('4 billion euros', 4e9, 'EUR')]],
    ['The plant makes 200 to 250 cars a day.', [qty('200', 200, 'car'), qty('250 cars', 250, 'car')]],
    ['The index could fall 10 to 15 percent.', [pct('10', 10, DOWN), pct('15 percent', 15)]],
    ['The job pays from $40,000 to $60,000 a year.', [money('$40,000', 40000, 'USD'), money('$60,000', 60000, 'USD')]],
    ['The tower will be 300-350 metres tall.', [qty('300', 300, 'm'), qty('350 metres', 350, 'm')]],
    ['Margins ranged from 12% to 18%.', [pct('12%', 12), pct('18%', 18)]],
    ['Rates sit between 4.25 and 4.5 percent.', [pct('4.25', 4.25), pct('4.5 percent', 4.5)]],
    ['Each unit weighs 2 to 3 tonnes.', [qty('2', 2, 'tonne'), qty('3 tonnes', 3, 'tonne')]],
    ['The firm expects 1.5 to 2 million visitors.', [qty('1.5', 1500000, 'visitor'), qty('2 million visitors', 2000000, 'visitor')]],
    ['The deal is worth $1bn-$1.5bn.', [money('$1bn', 1e9, 'USD'), money('$1.5bn', 1.5e9, 'USD')]],
    ['Between 10,000 and 12,000 fans came.', [qty('10,000', 10000, 'fan'), qty('12,000 fans', 12000, 'fan')]],
    ['The town lost 20-25 homes.', [qty('20', 20, 'home', DOWN), qty('25 homes', 25, 'home')]],
    ['Analysts see growth of 2 to 2.5 percent.', [pct('2', 2, UP), pct('2.5 percent', 2.5)]],
    ['The shares trade between £3 and £4.', [money('£3', 3, 'GBP'), money('£4', 4, 'GBP')]],
    ['Bids came in from 30 to 45 dollars a share.', [money('30', 30, 'USD'), money('45 dollars', 45, 'USD')]],
    ['The trial will enrol 400 to 600 patients.', [qty('400', 400, 'patient'), qty('600 patients', 600, 'patient')]],
    ['The bank cut 5,000-6,000 jobs.', [qty('5,000', 5000, 'job', DOWN), qty('6,000 jobs', 6000, 'job')]],
    ['The drive is 40 to 50 kilometres.', [qty('40', 40, 'km'), qty('50 kilometres', 50, 'km')]],
    ['The crowd numbered 3,000 to 4,000.', [num('3,000', 3000), num('4,000', 4000)]],
    ['Yields moved between 1% and 1.2%.', [pct('1%', 1), pct('1.2%', 1.2)]],
    ['Costs will rise by 8 to 12 percent.', [pct('8', 8, UP), pct('12 percent', 12)]],
    ['The firm sees a loss of 20 to 30 cents a share.', [money('20', 0.2, 'USD'), money('30 cents', 0.3, 'USD')]],
  ]));
});

describe('recognizers suite 9, English: bounds and comparisons', () => {
  run('en', withRef([
    ['Up to 20 flights were cancelled.', [qty('20 flights', 20, 'flight', UP_TO)]],
    ['The fee can reach up to 5%.', [pct('5%', 5, UP_TO)]],
    ['Loans of up to $50,000 are offered.', [money('$50,000', 50000, 'USD', UP_TO)]],
    ['Over 1,000 people marched.', [qty('1,000 people', 1000, 'people', OVER)]],
    ['Less than 10% of firms replied.', [pct('10%', 10, UNDER)]],
    ['At most 3 bidders remain.', [qty('3 bidders', 3, 'bidder', UP_TO)]],
    ['No fewer than 40 banks signed.', [qty('40 banks', 40, 'bank', AT_LEAST)]],
    ['Roughly 70 percent of voters agree.', [pct('70 percent', 70, ABOUT)]],
    ['Nearly 9,000 jobs are at risk.', [qty('9,000 jobs', 9000, 'job', ABOUT)]],
    ['Almost $2 billion was lost.', [money('$2 billion', 2e9, 'USD', ABOUT)]],
    ['Around 150 firms took part.', [qty('150 firms', 150, 'firm', ABOUT)]],
    ['Some 600 workers were laid off.', [qty('600 workers', 600, 'worker', ABOUT)]],
    ['Approximately 45% of the stock is held abroad.', [pct('45%', 45, ABOUT)]],
    ['The deal is worth in excess of $3 billion.', [money('$3 billion', 3e9, 'USD', OVER)]],
    ['Well over 500 stores closed.', [qty('500 stores', 500, 'store', OVER)]],
    ['Just under 40% of staff voted.', [pct('40%', 40, UNDER)]],
    ['A minimum of 12 members is needed.', [qty('12 members', 12, 'member', AT_LEAST)]],
    ['A maximum of 25 guests is allowed.', [qty('25 guests', 25, 'guest', UP_TO)]],
    ['The loss was below 1 percent.', [pct('1 percent', 1, UNDER)]],
    ['The index closed above 5,000 points.', [qty('5,000 points', 5000, 'point', OVER)]],
    ['More than a quarter of sales are online.', [pct('a quarter', 25, OVER)]],
    ['Fewer than 30 planes flew.', [qty('30 planes', 30, 'plane', UNDER)]],
    ['Rents rose by more than 7%.', [pct('7%', 7, { approx: 'over', direction: 'up' })]],
    ['Shares fell by as much as 12%.', [pct('12%', 12, { approx: 'up_to', direction: 'down' })]],
    ['As many as 80 people are missing.', [qty('80 people', 80, 'people', UP_TO)]],
    ['Not less than 60 days are needed.', [dur('60 days', 'P60D', AT_LEAST)]],
    ['It costs less than $10.', [money('$10', 10, 'USD', UNDER)]],
    ['At least half of the staff left.', [pct('half', 50, AT_LEAST)]],
  ]));
});

describe('recognizers suite 9, English: ages', () => {
  run('en', withRef([
    ['A 45-year-old was charged.', [dur('45-year-old', 'P45Y')]],
    ['The 29-year-old striker signed.', [dur('29-year-old', 'P29Y')]],
    ['A fifty-five-year-old driver was hurt.', [dur('fifty-five-year-old', 'P55Y')]],
    ['A two-month-old puppy was rescued.', [dur('two-month-old', 'P2M')]],
    ['A 10-day-old calf was born.', [dur('10-day-old', 'P10D')]],
    ['The founder, 81, stepped down.', [dur('81', 'P81Y')]],
    ['He was 62 years old.', [dur('62 years', 'P62Y')]],
    ['She died at the age of 91.', [dur('91', 'P91Y')]],
    ['Workers aged 55 and over may retire.', [dur('55', 'P55Y', AT_LEAST)]],
    ['Children under the age of 12 travel free.', [dur('12', 'P12Y', UNDER)]],
    ['People aged between 30 and 40 were polled.', [dur('30', 'P30Y'), dur('40', 'P40Y')]],
    ['The nonagenarian spoke first.', [dur('nonagenarian', 'P90Y', AT_LEAST), ord('first', 1)]],
    ['A sexagenarian led the team.', [dur('sexagenarian', 'P60Y', AT_LEAST)]],
    ['A 40-something manager quit.', []],
    ['He is in his early thirties.', []],
    ['The chief executive, 58, will retire at 65.', [dur('58', 'P58Y'), dur('65', 'P65Y')]],
    ['A 90-year-old building collapsed.', [dur('90-year-old', 'P90Y')]],
    ['The 30-year-olds earn more.', [dur('30-year-olds', 'P30Y')]],
    ['The baby was six weeks old.', [dur('six weeks', 'P6W')]],
    ['The winner is aged 19.', [dur('19', 'P19Y')]],
  ]));
});

describe('recognizers suite 9, English: currencies of less common money', () => {
  run('en', withRef([
    ['The loan is 2 billion rand.', [money('2 billion rand', 2e9, 'ZAR')]],
    ['The fine was 500 million naira.', [money('500 million naira', 5e8, 'NGN')]],
    ['The flat costs 800,000 zlotys.', [money('800,000 zlotys', 800000, 'PLN')]],
    ['The fund holds 30 billion renminbi.', [money('30 billion renminbi', 3e10, 'CNY')]],
    ['The stake is worth 12 billion rupees.', [money('12 billion rupees', 1.2e10, 'INR')]],
    ['The deal is worth 40 billion yen.', [money('40 billion yen', 4e10, 'JPY')]],
    ['The bonus was 200,000 Swedish kronor.', [money('200,000 Swedish kronor', 200000, 'SEK')]],
    ['The firm paid 3 million Swiss francs.', [money('3 million Swiss francs', 3e6, 'CHF')]],
    ['The bill came to 1.2 million Hong Kong dollars.', [money('1.2 million Hong Kong dollars', 1.2e6, 'HKD')]],
    ['The plan costs 5 billion Canadian dollars.', [money('5 billion Canadian dollars', 5e9, 'CAD')]],
    ['The car costs 90,000 shekels.', [money('90,000 shekels', 90000, 'ILS')]],
    ['The fine is 10 million Turkish lira.', [money('10 million Turkish lira', 1e7, 'TRY')]],
    ['The price is 45 riyals.', [money('45 riyals', 45, 'SAR')]],
    ['The tower cost 4 billion dirhams.', [money('4 billion dirhams', 4e9, 'AED')]],
    ['The state paid 70 billion rubles.', [money('70 billion rubles', 7e10, 'RUB')]],
    ['The grant is 2 million Danish kroner.', [money('2 million Danish kroner', 2e6, 'DKK')]],
    ['The farm sold for 3 billion forints.', [money('3 billion forints', 3e9, 'HUF')]],
    ['The mall cost 1 trillion won.', [money('1 trillion won', 1e12, 'KRW')]],
    ['The bond raised 5 trillion rupiah.', [money('5 trillion rupiah', 5e12, 'IDR')]],
    ['The plant cost 2 billion ringgit.', [money('2 billion ringgit', 2e9, 'MYR')]],
    ['The ticket costs 300 baht.', [money('300 baht', 300, 'THB')]],
    ['The fine was 50,000 Mexican pesos.', [money('50,000 Mexican pesos', 50000, 'MXN')]],
    ['The loan is 8 billion Brazilian reais.', [money('8 billion Brazilian reais', 8e9, 'BRL')]],
    ['The firm raised ZAR 1.5 billion.', [money('ZAR 1.5 billion', 1.5e9, 'ZAR')]],
    ['The deal is worth PLN 400 million.', [money('PLN 400 million', 4e8, 'PLN')]],
    ['The bond pays NGN 20 billion.', [money('NGN 20 billion', 2e10, 'NGN')]],
    ['The contract is worth INR 900 crore.', [money('INR 900 crore', 9e9, 'INR')]],
    ['Revenue was CNY 12.4 billion.', [money('CNY 12.4 billion', 1.24e10, 'CNY')]],
    ['The bid was SEK 30 billion.', [money('SEK 30 billion', 3e10, 'SEK')]],
    ['The fare is 15 Egyptian pounds.', [money('15 Egyptian pounds', 15, 'EGP')]],
    ['The farm lost 400 million Kenyan shillings.', [money('400 million Kenyan shillings', 4e8, 'KES', DOWN)]],
    ['The mine earned 2 billion Ghanaian cedis.', [money('2 billion Ghanaian cedis', 2e9, 'GHS')]],
    ['The state spent 10 billion Ukrainian hryvnias.', [money('10 billion Ukrainian hryvnias', 1e10, 'UAH')]],
    ['He paid 2,000 Czech korunas.', [money('2,000 Czech korunas', 2000, 'CZK')]],
    ['It costs 25 Singapore dollars.', [money('25 Singapore dollars', 25, 'SGD')]],
    ['It costs 60 New Zealand dollars.', [money('60 New Zealand dollars', 60, 'NZD')]],
    ['The fine was 3 million Argentine pesos.', [money('3 million Argentine pesos', 3e6, 'ARS')]],
    ['The deal is worth 90 million CFA francs.', [money('90 million CFA francs', 9e7, 'XOF')]],
    ['He won 3 matches.', [qty('3 matches', 3, 'match')]],
  ]));
});

describe('recognizers suite 9, English: ranks', () => {
  run('en', withRef([
    ['It is the twenty-first edition.', [ord('twenty-first edition', 21)]],
    ['She finished 43rd.', [ord('43rd', 43)]],
    ['The 1st prize went to Kenya.', [ord('1st prize', 1)]],
    ['It is the 111th session.', [ord('111th session', 111)]],
    ['It is the 112th edition.', [ord('112th edition', 112)]],
    ['It is the 113th year.', [ord('113th', 113)]],
    ['The firm ranked seventy-third.', [ord('seventy-third', 73)]],
    ['It was the fourth-biggest deal.', [ord('fourth-biggest deal', 4)]],
    ['It is the eighth consecutive quarter of growth.', [ord('eighth consecutive quarter', 8)]],
    ['The bank is the world\'s tenth-largest.', [ord('tenth-largest', 10)]],
    ['He placed fifteenth overall.', [ord('fifteenth', 15)]],
    ['It was the thirtieth straight win.', [ord('thirtieth straight win', 30)]],
    ['She is the 3rd woman to win.', [ord('3rd woman', 3)]],
    ['It is their 500th store.', [ord('500th store', 500)]],
    ['It was the two hundred and fiftieth show.', [ord('two hundred and fiftieth show', 250)]],
    ['The 19th-century mill closed.', [ord('19th-century', 19)]],
    ['It is the 2nd largest market.', [ord('2nd largest market', 2)]],
    ['She came in at number three.', [ord('number three', 3)]],
  ]));
});

describe('recognizers suite 9, English: dates in ISO, slash and written forms', () => {
  run('en', withRef([
    ['The deal closed on 2025-03-04.', [date('2025-03-04', '2025-03-04')]],
    ['The filing is dated 2024-11-30.', [date('2024-11-30', '2024-11-30')]],
    ['The vote was on 04/03/2025.', [date('04/03/2025', '2025-04-03')]],
    ['The vote was on 25/03/2025.', [date('25/03/2025', '2025-03-25')]],
    ['The bill passed on 12/31/2024.', [date('12/31/2024', '2024-12-31')]],
    ['It opens on March 4th, 2025.', [date('March 4th, 2025', '2025-03-04')]],
    ['It opened on the 4th of March 2025.', [date('4th of March 2025', '2025-03-04')]],
    ['The firm was founded on 4 March 2025.', [date('4 March 2025', '2025-03-04')]],
    ['The deal closed Tuesday, March 4, 2025.', [date('Tuesday, March 4, 2025', '2025-03-04')]],
    ['The plan starts in Sept. 2025.', [date('Sept. 2025', '2025-09')]],
    ['The law dates from Feb 2019.', [date('Feb 2019', '2019-02')]],
    ['The fund closed in 2025/03.', []],
    ['The note is due 2026/01/15.', [date('2026/01/15', '2026-01-15')]],
    ['The firm reports on 05.08.2025.', [date('05.08.2025', '2025-08-05')]],
    ['The event is on 30 Sep 2025.', [date('30 Sep 2025', '2025-09-30')]],
    ['The deal was signed in the spring of 2019.', [date('spring of 2019', '2019')]],
    ['It happened on the night of March 3.', [date('March 3', '2025-03-03')]],
    ['The float is planned for the week of April 7.', [date('April 7', '2025-04-07')]],
    ['The firm was founded in 1886.', [date('1886', '1886')]],
    ['The dispute dates back to 2003.', [date('2003', '2003')]],
    ['The archive covers 1914 to 1918.', [date('1914', '1914'), date('1918', '1918')]],
    ['The law took effect on Jan. 1.', [date('Jan. 1', '2025-01-01')]],
    ['The plan runs until December 31, 2030.', [date('December 31, 2030', '2030-12-31')]],
    ['The firm went public on 9/15/2008.', [date('9/15/2008', '2008-09-15')]],
    ['The note is dated 3/4/25.', [date('3/4/25', '2025-03-04')]],
    ['The shares were listed on 2 Apr. 2024.', [date('2 Apr. 2024', '2024-04-02')]],
    ['It was founded in the year 2000.', [date('year 2000', '2000')]],
    ['The plan covers 2025 through 2027.', [date('2025', '2025'), date('2027', '2027')]],
  ]));
});

describe('recognizers suite 9, English: relative dates and weekdays', () => {
  run('en', withRef([
    ['The deal closed last Tuesday.', [date('last Tuesday', '2025-03-11')]],
    ['The deal will close next Thursday.', [date('next Thursday', '2025-03-13')]],
    ['The shares fell two days ago.', [date('two days ago', '2025-03-10')]],
    ['The firm will report in two days.', [date('in two days', '2025-03-14')]],
    ['The plant closed three years ago.', [date('three years ago', '2022')]],
    ['The float is due in six months.', [date('in six months', '2025-09')]],
    ['The talks start the day before yesterday.', [date('day before yesterday', '2025-03-10')]],
    // The previous quarter, the prior year: the period before the one the text speaks of, not before the reference.
    ['Sales fell in the previous quarter.', []],
    ['Profit rose 4% from the prior year.', [pct('4%', 4, UP)]],
    ['Prices rose last quarter.', [date('last quarter', '2024-Q4')]],
    ['The firm hires next month.', [date('next month', '2025-04')]],
    ['The rule applies from next year.', [date('next year', '2026')]],
    ['The bank cut rates this week.', [date('this week', '2025-W11')]],
    ['The store opens this Saturday.', [date('this Saturday', '2025-03-15')]],
    ['The CEO spoke on Monday, March 10.', [date('Monday, March 10', '2025-03-10')]],
    ['The CEO will speak on Friday, March 14.', [date('Friday, March 14', '2025-03-14')]],
    ['The plant opened five weeks ago.', [date('five weeks ago', '2025-W06')]],
    ['The audit ends in ten days.', [date('in ten days', '2025-03-22')]],
    ['The budget is due next Monday.', [date('next Monday', '2025-03-17')]],
  ]));
});

describe('recognizers suite 9, English: times and zones', () => {
  run('en', withRef([
    ['The call starts at 9 a.m. ET.', [time('9 a.m.', '09:00')]],
    ['The market opens at 9:30 a.m. EST.', [time('9:30 a.m.', '09:30')]],
    ['The webcast begins at 2 p.m. GMT.', [time('2 p.m.', '14:00')]],
    ['The launch is at 14:00 UTC.', [time('14:00', '14:00')]],
    ['The call is at 8:30 a.m. Eastern Time.', [time('8:30 a.m.', '08:30')]],
    ['Results come out at 7 a.m. London time.', [time('7 a.m.', '07:00')]],
    ['The auction closes at 5 p.m. Pacific.', [time('5 p.m.', '17:00')]],
    ['The rocket lifted off at 10:15 p.m. local time.', [time('10:15 p.m.', '22:15')]],
    ['The quake struck at 04:32 GMT.', [time('04:32', '04:32')]],
    ['The briefing is at 11 a.m. CET on Monday.', [time('11 a.m.', '11:00')]],
    ['Trading resumes at 1 pm BST.', [time('1 pm', '13:00')]],
    ['The vote ends at 23:59 CET.', [time('23:59', '23:59')]],
    ['The call is scheduled for 4:30 p.m. ET on March 13.', [time('4:30 p.m.', '16:30'), date('March 13', '2025-03-13')]],
    ['Trading halted at 10:47:12 a.m.', [time('10:47:12 a.m.', '10:47:12')]],
    ['The bell rings at 8 sharp.', [time('8', '08:00')]],
    ['The doors open at seven in the evening.', [time('seven in the evening', '19:00')]],
    ['The train leaves at twenty past nine.', [time('twenty past nine', '09:20')]],
    ['The office opens between 8 and 9 a.m.', [time('8', '08:00'), time('9 a.m.', '09:00')]],
    ['The store is open from 10 a.m. until 8 p.m.', [time('10 a.m.', '10:00'), time('8 p.m.', '20:00')]],
    ['The blackout lasted from 3:15 to 5:40 p.m.', [time('3:15', '15:15'), time('5:40 p.m.', '17:40')]],
  ]));
});

describe('recognizers suite 9, English: periods of the accounts', () => {
  run('en', withRef([
    ['H1 2025 revenue rose 4%.', [date('H1 2025', '2025-H1'), pct('4%', 4, UP)]],
    ['Profit fell in H2 2024.', [date('H2 2024', '2024-H2')]],
    ['FY2024 sales were flat.', [date('FY2024', '2024')]],
    ['The FY25 outlook was cut.', [date('FY25', '2025')]],
    ['Revenue in fiscal year 2023 rose.', [date('fiscal year 2023', '2023')]],
    ['Sales rose in the first half.', [date('first half', '2025-H1')]],
    ['Sales rose in the first half of the year.', [date('first half', '2025-H1')]],
    ['The second half of 2024 was weak.', [date('second half of 2024', '2024-H2')]],
    ['Growth slowed in the third quarter of 2024.', [date('third quarter of 2024', '2024-Q3')]],
    ['Q1 2025 orders jumped.', [date('Q1 2025', '2025-Q1')]],
    ['The firm beat forecasts in 3Q24.', [date('3Q24', '2024-Q3')]],
    ['Sales rose in 1H25.', [date('1H25', '2025-H1')]],
    ['Profit rose in Q4 of 2024.', [date('Q4 of 2024', '2024-Q4')]],
    ['The 2024-25 season ended.', [date('2024', '2024'), date('25', '2025')]],
    ['Fiscal 2026 guidance was raised.', [date('Fiscal 2026', '2026')]],
    ['The forecast for the full year 2025 stands.', [date('year 2025', '2025')]],
    ['Sales fell in the fourth quarter.', [date('fourth quarter', '2024-Q4')]],
    ['Sales for the 2024 financial year rose.', [date('2024', '2024')]],
    ['The budget for 2025/26 was passed.', [date('2025', '2025'), date('26', '2026')]],
    ['Earnings in the three months to June rose.', [dur('three months', 'P3M'), date('June', '2024-06')]],
  ]));
});

describe('recognizers suite 9, English: durations of mixed units', () => {
  run('en', withRef([
    ['The flight takes 2 h 30.', [dur('2 h 30', 'PT2H30M')]],
    ['The sentence is 1 year and 6 months.', [dur('1 year and 6 months', 'P1Y6M')]],
    ['The talks lasted a year and a half.', [dur('a year and a half', 'P1.5Y')]],
    ['The climb took 3 hours 45 minutes.', [dur('3 hours 45 minutes', 'PT3H45M')]],
    ['The record is 1 min 42 s.', [dur('1 min 42 s', 'PT1M42S')]],
    ['The loan runs 2 years and 3 months.', [dur('2 years and 3 months', 'P2Y3M')]],
    ['The strike lasted 5 days and 6 hours.', [dur('5 days and 6 hours', 'P5DT6H')]],
    ['The probe took one year, two months and ten days.', [dur('one year, two months and ten days', 'P1Y2M10D')]],
    ['The job takes 90 seconds.', [dur('90 seconds', 'PT90S')]],
    ['The race took 1:05:30.', [dur('1:05:30', 'PT1H5M30S')]],
    ['The drive is about 45 minutes.', [dur('45 minutes', 'PT45M', ABOUT)]],
    ['The contract runs for 18 months.', [dur('18 months', 'P18M')]],
    ['The outage lasted 36 hours.', [dur('36 hours', 'PT36H')]],
    ['She waited an hour and a half.', [dur('an hour and a half', 'PT1.5H')]],
    ['The film runs one hour and forty minutes.', [dur('one hour and forty minutes', 'PT1H40M')]],
    ['The plan spans three decades.', [dur('three decades', 'P30Y')]],
    ['It took 2 weeks and 3 days.', [dur('2 weeks', 'P2W'), dur('3 days', 'P3D')]],
    ['The merger took nine months to close.', [dur('nine months', 'P9M')]],
    ['The pause lasted 4 min.', [dur('4 min', 'PT4M')]],
  ]));
});

describe('recognizers suite 9, English: numbers in words and digits', () => {
  run('en', withRef([
    ['The firm has forty-two branches.', [qty('forty-two branches', 42, 'branch')]],
    ['The city counted one hundred and five deaths.', [qty('one hundred and five deaths', 105, 'death')]],
    ['The fund owns nine thousand homes.', [qty('nine thousand homes', 9000, 'home')]],
    ['The firm sold 1,234,567 units.', [qty('1,234,567 units', 1234567, 'unit')]],
    ['The ratio is 0.75.', [num('0.75', 0.75)]],
    ['The index rose 12.5 points.', [qty('12.5 points', 12.5, 'point', UP)]],
    ['The firm has twelve hundred staff.', [qty('twelve hundred staff', 1200, 'staff')]],
    ['It has 3.5 million subscribers.', [qty('3.5 million subscribers', 3500000, 'subscriber')]],
    ['The town has 25k residents.', [qty('25k residents', 25000, 'resident')]],
    ['The fleet has a dozen ships.', [qty('a dozen ships', 12, 'ship')]],
    ['He bought two dozen eggs.', [qty('two dozen eggs', 24, 'egg')]],
    ['Sales hit 2.3 million units.', [qty('2.3 million units', 2300000, 'unit')]],
    ['The firm has 11 000 workers.', [qty('11 000 workers', 11000, 'worker')]],
    ['The score was zero.', [num('zero', 0)]],
    ['The town has three hundred thousand people.', [qty('three hundred thousand people', 300000, 'people')]],
    ['The number rose to seven million.', [num('seven million', 7000000)]],
    ['The firm made five hundred and sixty cars.', [qty('five hundred and sixty cars', 560, 'car')]],
  ]));
});

describe('recognizers suite 9, English: percents and points', () => {
  run('en', withRef([
    ['The rate is 3.75%.', [pct('3.75%', 3.75)]],
    ['Support rose two percentage points.', [pct('two percentage points', 2, UP)]],
    ['The yield fell 15 bps.', [qty('15 bps', 15, 'basis point', DOWN)]],
    ['The tax is twenty percent.', [pct('twenty percent', 20)]],
    ['The bank holds a 9.9% stake.', [pct('9.9%', 9.9)]],
    ['Inflation eased to 2.4% in February.', [pct('2.4%', 2.4), date('February', '2025-02')]],
    ['Half a percentage point was added.', [pct('Half a percentage point', 0.5)]],
    ['The rate is one and a half percent.', [pct('one and a half percent', 1.5)]],
    ['A 100% tariff was imposed.', [pct('100%', 100)]],
    ['Turnout dropped to 48 percent from 55 percent.', [pct('48 percent', 48), pct('55 percent', 55)]],
    ['Sales jumped 150%.', [pct('150%', 150, UP)]],
    ['The margin is 0.3 percent.', [pct('0.3 percent', 0.3)]],
  ]));
});

describe('recognizers suite 9, English: measures and temperatures', () => {
  run('en', withRef([
    ['The line is 120 km long.', [qty('120 km', 120, 'km')]],
    ['The truck carries 40 tons.', [qty('40 tons', 40, 'ton')]],
    ['The rig pumps 50,000 barrels per day.', [qty('50,000 barrels per day', 50000, 'bpd')]],
    ['The chip is 3 nanometres wide.', [qty('3 nanometres', 3, 'nm')]],
    ['The phone weighs 190 grams.', [qty('190 grams', 190, 'g')]],
    ['The plant has 500 megawatts of capacity.', [qty('500 megawatts', 500, 'MW')]],
    ['The drive holds 2 terabytes.', [qty('2 terabytes', 2, 'TB')]],
    ['The car reached 250 km/h.', [qty('250 km/h', 250, 'km/h')]],
    ['The wind blew at 90 mph.', [qty('90 mph', 90, 'mph')]],
    ['It was minus 15 degrees Celsius in the cold.', [qty('minus 15 degrees Celsius', -15, '°C', DOWN)]],
    ['The heat hit 41 °C in Seville.', [qty('41 °C', 41, '°C')]],
    ['The weather stays at 75 degrees Fahrenheit.', [qty('75 degrees Fahrenheit', 75, '°F')]],
    ['Temperatures will range from 5 to 12 °C.', [qty('5', 5, '°C'), qty('12 °C', 12, '°C')]],
    ['The river rose 2.5 metres.', [qty('2.5 metres', 2.5, 'm', UP)]],
    ['The pipeline carries 30 bcm of gas a year.', [qty('30 bcm', 30, 'bcm')]],
  ]));
});

describe('recognizers suite 9, English: dates with a time', () => {
  run('en', withRef([
    ['The vote is on March 20 at 10 a.m.', [date('March 20', '2025-03-20'), time('10 a.m.', '10:00')]],
    ['The fire broke out on 2 March 2025 at 23:10.', [date('2 March 2025', '2025-03-02'), time('23:10', '23:10')]],
    ['The offer closes at 5 p.m. on April 1, 2025.', [time('5 p.m.', '17:00'), date('April 1, 2025', '2025-04-01')]],
    ['The blast happened yesterday at 6:45 a.m.', [date('yesterday', '2025-03-11'), time('6:45 a.m.', '06:45')]],
    ['The game is tomorrow at 3 p.m.', [date('tomorrow', '2025-03-13'), time('3 p.m.', '15:00')]],
    ['Markets shut at noon today.', [time('noon', '12:00'), date('today', '2025-03-12')]],
    ['The flight left at 2025-03-01T06:30.', [date('2025-03-01', '2025-03-01'), time('06:30', '06:30')]],
    ['The event is on Saturday, March 15 at 8 p.m.', [date('Saturday, March 15', '2025-03-15'), time('8 p.m.', '20:00')]],
  ]));
});

describe('recognizers suite 9, English: second batch (more money, ranks, measures, ranges in words)', () => {
  run('en', withRef([
    ['The bill came to 5,000 Nigerian naira.', [money('5,000 Nigerian naira', 5000, 'NGN')]],
    ['The state paid 2 billion Pakistani rupees.', [money('2 billion Pakistani rupees', 2e9, 'PKR')]],
    ['The plant cost 9 trillion Vietnamese dong.', [money('9 trillion Vietnamese dong', 9e12, 'VND')]],
    ['The loan is 3 billion Ethiopian birr.', [money('3 billion Ethiopian birr', 3e9, 'ETB')]],
    ['The fee is KES 500.', [money('KES 500', 500, 'KES')]],
    ['The bond raised GHS 2 billion.', [money('GHS 2 billion', 2e9, 'GHS')]],
    ['The fine was 40,000 Jordanian dinars.', [money('40,000 Jordanian dinars', 40000, 'JOD')]],
    ['The deal is worth 600 million Qatari riyals.', [money('600 million Qatari riyals', 6e8, 'QAR')]],
    ['The flat costs 12 million Chilean pesos.', [money('12 million Chilean pesos', 1.2e7, 'CLP')]],
    ['The state spent 4 billion Serbian dinars.', [money('4 billion Serbian dinars', 4e9, 'RSD')]],
    ['It is the 21st century.', [ord('21st century', 21)]],
    ['It was the twenty-second attempt.', [ord('twenty-second attempt', 22)]],
    ['It is the hundredth birthday.', [ord('hundredth birthday', 100)]],
    ['It is his 1,000th game.', [ord('1,000th game', 1000)]],
    ['The firm is the third-biggest employer.', [ord('third-biggest employer', 3)]],
    ['The 20th-century building was razed.', [ord('20th-century', 20)]],
    ['The team took third place overall.', [ord('third place', 3)]],
    ['The box is 5 ft long.', [qty('5 ft', 5, 'ft')]],
    ['They shipped a 40-foot container.', [qty('40-foot', 40, 'foot')]],
    ['The park spans 3 sq km.', [qty('3 sq km', 3, 'km²')]],
    ['The tank holds 10 cubic metres.', [qty('10 cubic metres', 10, 'm³')]],
    ['The chip uses a 5-nanometre process.', [qty('5-nanometre', 5, 'nm')]],
    ['Between five and ten people were hurt.', [qty('five', 5, 'people'), qty('ten people', 10, 'people')]],
    ['The plan costs from three to four million dollars.', [money('three', 3e6, 'USD'), money('four million dollars', 4e6, 'USD')]],
    ['Prices rose between 2 and 3 percent last month.', [pct('2', 2), pct('3 percent', 3), date('last month', '2025-02')]],
    ['The survey polled people aged 16 to 24.', [dur('16', 'P16Y'), dur('24', 'P24Y')]],
    ['The grant goes to children under 5.', [num('5', 5, UNDER)]],
    ['The trial ran from 10:30 to 11:45 a.m.', [time('10:30', '10:30'), time('11:45 a.m.', '11:45')]],
    ['The market is open between 9:30 and 4 p.m.', [time('9:30', '09:30'), time('4 p.m.', '16:00')]],
    ['The note was dated 14.02.2024.', [date('14.02.2024', '2024-02-14')]],
    ['The sale ends on 31.12.2025.', [date('31.12.2025', '2025-12-31')]],
    ['The strike lasted 2 days, 4 hours and 10 minutes.', [dur('2 days, 4 hours and 10 minutes', 'P2DT4H10M')]],
    ['The ban runs 3 years, 6 months.', [dur('3 years, 6 months', 'P3Y6M')]],
    // A part before a rate's unit of time is the rate's count, no part of the duration before it (review).
    ['He worked there 10 years, 5 days a week.', [dur('10 years', 'P10Y'), dur('5 days', 'P5D')]],
    ['He worked there 10 years and 5 days a week.', [dur('10 years', 'P10Y'), dur('5 days', 'P5D')]],
    ['Output fell 5%, 3 months after the cut.', [pct('5%', 5, DOWN), dur('3 months', 'P3M')]],
    ['He waited 2 hours, 30 people queued behind him.', [dur('2 hours', 'PT2H'), qty('30 people', 30, 'people')]],
    ['Fees run from 50 to 75 cents.', [money('50', 0.5, 'USD'), money('75 cents', 0.75, 'USD')]],
    ['The ride takes 1 h 45.', [dur('1 h 45', 'PT1H45M')]],
    ['The board will convene on Thursday the 12th at 10 a.m.', [date('Thursday the 12th', '2025-06-12'), time('10 a.m.', '10:00')]],
    ['The vote is on Tuesday 18.', [date('Tuesday 18', '2025-03-18')]],
    ['The rally was held on Saturday 8.', [date('Saturday 8', '2025-03-08')]],
  ]));
});

describe('recognizers suite 9, English: third batch (ranges with symbols, signs, clocks, spans of days)', () => {
  run('en', withRef([
    ['Tickets cost €5-€10.', [money('€5', 5, 'EUR'), money('€10', 10, 'EUR')]],
    ['Returns ranged between -2% and 3%.', [pct('-2%', -2, DOWN), pct('3%', 3)]],
    ['Margins swung from -1.5% to +0.5%.', [pct('-1.5%', -1.5, DOWN), pct('+0.5%', 0.5, UP)]],
    ['The bank plans $2bn to $3bn of cuts.', [money('$2bn', 2e9, 'USD'), money('$3bn', 3e9, 'USD')]],
    ['The stake is worth £1.2-£1.5 billion.', [money('£1.2', 1.2e9, 'GBP'), money('£1.5 billion', 1.5e9, 'GBP')]],
    ['The fund returned 7-9 per cent.', [pct('7', 7), pct('9 per cent', 9)]],
    ['The shop is open 9-5.', []],
    ['Talks ran from 9 a.m. to 12:30 p.m.', [time('9 a.m.', '09:00'), time('12:30 p.m.', '12:30')]],
    ['The desk is staffed 8:00-20:00.', [time('8:00', '08:00'), time('20:00', '20:00')]],
    ['The fair runs from Monday, March 17 to Friday, March 21.', [date('Monday, March 17', '2025-03-17'), date('Friday, March 21', '2025-03-21')]],
    ['The plant closed from 3 to 7 March 2025.', [date('3', '2025-03-03'), date('7 March 2025', '2025-03-07')]],
    ['The office is shut March 3-7.', [date('March 3', '2025-03-03'), date('7', '2025-03-07')]],
    ['The show ran in June and July 2024.', [date('June', '2024-06'), date('July 2024', '2024-07')]],
    ['Output rose in the first nine months of 2024.', [dur('nine months', 'P9M'), date('2024', '2024')]],
    ['The yield is at least 3% and up to 5%.', [pct('3%', 3, AT_LEAST), pct('5%', 5, UP_TO)]],
    ['Inflation is seen at 2% or more.', [pct('2%', 2, AT_LEAST)]],
    ['Only 3 in 10 voters agree.', [pct('3 in 10', 30)]],
    ['Shares gained a further 4.5%.', [pct('4.5%', 4.5, UP)]],
    ['The firm sold twice as many cars.', []],
    ['The deal is worth 1.5 times sales.', [num('1.5', 1.5)]],
    ['He won by 52 votes to 48.', [qty('52 votes', 52, 'vote'), num('48', 48)]],
    ['The rate is 4.5% a year.', [pct('4.5%', 4.5)]],
    ['The loan runs for 30 years at 6%.', [dur('30 years', 'P30Y'), pct('6%', 6)]],
    ['It takes 3 to 5 business days.', [dur('3', 'P3D'), dur('5 business days', 'P5D')]],
    ['The talks could last weeks.', []],
    ['The drug cut deaths by a third.', [pct('a third', 33.333333, DOWN)]],
    ['Costs rose threefold.', [qty('threefold', 3, 'x', UP)]],
    ['The firm is worth ten times more.', [qty('ten times', 10, 'x', UP)]],
    ['He has run 12 marathons in 12 months.', [qty('12 marathons', 12, 'marathon'), dur('12 months', 'P12M')]],
    ['The town is 40 miles from London.', [qty('40 miles', 40, 'mile')]],
    ['The firm made 3.2 million euros in 2024.', [money('3.2 million euros', 3.2e6, 'EUR'), date('2024', '2024')]],
    ['The market fell 300 points, or 1.2%.', [qty('300 points', 300, 'point', DOWN), pct('1.2%', 1.2)]],
    ['The fee is $4.99 a month.', [money('$4.99', 4.99, 'USD')]],
    ['Prices are up 10% year on year.', [pct('10%', 10, UP)]],
    ['The vote is set for the 20th of March.', [date('20th of March', '2025-03-20')]],
    ['The results came on 2/28.', []],
    ['The bill passed 9-0.', []],
    ['The deadline is end-June.', [date('end-June', '2025-06')]],
    ['The firm will report mid-April.', [date('mid-April', '2025-04')]],
    ['Sales rose in the year to March.', [date('March', '2025-03')]],
  ]));
});
