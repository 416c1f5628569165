// English entities, round 4 (sentences of our own, none copied from a test set): the classes read
// on the English dev folds and the en-finance-3 fixture (places named by a head word after their name,
// newspapers and teams named after a place, unknown acronyms, stores named with a possessive, titles
// before a person, analyst ratings, storms, legislatures).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 4): places named by a head word after their name', () => {
  it('reads a name before a place head as a place, not a person', () => {
    expectMention(en('Drilling in the Marcus Formation resumed after the storm.'), 'Marcus Formation', 'place');
    expectMention(en('The boat sank near Emily Dock on Tuesday.'), 'Emily Dock', 'place');
    expectMention(en('Crews cleared debris from Harvey Creek.'), 'Harvey Creek', 'place');
    expectMention(en('Tanker traffic in the Black Sea rose in May.'), 'Black Sea', 'place');
    expectMention(en('The spill reached the Caspian Sea within days.'), 'Caspian Sea', 'place');
  });

  it('keeps a person whose surname is a place head', () => {
    expectMention(en('Peter Brook directed the play in Paris.'), 'Peter Brook', 'person');
  });
});

describe('entities (English, round 4): newspapers and teams named after a place', () => {
  it('reads a name ending in a newspaper head as one organization, the place inside it no mention', () => {
    const ents = en('Kim Hollis wrote in the Dallas Observer that the Hartford Courant had the story first.');
    expectMention(ents, 'Dallas Observer', 'organization');
    expectMention(ents, 'Hartford Courant', 'organization');
    noMention(ents.filter((e) => e.type === 'place'), 'Dallas');
    expectMention(en('The figures were first reported by the Leeds Star-Telegram.'), 'Leeds Star-Telegram', 'organization');
  });

  it('reads a listed place before a plural as a team', () => {
    const ents = en('She scored twice for the Edmonton Oilers, and the Phoenix Suns lost to the Ottawa 67s.');
    expectMention(ents, 'Edmonton Oilers', 'organization');
    expectMention(ents, 'Phoenix Suns', 'organization');
    expectMention(ents, 'Ottawa 67s', 'organization');
  });

  it('reads no team from a market noun or a plural the text writes in lower case', () => {
    const ents = en('Asia Stocks fell as Tokyo stocks slid, and Madrid Miners said the mine would close; miners struck.');
    assert.ok(!ents.some((e) => e.type === 'organization'), show(ents));
    expectMention(ents, 'Tokyo', 'place');
  });
});

describe('entities (English, round 4): unknown acronyms in running text', () => {
  it('reads an unknown acronym of three to five capitals as a body', () => {
    const ents = en('The fight aired on KTVX and the QSPL fined both clubs, a ruling the WBXA criticized.');
    expectMention(ents, 'KTVX', 'organization');
    expectMention(ents, 'QSPL', 'organization');
    expectMention(ents, 'WBXA', 'organization');
  });

  it('reads no body from the capitals of business news, a currency, a unit, a ticker or a line in capitals', () => {
    const ents = en('EBITDA rose while the CAGR slowed; the plant adds 40 GW and pays in NOK. Its stock trades under the symbol "QRTX".');
    assert.ok(!ents.some((e) => e.type === 'organization' || e.type === 'company'), show(ents));
    assert.ok(!en('FIRMS SAY QPLX DEAL IS DONE').some((e) => e.text === 'QPLX' && e.type === 'organization'));
  });

  it('leaves an acronym opening a longer name to that name', () => {
    noMention(en('He joined KTVX Radio in 1990.').filter((e) => e.text === 'KTVX'), 'KTVX');
  });
});

describe('entities (English, round 4): titles before a person', () => {
  it('leaves an honorific and a judge\'s title out of the person', () => {
    const ents = en('The ruling by Lady Justice Carr was upheld, and Mr Justice Fraser agreed with her.');
    expectMention(ents, 'Carr', 'person');
    expectMention(ents, 'Fraser', 'person');
    noMention(ents, 'Justice');
    expectMention(en('Lord Chief Justice Burnett gave the judgment.'), 'Burnett', 'person');
  });

  it('keeps Justice in the names of bodies', () => {
    const ents = en('The Department of Justice and the Justice Department are one body; the Ministry of Justice is another.');
    expectMention(ents, 'Department of Justice', 'organization');
    expectMention(ents, 'Justice Department', 'organization');
    expectMention(ents, 'Ministry of Justice', 'organization');
  });
});

describe('entities (English, round 4): ratings, commodities and storms are no names', () => {
  it('reads no name from an analyst rating', () => {
    const ents = en('Analysts cut Tessaro Foods to Hold from Buy, and Jefferies has an Outperform rating on the stock.');
    expectMention(ents, 'Tessaro Foods', 'company');
    noMention(ents, 'Hold');
    noMention(ents, 'Buy');
    noMention(ents, 'Outperform');
    noMention(en('Brokers moved the shares to Market Perform.'), 'Market Perform');
  });

  it('reads no place from a commodity opening a sentence', () => {
    const ents = en('Gold rose 2% on Monday. Copper slipped in London.');
    noMention(ents, 'Gold');
    noMention(ents, 'Copper');
    expectMention(ents, 'London', 'place');
  });

  it('reads no place from a named storm', () => {
    const ents = en('Hurricane Milton hit Florida, and Typhoon Haikui struck Taiwan.');
    noMention(ents, 'Milton');
    noMention(ents, 'Haikui');
    expectMention(ents, 'Florida', 'place');
  });
});

describe('entities (English, round 4): legislatures by their own names', () => {
  it('reads a legislature named in its language as an organization', () => {
    const ents = en('The bill passed the Lok Sabha and the Rajya Sabha; the Knesset and the State Duma voted on theirs.');
    expectMention(ents, 'Lok Sabha', 'organization');
    expectMention(ents, 'Rajya Sabha', 'organization');
    expectMention(ents, 'Knesset', 'organization');
    expectMention(ents, 'State Duma', 'organization');
  });
});

describe("entities (English, round 4): a listed body's possessive before its unit", () => {
  it('reads the owner and the unit as two organizations', () => {
    const ents = en("The case was brought by the SEC's Division of Enforcement, and the ECB's Supervisory Board agreed.");
    expectMention(ents, 'SEC', 'organization');
    expectMention(ents, 'Division of Enforcement', 'organization');
    expectMention(ents, 'ECB', 'organization');
    expectMention(ents, 'Supervisory Board', 'organization');
  });

  it('leaves a product after a possessive to the product', () => {
    const ents = en("Apple's Vision Pro sold out in a day.");
    expectMention(ents, 'Apple', 'company');
    assert.ok(!ents.some((e) => e.type === 'organization'), show(ents));
  });
});

describe("entities (English, round 4): stores named with a possessive", () => {
  it("reads a name always written with its 's, once with no noun after it, as a company", () => {
    const ents = en("Shoppers went to Halbert's and Dillane's, then to Hecht's department store.");
    expectMention(ents, "Halbert's", 'company');
    expectMention(ents, "Dillane's", 'company');
    expectMention(ents, "Hecht's", 'company');
  });

  it("leaves a person's possessive to the person", () => {
    const ents = en("Jerome Powell's remarks mattered, and Powell's tone was calm.");
    expectMention(ents, 'Jerome Powell', 'person');
    assert.ok(!ents.some((e) => e.type === 'company'), show(ents));
    assert.ok(!en("The decision was Marlow's, and Marlow said so.").some((e) => e.type === 'company'));
  });
});
