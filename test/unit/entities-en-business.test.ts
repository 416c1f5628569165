// English business-news entities on sentences of our own (none copied from a test set):
// companies with legal forms, executives with their roles, regulators and central banks,
// cities and countries, and the capitals that are no names (sentence starts, months,
// weekdays, job titles, stock indexes).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English business news): companies', () => {
  it('takes the legal form into the span and out of the id, one form after another', () => {
    const ents = en('Telstra Corp Ltd and Vantoro Corp. both cut jobs, while Orion Petroleum plc hired 200 engineers.');
    expectMention(ents, 'Telstra Corp Ltd', 'company', 'telstra');
    expectMention(ents, 'Vantoro Corp.', 'company', 'vantoro');
    expectMention(ents, 'Orion Petroleum plc', 'company', 'orion-petroleum');
  });

  it('does not open a company name on a sentence-initial common word', () => {
    const ents = en('Shares of Harlow Dynamics Inc. fell 4% on Tuesday.');
    expectMention(ents, 'Harlow Dynamics Inc.', 'company', 'harlow-dynamics');
    noMention(ents, 'Shares');
    noMention(ents, 'Tuesday');
  });

  it('reads the employer after a role and "at" or "of" (analyst at X, chief executive of X)', () => {
    const ents = en('"Margins will recover," said Priya Raman, an analyst at Brightwater Partners, and Tom Ellis, chief executive of Kelbridge.');
    expectMention(ents, 'Priya Raman', 'person');
    expectMention(ents, 'Brightwater Partners', 'company');
    expectMention(ents, 'Tom Ellis', 'person');
    expectMention(ents, 'Kelbridge', 'company');
  });

  it('reads the company after "shares in", "stake in", "sales at"', () => {
    const ents = en('Sales at Redwood Apparel rose 8%. The fund took a stake in Lumora and sold its shares in Pellham Foods.');
    expectMention(ents, 'Redwood Apparel', 'company');
    expectMention(ents, 'Lumora', 'company');
    expectMention(ents, 'Pellham Foods', 'company');
  });

  it('knows large listed companies and banks, and links a quoted ticker to its name', () => {
    const ents = en('Jefferies and Mizuho advised Caterpillar on the deal. Kestrel Analytics (NASDAQ: KSTL) rose.');
    expectMention(ents, 'Jefferies', 'company', 'jefferies');
    expectMention(ents, 'Mizuho', 'company', 'mizuho');
    expectMention(ents, 'Caterpillar', 'company', 'caterpillar');
    expectMention(ents, 'Kestrel Analytics', 'company');
    const ticker = expectMention(ents, 'NASDAQ: KSTL', 'ticker');
    assert.equal(ticker.id, ents.find((e) => e.text === 'Kestrel Analytics')?.id);
  });

  it('types an English name ending in Club, League or a legal form as a body or a business', () => {
    const ents = en('The Harbourside Rowing Club and the Coastal Football League met Kestrel Marine Ltd in Halifax.');
    const club = ents.find((e) => e.text.includes('Rowing Club'));
    assert.ok(club && club.type !== 'person' && club.type !== 'place', show(ents));
    const league = ents.find((e) => e.text.includes('Football League'));
    assert.ok(league && league.type !== 'person' && league.type !== 'place', show(ents));
    expectMention(ents, 'Kestrel Marine Ltd', 'company');
  });
});

describe('entities (English business news): people and roles', () => {
  it('leaves the job title out of the name (Chair, Governor, Prime Minister)', () => {
    const ents = en('Fed Chair Jerome Powell spoke after Governor Andrew Bailey, and Prime Minister Keir Starmer met bankers.');
    expectMention(ents, 'Jerome Powell', 'person', 'jerome-powell');
    expectMention(ents, 'Andrew Bailey', 'person');
    expectMention(ents, 'Keir Starmer', 'person');
    noMention(ents, 'Chair');
    noMention(ents, 'Governor');
    noMention(ents, 'Prime');
  });

  it('reads names after English titles and links the surname later on', () => {
    const ents = en('Ms. Tanaka joined in 2019. Chief executive Maria Okonkwo said demand had weakened. "We are confident," Okonkwo said.');
    expectMention(ents, 'Tanaka', 'person');
    expectMention(ents, 'Maria Okonkwo', 'person', 'maria-okonkwo');
    const later = ents.filter((e) => e.text === 'Okonkwo');
    assert.equal(later.length, 1, show(ents));
    assert.equal(later[0].id, 'maria-okonkwo');
  });

  it('finds no name in a job title alone', () => {
    const ents = en('The Chief Executive said on Monday that the Chief Financial Officer would leave. Meanwhile, the President of the company declined to comment.');
    noMention(ents, 'Chief');
    noMention(ents, 'President');
    noMention(ents, 'Monday');
    noMention(ents, 'Meanwhile');
  });
});

describe('entities (English business news): regulators, central banks, places', () => {
  it('knows regulators and central banks, in one id with their French names', () => {
    const ents = en('The Office of the Comptroller of the Currency and the FDIC fined the lender; the Bank of England and the Reserve Bank of Australia held rates.');
    expectMention(ents, 'Office of the Comptroller of the Currency', 'organization');
    expectMention(ents, 'FDIC', 'organization', 'federal-deposit-insurance-corporation');
    expectMention(ents, 'Bank of England', 'organization', 'banque-d-angleterre');
    expectMention(ents, 'Reserve Bank of Australia', 'organization');
  });

  it('finds the city in "Denver-based" and "New York-listed", and no company in the adjective', () => {
    const ents = en('The Frankfurt-based lender and a New York-listed rival bought a Sydney-based miner.');
    const frankfurt = expectMention(ents, 'Frankfurt', 'place');
    assert.equal(frankfurt.end - frankfurt.start, 'Frankfurt'.length);
    expectMention(ents, 'New York', 'place', 'new-york');
    expectMention(ents, 'Sydney', 'place');
    noMention(ents, '-based');
    noMention(ents, '-listed');
  });

  it('gives no mention for an unknown word before "-based"', () => {
    const ents = en('The Xqorvale-based startup raised money.');
    noMention(ents, 'Xqorvale');
  });

  it('finds cities and countries', () => {
    const ents = en('Toyota Motor Corp. raised prices in Germany and Japan, and opened offices in Houston, Texas.');
    expectMention(ents, 'Toyota Motor Corp.', 'company', 'toyota');
    expectMention(ents, 'Germany', 'place', 'allemagne');
    expectMention(ents, 'Japan', 'place', 'japon');
    expectMention(ents, 'Houston', 'place');
    expectMention(ents, 'Texas', 'place');
  });
});

describe('entities (English business news): no names', () => {
  it('gives no mention for stock indexes, nor for the names inside them', () => {
    const ents = en('The S&P 500 slipped 0.4%, the Dow Jones Industrial Average lost 120 points and the Nasdaq Composite and the FTSE 100 were flat.');
    for (const s of ['S&P', 'Dow Jones', 'Nasdaq', 'FTSE']) noMention(ents, s);
  });

  it('gives no mention for weekdays and months, even capitalized or possessive', () => {
    const ents = en("Tuesday's rally faded. March sales were strong, and the results are due in September or on Friday.");
    for (const s of ['Tuesday', 'March', 'September', 'Friday']) noMention(ents, s);
  });

  it('gives no mention for "The" or other sentence-initial words', () => {
    const ents = en('The lender said revenue rose. However, analysts were cautious. Investors sold the stock.');
    assert.deepEqual(ents, [], show(ents));
  });
});

describe('entities (English business news): datelines, language-specific names', () => {
  it('reads the dateline place in capitals, and the title through a department (Treasury Secretary)', () => {
    const ents = en('NEW YORK, May 5 (Reuters) - Treasury Secretary Janet Yellen met the chief executives of Barclays and HSBC.');
    expectMention(ents, 'NEW YORK', 'place', 'new-york');
    expectMention(ents, 'Janet Yellen', 'person', 'janet-yellen');
    noMention(ents, 'Secretary');
    expectMention(ents, 'Barclays', 'company');
    expectMention(ents, 'HSBC', 'company');
  });

  it('reads Mexico as the country in English and U.K. with its dot', () => {
    const ents = en('Exports to Brazil and Mexico doubled, while sales in the U.K. fell.');
    expectMention(ents, 'Mexico', 'place', 'mexique');
    expectMention(ents, 'U.K.', 'place', 'royaume-uni');
  });
});

describe('entities (English business news): tickers and benchmarks', () => {
  it('reads Reuters instrument codes as tickers of the name before them', () => {
    const ents = en('Apple Inc (AAPL.O) rose, while Harlow Dynamics (HRLW.N) fell and HSBC (HSBA.L) was flat.');
    expectMention(ents, 'AAPL.O', 'ticker', 'apple');
    expectMention(ents, 'Harlow Dynamics', 'company', 'harlow-dynamics');
    expectMention(ents, 'HRLW.N', 'ticker', 'harlow-dynamics');
    expectMention(ents, 'HSBA.L', 'ticker', 'hsbc');
  });

  it('gives no ticker for other short words in parentheses', () => {
    const ents = en('The report (Reuters) came out at 5 (p.m.) in the U.S. yesterday.');
    assert.ok(!ents.some((e) => e.type === 'ticker'), show(ents));
  });

  it('gives no mention for crude benchmarks, and keeps a brand with an ampersand whole', () => {
    const ents = en('Brent crude rose 1.2% and West Texas Intermediate gained 1%, while Ben & Jerry\'s raised prices.');
    noMention(ents, 'Brent');
    noMention(ents, 'West Texas');
    expectMention(ents, "Ben & Jerry's", 'company');
  });
});

describe('entities (English business news): sentence openers', () => {
  it('opens no name on a preposition or conjunction capitalized by the sentence, so the dates stay dates', () => {
    const text = 'Between March 3 and March 5 shares of Corvane Mining fell. Since Halvorsen Capital sold its stake, the price has halved. Early March, Telvio said it would cut costs.';
    const ents = en(text);
    for (const opener of ['Between', 'Since', 'Early']) noMention(ents, opener);
    noMention(ents, 'March');
    expectMention(ents, 'Halvorsen Capital', 'company');
    const figures = analyze(text, { lang: 'en', date: '2025-06-15' }).figures.filter((f) => f.kind === 'date').map((f) => `${f.text}=${f.value}`);
    assert.deepEqual(figures.slice(0, 2), ['March 3=2025-03-03', 'March 5=2025-03-05']);
  });

  it('keeps a name whose first word is only a capitalized word elsewhere in the sentence', () => {
    const ents = en('Shares rose after Morgan Stanley raised its target, and In-Q-Tel invested.');
    expectMention(ents, 'Morgan Stanley', 'company');
  });
});

describe('entities (English business news): datelines before a bracket, a dash or a slash', () => {
  it('reads the dateline place before (Reuters), a dash or a second place, and starts a sentence after the dash', () => {
    const a = en('WASHINGTON (Reuters) - The Securities and Exchange Commission charged two executives of Kelbridge Corp.');
    expectMention(a, 'WASHINGTON', 'place');
    expectMention(a, 'Securities and Exchange Commission', 'organization');
    noMention(a, 'The ');
    const b = en('HONG KONG - Shares of Alibaba Group Holding Ltd jumped.');
    expectMention(b, 'HONG KONG', 'place', 'hong-kong');
    const c = en('BEIJING/SHANGHAI (Reuters) - China cut rates.');
    expectMention(c, 'BEIJING', 'place');
    expectMention(c, 'SHANGHAI', 'place', 'shanghai');
  });

  it('takes no unknown word in capitals at a line start for a dateline place', () => {
    const ents = en('KELBRIDGE (Reuters) - Kelbridge Corp cut jobs.');
    assert.ok(!ents.some((e) => e.text === 'KELBRIDGE' && e.type === 'place'), show(ents));
  });
});

describe('entities (English business news): datelines with a US state or a country', () => {
  it('reads a state abbreviation after the dateline city as the state, linked to its id', () => {
    const a = en('PALO ALTO, Calif. (Reuters) - Vantoro Inc said on Monday it would cut jobs.');
    expectMention(a, 'PALO ALTO', 'place');
    expectMention(a, 'Calif.', 'place', 'californie');
    const b = en('CAMBRIDGE, Mass., March 3 (Reuters) - Harlow Dynamics raised its forecast.');
    expectMention(b, 'Mass.', 'place', 'massachusetts');
    const c = en('TRENTON, N.J. (Reuters) - A judge ruled on Friday.');
    expectMention(c, 'N.J.', 'place', 'new-jersey');
    const d = en('ATLANTA, Ga. - Kelbridge Corp moved its headquarters.');
    expectMention(d, 'Ga.', 'place', 'georgie-etats-unis');
    noMention(d, 'Georgia');
  });

  it('reads an unlisted city in capitals as a place when a state or a country follows, and the date as a figure', () => {
    const a = en('BELLEVUE, Washington, Oct 30 (Reuters) - Pellham Software reported higher profit.');
    expectMention(a, 'BELLEVUE', 'place');
    expectMention(a, 'Washington', 'place', 'washington');
    noMention(a, 'Oct');
    const r = analyze('BELLEVUE, Washington, Oct 30 (Reuters) - Pellham Software reported higher profit.', { lang: 'en' });
    assert.ok(r.figures.some((f) => f.text === 'Oct 30' && f.kind === 'date'), JSON.stringify(r.figures.map((f) => f.text)));
    const b = en('DEARBORN, Mich., Jan. 12 (Reuters) - The carmaker recalled trucks.');
    expectMention(b, 'DEARBORN', 'place');
    expectMention(b, 'Mich.', 'place', 'michigan');
    const c = en('WOLFSBURG, Germany (Reuters) - Shares rose.');
    expectMention(c, 'WOLFSBURG', 'place');
    expectMention(c, 'Germany', 'place');
  });

  it('reads the date between the dateline place and the agency as a figure, no name (Nov. is no place)', () => {
    for (const [text, date] of [
      ['HOUSTON, Texas, Nov. 3, 2025 (Reuters) - Oil prices rose.', 'Nov. 3, 2025'],
      ['DEARBORN, Mich., Dec. 1 (Reuters) - The carmaker recalled trucks.', 'Dec. 1'],
      ['LONDON, Feb. 12, 2025 - Shares fell.', 'Feb. 12, 2025'],
    ]) {
      const r = analyze(text, { lang: 'en' });
      assert.ok(!r.entities.some((e) => /^(Nov|Dec|Feb)/.test(e.text)), JSON.stringify(r.entities.map((e) => e.text)));
      assert.ok(r.figures.some((f) => f.text === date && f.kind === 'date'), `${date} in ${JSON.stringify(r.figures.map((f) => f.text))}`);
    }
  });

  it('reads no unlisted word in capitals as a place without a state or a country after it, ', () => {
    const a = en('KELBRIDGE, Oct 30 (Reuters) - Kelbridge Corp cut jobs.');
    assert.ok(!a.some((e) => e.text === 'KELBRIDGE' && e.type === 'place'), show(a));
    const b = en('VANTORO, Monday (Reuters) - Vantoro Inc cut jobs.');
    assert.ok(!b.some((e) => e.text === 'VANTORO' && e.type === 'place'), show(b));
  });
});

describe('entities (English business news): possessives', () => {
  it('reads a name whose shares, board or chief executive are spoken of as a company', () => {
    const ents = en("Vantoro's shares fell 5%. Harlow Dynamics' chief executive resigned, and Kelbridge's board met.");
    expectMention(ents, 'Vantoro', 'company', 'vantoro');
    expectMention(ents, 'Harlow Dynamics', 'company', 'harlow-dynamics');
    expectMention(ents, 'Kelbridge', 'company');
  });

  it('leaves a listed person or place its own possessive', () => {
    const ents = en("Elon Musk's stake rose while China's profit fell.");
    expectMention(ents, 'Elon Musk', 'person');
    expectMention(ents, 'China', 'place', 'chine');
  });
});

describe('entities (English business news): a body before a job title and a person', () => {
  it('leaves the title out of the body named before it (Federal Reserve Chair Jerome H. Powell)', () => {
    const ents = en('Federal Reserve Chair Jerome H. Powell said inflation was easing.');
    expectMention(ents, 'Federal Reserve', 'organization');
    expectMention(ents, 'Jerome H. Powell', 'person');
    noMention(ents, 'Chair');
  });
});

describe('entities (English business news): listed names written in full or with initials', () => {
  it('links a listed person named with a middle initial to the listed id', () => {
    const ents = en('Treasury Secretary Janet L. Yellen met Jerome H. Powell.');
    expectMention(ents, 'Janet L. Yellen', 'person', 'janet-yellen');
    expectMention(ents, 'Jerome H. Powell', 'person', 'jerome-powell');
  });

  it('knows OPEC by its full English name and LVMH written without accents', () => {
    const ents = en('The Organization of the Petroleum Exporting Countries cut output. LVMH Moet Hennessy Louis Vuitton SE said sales rose.');
    expectMention(ents, 'Organization of the Petroleum Exporting Countries', 'organization', 'organisation-des-pays-exportateurs-de-petrole');
    expectMention(ents, 'LVMH Moet Hennessy Louis Vuitton SE', 'company', 'lvmh');
  });
});

describe('entities (English business news): the employer before a corporate title', () => {
  it('reads the company before Chief Executive, Chairman or CEO and a person, and cuts CEO from the name', () => {
    const ents = en('Shares fell after Pellham Chief Executive John A. Marsh resigned; Corvane Mining Chairman David Ellis and Lumora CEO Ann Lee stayed.');
    expectMention(ents, 'Pellham', 'company');
    expectMention(ents, 'John A. Marsh', 'person');
    expectMention(ents, 'Corvane Mining', 'company');
    expectMention(ents, 'Lumora', 'company');
    expectMention(ents, 'Ann Lee', 'person');
    noMention(ents, 'CEO');
  });

  it('reads no employer in a nationality before a public title, nor in a word opening the sentence', () => {
    const ents = en('British Prime Minister Keir Starmer spoke. Former Chief Executive John Marsh left.');
    noMention(ents, 'British');
    noMention(ents, 'Former');
    expectMention(ents, 'John Marsh', 'person');
  });
});
