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
