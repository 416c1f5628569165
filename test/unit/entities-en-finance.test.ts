// English financial-news entities on sentences of our own (none copied from a test set): unknown
// companies named by the business they are in, places and bodies of market reports, and the
// capitals of financial text that are no names. Complements entities-en-business.test.ts.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English financial news): unknown companies named by their business', () => {
  it('reads a name ending in a business word as a company, not a person, wherever it stands', () => {
    const ents = en(
      'Clearwater Analytics said it would buy a rival. Talks with Ostrava Steel broke down. ' +
        'Norbury Foods, which makes frozen pizzas, was founded in 1962. The offer from Castellan Equity was rejected. ' +
        'The unit will be renamed Altura Health next year.',
    );
    for (const name of ['Clearwater Analytics', 'Ostrava Steel', 'Norbury Foods', 'Castellan Equity', 'Altura Health']) expectMention(ents, name, 'company');
  });

  it('reads a business word after a sentence-initial name, but not after a word that opens sentences', () => {
    const a = en('Pemberton Resources shares rose 12 cents on Friday.');
    expectMention(a, 'Pemberton Resources', 'company');
    const b = en('Investors Services were hit. After Analytics rose, Shares Group fell.');
    noMention(b, 'Investors');
    noMention(b, 'After');
    noMention(b, 'Shares');
  });
});

describe('entities (English financial news): one type for an unknown name in one article', () => {
  it('gives every mention of an unknown name the type of its surest reading', () => {
    const ents = en("Two funds are the biggest shareholders in Veltro. Veltro's board rejected the offer, and Marco Benedetti, Veltro's chief executive, stayed.");
    const veltro = ents.filter((e) => e.text === 'Veltro');
    assert.equal(veltro.length, 3, show(ents));
    for (const m of veltro) assert.equal(m.type, 'company', show(ents));
    expectMention(ents, 'Marco Benedetti', 'person');
  });
});

describe('entities (English financial news): places of market news', () => {
  it('knows US states, Indian, Australian and Canadian states and provinces, German Länder and Chinese provinces', () => {
    const ents = en(
      'The utility serves customers in Wyoming, Pennsylvania and North Carolina. Sales in Gujarat and Karnataka rose, ' +
        'while mines in Queensland and New South Wales and plants in Saskatchewan, Hesse and Hunan were idled.',
    );
    for (const name of ['Wyoming', 'Pennsylvania', 'North Carolina', 'Gujarat', 'Karnataka', 'Queensland', 'New South Wales', 'Saskatchewan', 'Hesse', 'Hunan']) {
      expectMention(ents, name, 'place');
    }
    expectMention(ents, 'New South Wales', 'place', 'nouvelle-galles-du-sud');
  });

  it('reads Wall Street as a place, and the seas and basins of oil news as places', () => {
    const ents = en('Wall Street ended lower on Friday. Output from the Permian Basin, the North Sea and the Gulf of Mexico fell.');
    expectMention(ents, 'Wall Street', 'place', 'wall-street');
    expectMention(ents, 'Permian Basin', 'place');
    expectMention(ents, 'North Sea', 'place');
    expectMention(ents, 'Gulf of Mexico', 'place');
  });
});

describe('entities (English financial news): indexes, titles and nationalities that are no names', () => {
  it('gives no mention for the Dow, the Nikkei average or an index written with Index, but keeps the companies named like them', () => {
    const a = en("The Dow fell 1%. Japan's Nikkei share average closed up 0.4%, and the FTSE 100 Index and the Straits Times Index slipped.");
    for (const s of ['Dow', 'Nikkei', 'FTSE', 'Straits', 'Index']) noMention(a, s);
    expectMention(a, 'Japan', 'place');
    const b = en('Hang Seng Bank rose while the Hang Seng fell, and the Dow Chemical Co plant closed. The Nikkei newspaper reported it.');
    expectMention(b, 'Hang Seng Bank', 'company');
    expectMention(b, 'Dow Chemical Co', 'company');
    expectMention(b, 'Nikkei', 'organization');
  });

  it('leaves royal titles and a nationality before them out of the name', () => {
    const ents = en('The Kremlin said Saudi Crown Prince Mohammed bin Salman would visit. King Charles met bankers.');
    expectMention(ents, 'Mohammed bin Salman', 'person');
    expectMention(ents, 'Charles', 'person');
    for (const s of ['Saudi', 'Crown', 'Prince', 'King']) noMention(ents, s);
  });

  it('reads the portfolio before Minister or Secretary as no name, and a name around a particle as one person', () => {
    const ents = en('The talks with Saudi Energy Minister Prince Abdulaziz bin Salman ended, and German Finance Minister Christian Lindner left.');
    expectMention(ents, 'Abdulaziz bin Salman', 'person');
    expectMention(ents, 'Christian Lindner', 'person');
    for (const s of ['Energy', 'Finance', 'German', 'Saudi']) noMention(ents, s);
  });
});

describe('entities (English financial news): names built on other names', () => {
  it('reads a first name and name ending in a body or business word as that body or business', () => {
    const ents = en('He worked at the Max Planck Institute, then at Charles River Labs, and now advises George Washington University Hospital.');
    expectMention(ents, 'Max Planck Institute', 'organization');
    expectMention(ents, 'Charles River Labs', 'company');
    expectMention(ents, 'George Washington University Hospital', 'organization');
  });

  it('reads no lower-case word between an English cue and a name as a modifier', () => {
    const ents = en('Rugby union expert Mick Colliss joined the fund manager John Smith.');
    expectMention(ents, 'Mick Colliss', 'person');
    expectMention(ents, 'John Smith', 'person');
  });

  it('reads "the West" alone as the place, and not inside a longer name', () => {
    const a = en('Sanctions by the West hurt Russia.');
    expectMention(a, 'the West', 'place');
    const b = en('The tracks of the West Jersey Railroad ran to the coast.');
    noMention(b, 'the West');
  });
});

describe('entities (English financial news): tickers and ranks', () => {
  it('reads a listed symbol that names nothing else as its company\'s ticker, and leaves BP and IBM companies', () => {
    const ents = en('Shares of AAPL and MSFT rose, while TSLA fell 3%. Shares of BP fell and IBM was flat.');
    expectMention(ents, 'AAPL', 'ticker', 'apple');
    expectMention(ents, 'TSLA', 'ticker', 'tesla');
    expectMention(ents, 'BP', 'company', 'bp');
    expectMention(ents, 'IBM', 'company', 'ibm');
  });

  it('leaves military ranks out of the name and gives no name to a rank alone', () => {
    const ents = en('Brigadier General Anne Fields met Major General John Scheidt. The Major said the base would close.');
    expectMention(ents, 'Anne Fields', 'person');
    expectMention(ents, 'John Scheidt', 'person');
    for (const s of ['Brigadier', 'Major', 'General']) noMention(ents, s);
  });
});

describe('entities (English financial news): the edges of a name', () => {
  it('keeps a glued possessive ending in the name', () => {
    const ents = en("Shares of Macy's fell, and Dillard's rose.");
    expectMention(ents, "Macy's", 'company');
    assert.ok(!ents.some((e) => e.text === "Macy'"), show(ents));
  });

  it('reads royal and military titles as titles in English only', () => {
    const fr = extractEntities('Le chanteur Prince a vendu des millions de disques. Prince Rogers Nelson est né à Minneapolis.', { lang: 'fr' });
    assert.ok(fr.some((e) => e.text.startsWith('Prince') && e.type === 'person'), show(fr));
  });
});

describe('entities (English financial news): names ending in a word of places', () => {
  it('reads a name ending in County, Street, River or Bay as a place, and one ending in Hotel as a business', () => {
    const ents = en('The utility extended service to Fairfax County, opened an office on Barrack Street and hosted investors at the Mark Hopkins Hotel.');
    expectMention(ents, 'Fairfax County', 'place');
    expectMention(ents, 'Barrack Street', 'place');
    const hotel = ents.find((e) => e.text === 'Mark Hopkins Hotel');
    assert.ok(hotel && (hotel.type === 'company' || hotel.type === 'organization'), show(ents));
  });
});

describe('entities (English financial news): a known name before -backed, -owned, -led', () => {
  it('gives the known company or place before the hyphen, an unknown backer as a company (round 7), nothing for a common word', () => {
    const ents = en('The SoftBank-backed startup, a Microsoft-owned unit and a Xqorvale-backed fund joined a U.S.-led group; a state-owned bank and a family-run firm did not.');
    const softbank = expectMention(ents, 'SoftBank', 'company');
    assert.equal(softbank.end - softbank.start, 'SoftBank'.length);
    expectMention(ents, 'Microsoft', 'company', 'microsoft');
    expectMention(ents, 'Xqorvale', 'company', 'xqorvale');
    for (const s of ['state', 'family', '-backed', '-owned']) noMention(ents, s);
  });
});

describe('entities (English financial news): headlines in Title Case', () => {
  it('reads only listed names in a Title Case headline, as in a headline in capitals', () => {
    const a = en('Apple Shares Fall After Weak iPhone Sales in China\nApple Inc said on Tuesday that sales fell.');
    for (const s of ['Shares', 'Fall', 'Weak', 'Sales']) assert.ok(!a.some((e) => e.text.includes(s) && e.start < 50), show(a));
    expectMention(a, 'China', 'place');
    const b = en('Fed Holds Rates Steady, Signals Two Cuts This Year');
    assert.deepEqual(b.map((e) => e.text), ['Fed'], show(b));
  });

  it('keeps the people of a byline and of a sentence whose words are mostly names', () => {
    const a = en('Reporting by David Shepardson in Washington; Editing by Chizu Nomiyama');
    expectMention(a, 'David Shepardson', 'person');
    expectMention(a, 'Chizu Nomiyama', 'person');
    const b = en('Shares of Acme Corp rose 3% after Chief Executive Jane Doe said demand was strong');
    expectMention(b, 'Acme Corp', 'company');
    expectMention(b, 'Jane Doe', 'person');
  });
});

describe('entities (English financial news): a listed place before a plain word', () => {
  it('reads the listed place alone before a lower-case noun (U.S. states), and the District of Columbia as a place', () => {
    const ents = en('Alphabet agreed to settle claims brought by U.S. states and the District of Columbia.');
    expectMention(ents, 'U.S.', 'place', 'etats-unis');
    noMention(ents, 'states');
    expectMention(ents, 'District of Columbia', 'place');
  });
});
