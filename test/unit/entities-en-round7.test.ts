// English entities, round 7 (sentences of our own, none copied from a test set): the classes read
// on the en-finance-6 fixture (central banks and regulators, market wraps, earnings with tickers in
// running text, bankruptcies, SPACs, sovereign debt).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

/** No company or organization mention has this text (a ticker or nothing). */
function noBusiness(list: EntityMention[], surface: string): void {
  assert.ok(!list.some((e) => e.text === surface && (e.type === 'company' || e.type === 'organization')), `"${surface}" read as a business: ${show(list)}`);
}

describe('entities (English, round 7): bare tickers in running text', () => {
  it('reads a symbol that abbreviates a company of the text as its ticker, in every mention', () => {
    const ents = en('Dravenport Logistics Inc. said quarterly revenue rose 9%. Shares of DRVP climbed 6% in early trading, and analysts at Jefferies raised their target on DRVP to $48.');
    expectMention(ents, 'Dravenport Logistics Inc.', 'company');
    for (const m of ents.filter((e) => e.text === 'DRVP')) assert.equal(m.type, 'ticker', show(ents));
    noBusiness(ents, 'DRVP');
  });

  it('reads a symbol after a ticker or symbol cue as a ticker', () => {
    const ents = en('The insurer Castellan Mutual will list on the New York Stock Exchange under the symbol CSTM next month.');
    noBusiness(ents, 'CSTM');
  });

  it('reads a symbol after a share cue on a line with other tickers as a ticker', () => {
    const ents = en('NVDA rose 2.1% and AAPL slipped 0.4%, while shares of QRVO were flat.');
    noBusiness(ents, 'QRVO');
  });

  it('keeps an acronym that names a firm, and the initials of a name, as the firm', () => {
    const ents = en('Polish copper miner KGHM said output fell, and shares of KGHM dropped 2%.');
    assert.ok(!ents.some((e) => e.text === 'KGHM' && e.type === 'ticker'), show(ents));
    const bank = en('Halden Bank Group said profit rose. HBG shares rose 1%.');
    assert.ok(!bank.some((e) => e.text === 'HBG' && e.type === 'ticker'), show(bank));
  });
});

describe('entities (English, round 7): headline verbs and benchmarks named alone', () => {
  it('ends a name at a headline verb before a small word, and reads the words before it as the longer company of the text', () => {
    const ents = en('Larkspur Retail Files for Chapter 11 With $2 Billion in Debt\n\nDALLAS, May 2 - Larkspur Retail Holdings LLC filed for bankruptcy.');
    const head = expectMention(ents, 'Larkspur Retail', 'company');
    const full = expectMention(ents, 'Larkspur Retail Holdings LLC', 'company');
    assert.equal(head.id, full.id);
    assert.ok(!ents.some((e) => e.text.includes('Files')), show(ents));
  });

  it('ends a name at a verb of a Title Case headline that may be a name word elsewhere, not in prose', () => {
    const head = en('Nikkei Hits Record High as Exporters Rally\n\nTOKYO - Japanese shares rose on Monday.');
    assert.ok(!head.some((e) => e.text.includes('Nikkei') || e.text.includes('Hits')), show(head));
    const ents = en('Velmont Foods Falls After Profit Warning\n\nShares of Velmont Foods fell 8%. Tourists visited Niagara Falls State Park.');
    assert.ok(!ents.some((e) => e.text.includes('Falls After') || e.text === 'Velmont Foods Falls'), show(ents));
    assert.ok(ents.some((e) => e.text.startsWith('Niagara Falls')), show(ents));
  });

  it('reads an index or a crude benchmark named by one word as no name before a move, a market noun or after the', () => {
    const ents = en('The Nikkei rose 0.8% and Brent futures slipped, while traders said the FTSE would lag this week.');
    for (const w of ['Nikkei', 'Brent', 'FTSE']) assert.ok(!ents.some((e) => e.text === w), `${w}: ${show(ents)}`);
  });

  it('reads a headline benchmark before its verb as no name, and keeps the newspaper and the firms of the same words', () => {
    assert.ok(!en('Brent Slides as Supply Fears Ease').some((e) => e.text === 'Brent'));
    const ents = en('The Nikkei newspaper reported the plan, and FTSE Russell said it would review the index.');
    expectMention(ents, 'Nikkei', 'organization');
    assert.ok(ents.some((e) => e.text === 'FTSE Russell'), show(ents));
  });
});

describe('entities (English, round 7): the firm before -backed or -owned', () => {
  it('reads an unknown name before -backed or -owned as the company that backs or owns, without its suffix', () => {
    const ents = en('The Harlowe-backed chain and the Pinecrest Capital-backed startup both sold bonds, as did the Maravel-owned refiner.');
    expectMention(ents, 'Harlowe', 'company');
    expectMention(ents, 'Pinecrest Capital', 'company');
    expectMention(ents, 'Maravel', 'company');
  });

  it('reads no firm in a nationality, a common word or a lower-case owner before the suffix', () => {
    const ents = en('Chinese-owned plants and state-owned lenders grew. Family-owned firms lagged, and Government-backed loans rose.');
    assert.deepEqual(ents.filter((e) => e.type === 'company'), [], show(ents));
  });
});

describe('entities (English, round 7): a body named before a title', () => {
  it('reads a listed body that is also a common word before a job title as the body, even opening a sentence', () => {
    const ents = en('Treasury Secretary Scott Bessent said the Treasury would sell more bills. Treasury yields rose.');
    const bodies = ents.filter((e) => e.text === 'Treasury');
    assert.equal(bodies.length, 2, show(ents));
    for (const b of bodies) assert.equal(b.type, 'organization');
    expectMention(ents, 'Scott Bessent', 'person');
    assert.ok(!ents.some((e) => e.text.includes('Secretary')), show(ents));
  });
});

describe('entities (English, round 7): credit ratings in letters', () => {
  it('reads a rating after a word that links it as no name', () => {
    const ents = en('Fitch cut Ruritania to BB from BB+ and affirmed Kenya at B- on Friday.');
    for (const r of ['BB', 'B']) assert.ok(!ents.some((e) => e.text === r), `${r}: ${show(ents)}`);
    expectMention(ents, 'Kenya', 'place');
  });
});

describe('entities (English, round 7): words of capital markets', () => {
  it('reads SPAC before a blank-check company and Eurobonds as no names', () => {
    const ents = en('SPAC Northgate Opportunity Acquisition Corp. agreed a merger, and the country bought back Eurobonds due 2030.');
    expectMention(ents, 'Northgate Opportunity Acquisition Corp.', 'company');
    assert.ok(!ents.some((e) => e.text.includes('SPAC') || e.text.includes('Eurobond')), show(ents));
  });
});
