// English entities, round 5 (sentences of our own, none copied from a test set): the classes read
// on the English dev folds and the en-finance-4 fixture (financial wire news: headline verbs, ratings
// after a name, people with a generational suffix, bank units, funds and indexes, legal forms).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('entities (English, round 5): verbs of a Title-Case headline end the name before them', () => {
  it('splits two firms joined by a headline verb', () => {
    const ents = en('Morgan Stanley Upgrades Apple to Overweight, Sees AI Upgrade Cycle');
    expectMention(ents, 'Morgan Stanley', 'company');
    expectMention(ents, 'Apple', 'company');
    assert.ok(!ents.some((e) => e.text.includes('Upgrades')), 'the verb is no part of a name');
  });
});

describe('entities (English, round 5): a rating after the company it rates', () => {
  it('reads the name after a verb of rating as the company, the rating as no name', () => {
    const ents = en('Jefferies rates Apple Hold, while Barclays keeps Corvane Systems Underweight.');
    expectMention(ents, 'Apple', 'company');
    expectMention(ents, 'Corvane Systems', 'company');
    noMention(ents, 'Apple Hold');
    noMention(ents, 'Underweight');
  });

  it('reads a rating after a pronoun or "or" as no name', () => {
    const ents = en('Of the 48 analysts who cover the stock, 31 rate it Buy or Strong Buy.');
    noMention(ents, 'Buy');
    noMention(ents, 'Strong Buy');
  });

  it('reads a credit rating with its notch word as no name', () => {
    noMention(en('A further cut to BBB-minus is possible, the agency said.'), 'BBB-minus');
    noMention(en('Fitch lifted the utility to AA-plus in March.'), 'AA-plus');
  });

  it('leaves a name that goes on after the rating word alone', () => {
    expectMention(en('Analysts at Ridgeway Capital rate Buy Now Pay Later lenders cautiously.'), 'Ridgeway Capital', 'company');
  });
});

describe('entities (English, round 5): generational suffixes of a person', () => {
  it('keeps the full stop of Jr. and Sr. in the name, also at the end of a sentence', () => {
    expectMention(en('The company said Thomas R. Whitaker Jr., its chief financial officer, would step down.'), 'Thomas R. Whitaker Jr.', 'person');
    expectMention(en('The fund is run by Harold P. Winslow Sr.'), 'Harold P. Winslow Sr.', 'person');
  });

  it('links the surname written alone to the person named with a suffix, the suffix alone to nothing', () => {
    const ents = en('Howard J. Kessler III left in April. Kessler joined the board of a bank, and III was not written.');
    const kessler = ents.find((e) => e.text === 'Kessler');
    assert.ok(kessler, show(ents));
    assert.equal(kessler.id, ents.find((e) => e.text === 'Howard J. Kessler III')?.id);
    assert.ok(!ents.some((e) => e.text === 'III'), show(ents));
    const whitaker = en('Thomas R. Whitaker Jr. would step down in March. Whitaker will be replaced by the controller.');
    assert.equal(whitaker.find((e) => e.text === 'Whitaker')?.type, 'person', show(whitaker));
  });
});

describe('entities (English, round 5): a firm\'s arm named by the firm and a head', () => {
  it('reads the firm and the head of its arm as one company', () => {
    const ents = en('J.P. Morgan Securities LLC, Wells Fargo Securities and RBC Capital Markets led the sale; BNP Paribas Asset Management bought.');
    expectMention(ents, 'J.P. Morgan Securities LLC', 'company');
    expectMention(ents, 'Wells Fargo Securities', 'company');
    expectMention(ents, 'RBC Capital Markets', 'company');
    expectMention(ents, 'BNP Paribas Asset Management', 'company');
    expectMention(en("Moody's Ratings cut the carmaker to Baa2 on Friday."), "Moody's Ratings", 'company');
  });

  it('keeps a legal form written with a slash', () => {
    expectMention(en('Shares of Novo Nordisk A/S fell 4% in Copenhagen.'), 'Novo Nordisk A/S', 'company');
  });

  it('leaves a head that a headline goes on with out of the firm', () => {
    noMention(en('Wells Fargo Securities Fraud Case Widens'), 'Wells Fargo Securities');
  });
});

describe('entities (English, round 5): indexes and funds written with their own name', () => {
  it('reads an index or a fund outside the lists as no name, nor the names inside it', () => {
    assert.deepEqual(en('The KBW Nasdaq Bank Index has risen 18% this year.'), []);
    const fund = en('Vanguard Group said its Vanguard Total Stock Market Index Fund passed $2 trillion.');
    expectMention(fund, 'Vanguard Group', 'company');
    noMention(fund, 'Vanguard Total Stock Market Index Fund');
    const etf = en('The SPDR S&P 500 ETF Trust lost $3 billion, while the MSCI All Country World Index gained.');
    assert.deepEqual(etf, [], show(etf));
    noMention(en('The Philadelphia Semiconductor Index fell 2%.'), 'Philadelphia');
  });

  it('leaves a name the tail word opens or goes on with, and a place before a new sentence', () => {
    expectMention(en('Index Ventures led the round, the startup said.'), 'Index Ventures', 'company');
    expectMention(en('Shares rose in the U.S. Index futures fell later.'), 'U.S.', 'place');
  });
});

describe('entities (English, round 5): the employer before a business title and a person', () => {
  it('keeps the title out of the person and reads the employer as a company', () => {
    const merck = en('Merck Chairman and Chief Executive Robert M. Davis said the deal would add to earnings.');
    expectMention(merck, 'Merck', 'company');
    expectMention(merck, 'Robert M. Davis', 'person');
    assert.ok(!merck.some((e) => e.text.includes('Chairman')), show(merck));
    const halvard = en('Halvard President Dana Whitfield spoke first. Kestrel Chief Executive Officer Mark Ruiz agreed.');
    expectMention(halvard, 'Halvard', 'company');
    expectMention(halvard, 'Kestrel', 'company');
  });

  it('reads no employer before a government title or after a nationality', () => {
    const ents = en('Finance Minister Wale Edun spoke after Russian President Vladimir Putin.');
    noMention(ents, 'Finance');
    noMention(ents, 'Russian');
    expectMention(ents, 'Wale Edun', 'person');
  });
});

describe('entities (English, round 5): a company named with its legal form, written again without it', () => {
  it('reads the whole name in the headline above, not its first word alone', () => {
    const ents = en('Merck to Buy Verona Pharma for $10 Billion\n\nMerck & Co. agreed to acquire Verona Pharma plc for $107 a share.');
    assert.equal(ents.find((e) => e.start === 13)?.text, 'Verona Pharma', show(ents));
    const halden = en('Halden Industrial Names Former Honeywell Executive as CEO\n\nHalden Industrial Corp. said on Monday it had named a new chief.');
    expectMention(halden, 'Halden Industrial', 'company');
    noMention(halden, 'Halden Industrial Names');
  });
});
