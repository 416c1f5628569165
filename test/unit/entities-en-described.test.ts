// English business news names unknown businesses by what they are, not by a suffix: a description
// after the name, a list shared with known companies, a place's -based before it (sentences of our
// own, none copied from a test set). See src/core/entities/described.ts.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English business news): names described as businesses', () => {
  it('reads a name before a comma and a description of a business as a company', () => {
    const ents = en(
      'Korvex, a maker of industrial pumps, said orders rose. Quorvia, the Dutch payments startup, raised money. ' +
        "Shares of Talvane fell. Cameco, its Canadian rival, gained 4%. Petrovia, Brazil's state-controlled oil company, named a new chief.",
    );
    for (const name of ['Korvex', 'Quorvia', 'Cameco', 'Petrovia']) expectMention(ents, name, 'company');
  });

  it('reads a name that is a business after is or was as a company, and a body described as one as an organization', () => {
    const ents = en('Bilka is a Danish chain of hypermarkets. Ravensworth is a British engineering group. Markets fell after Nationalbanken, the central bank, cut rates.');
    expectMention(ents, 'Bilka', 'company');
    expectMention(ents, 'Ravensworth', 'company');
    expectMention(ents, 'Nationalbanken', 'organization');
  });

  it('leaves a listed place, a person and a job title their own reading', () => {
    const ents = en(
      "China, the world's biggest car market, slowed. Zhao Wei, a fund manager at Harvest Fund Management, was cautious. " +
        "Anna Berg, the group's founder, left. Marco Benedetti, chief executive of the firm, resigned.",
    );
    expectMention(ents, 'China', 'place');
    expectMention(ents, 'Zhao Wei', 'person');
    expectMention(ents, 'Anna Berg', 'person');
    expectMention(ents, 'Marco Benedetti', 'person');
  });
});

describe('entities (English business news): names listed with companies', () => {
  it('reads unknown names joined to a known company by commas and "and" as companies', () => {
    const ents = en('Tesco, Sainsbury and Ocado lagged. Sources said Halvorsen Shipping was in talks with Maersk and Hapag-Lloyd.');
    expectMention(ents, 'Sainsbury', 'company');
    expectMention(ents, 'Ocado', 'company');
    expectMention(ents, 'Hapag-Lloyd', 'company');
  });

  it('keeps people, places, job titles and sentence adverbs out of such lists', () => {
    const ents = en('Separately, Apple and Tesla fell. Investors in Apple and London were calm. Google and Chief Executive Sundar Pichai were sued by Tim Walsh and Apple.');
    noMention(ents, 'Separately');
    expectMention(ents, 'London', 'place');
    expectMention(ents, 'Sundar Pichai', 'person');
    expectMention(ents, 'Tim Walsh', 'person');
  });
});

describe('entities (English business news): a business after a place and -based', () => {
  it('reads the name after Shanghai-based as a company, the place staying a place', () => {
    const ents = en('Zhao Wei, a fund manager at Shanghai-based Harvest Fund Management, said so. A Toronto-based Vantage Mining deal closed.');
    expectMention(ents, 'Shanghai', 'place');
    expectMention(ents, 'Harvest Fund Management', 'company');
    expectMention(ents, 'Vantage Mining', 'company');
  });

  it('leaves a person after -based a person', () => {
    expectMention(en('London-based Sarah Collins said the fund would grow.'), 'Sarah Collins', 'person');
  });
});

describe('entities (English business news): a name before a lower-case index', () => {
  it('gives no mention for a stock index written with a lower-case index, nor for the names inside it', () => {
    const ents = en("The blue-chip CSI300 index ended flat. The Jakarta Composite index gained, and South Korea's KOSPI index rose.");
    for (const s of ['CSI300', 'Jakarta', 'Composite', 'KOSPI']) noMention(ents, s);
    expectMention(ents, 'South Korea', 'place');
  });
});

describe('entities (English business news): what only a business does', () => {
  it('reads the name a deal verb takes and a name that posts results or agrees to buy as a company', () => {
    const ents = en('Zentrix posted a quarterly loss of $40 million. Zentrix agreed to buy Colbrook for $300 million. The takeover of Delmar closed, and Brimco reported higher third-quarter sales.');
    for (const name of ['Zentrix', 'Colbrook', 'Delmar', 'Brimco']) expectMention(ents, name, 'company');
  });

  it('reads the name a deal values, advises or merges, and a name that a which-clause says does business, as a company', () => {
    const ents = en(
      'The deal values Kelmont at about $2 billion. Moelis & Co advised Quantra on the sale. The merger of Westbrook and Halden Mills created a giant. ' +
        'Portman Ridge, which invests in middle-market firms, cut its dividend.',
    );
    for (const name of ['Kelmont', 'Quantra', 'Westbrook', 'Halden Mills', 'Portman Ridge']) expectMention(ents, name, 'company');
  });

  it('leaves a listed person, a person named in full and a listed place their own reading', () => {
    const ents = en('Elon Musk agreed to buy Twitter. China reported weak retail sales. Karen Holt posted a loss on her bets.');
    expectMention(ents, 'Elon Musk', 'person');
    expectMention(ents, 'China', 'place');
    expectMention(ents, 'Karen Holt', 'person');
  });

  it('reads a name ending in a business word after a person cue as the business (activist investor Elliott Management)', () => {
    const ents = en('Activist investor Elliott Management has built a stake. Investor Warren Buffett said little.');
    expectMention(ents, 'Elliott Management', 'company');
    expectMention(ents, 'Warren Buffett', 'person');
  });
});

describe('entities (English business news): bodies named by what they are of or for', () => {
  it('reads a head word and its of/for/on complements as one organization', () => {
    const ents = en('The Institute for Supply Management said its index fell. The National Association of Realtors and the Council on Foreign Relations disagreed.');
    expectMention(ents, 'Institute for Supply Management', 'organization');
    expectMention(ents, 'National Association of Realtors', 'organization');
    expectMention(ents, 'Council on Foreign Relations', 'organization');
  });

  it('stops before whom a body plays for and at an abbreviation', () => {
    const ents = en('He left the Swiss Super League for FC Basel. He joined the National Hockey League for the St. Louis Eagles.');
    noMention(ents, 'League for');
  });
});

describe('entities (English business news): names in Title Case headlines', () => {
  it('keeps a company with a legal form, and a name the prose writes too, in a headline', () => {
    const a = en('Acme Corp Shares Jump After Upbeat Forecast\n\nThe company said demand was strong.');
    expectMention(a, 'Acme Corp', 'company');
    const b = en('Marlin Capital Partners Buys Stake in Hollis Foods\n\nMarlin Capital Partners said it bought 9% of Hollis Foods.');
    const inHeadline = b.filter((e) => e.start < 50).map((e) => e.text);
    for (const name of ['Marlin Capital Partners', 'Hollis Foods']) expectMention(b, name, 'company');
    for (const name of ['Marlin Capital Partners', 'Hollis Foods']) if (!inHeadline.includes(name)) throw new Error(`${name} not read in the headline: ${inHeadline.join(', ')}`);
  });

  it('reads no name from the capitals of a headline alone', () => {
    const ents = en('Clean Energy Stocks Rally as Investors Bet on Rate Cuts\n\nShares rose.');
    noMention(ents, 'Energy');
  });
});

describe('entities (English business news): businesses named in their own language', () => {
  it('reads a foreign head word and its name words as one company, particles included', () => {
    const ents = en('Analysts said Banco Popular, Banca Monte dei Paschi di Siena and Grupo Televisa would need capital.');
    for (const name of ['Banco Popular', 'Banca Monte dei Paschi di Siena', 'Grupo Televisa']) expectMention(ents, name, 'company');
  });
});

describe("entities (English business news): a person after a business's possessive", () => {
  it('reads two or three capitalized words between a business possessive and a speech verb as a person', () => {
    const ents = en("Saxo Bank's Ole Hansen said gold could rise. Commerzbank's Thu Lan Nguyen wrote in a note.");
    expectMention(ents, 'Ole Hansen', 'person');
    expectMention(ents, 'Thu Lan Nguyen', 'person');
  });

  it("leaves a business's unit named after its possessive alone", () => {
    const ents = en("Amazon's Whole Foods said prices would fall.");
    expectMention(ents, 'Whole Foods', 'company');
  });
});

describe('entities (English): given names of the English list', () => {
  it('reads a given name of the English list and a surname as a person in English text', () => {
    const ents = en('The fund was run by Kathryn Delacourt until March. Magda Oyelowo joined in 2020.');
    expectMention(ents, 'Kathryn Delacourt', 'person');
    expectMention(ents, 'Magda Oyelowo', 'person');
  });

  it('opens no longer name with it, and names no person with it in a headline', () => {
    const ents = en('Visitors came to the Paxton Carnegie Public Library.\n\nFed Chair Powell Signals Patience on Rate Cuts\n\nMarkets rose.');
    for (const m of ents) if (m.type === 'person') throw new Error(`unexpected person ${m.text}`);
  });
});

describe('entities (English business news): credit ratings', () => {
  it('reads no name in a credit rating', () => {
    const ents = en("Fitch affirmed Greece at BBB- with a stable outlook. Moody's cut Tarnia to Baa3 from Baa2, and S&P kept its CCC+ rating on the fund.");
    for (const s of ['BBB', 'Baa3', 'Baa2', 'CCC']) noMention(ents, s);
    expectMention(ents, 'Greece', 'place');
  });
});

describe('entities (English business news): events and legislatures', () => {
  it('reads no name in a day named by a word and a weekday', () => {
    const ents = en('Retailers braced for a weak Black Friday and Cyber Monday. Apple said sales were strong.');
    for (const s of ['Black', 'Friday', 'Cyber', 'Monday']) noMention(ents, s);
    expectMention(ents, 'Apple', 'company');
  });

  it('knows the legislatures of business news as organizations', () => {
    const ents = en('The House of Representatives passed the bill; the House of Commons and the Bundestag debated theirs.');
    for (const name of ['House of Representatives', 'House of Commons', 'Bundestag']) expectMention(ents, name, 'organization');
  });
});
