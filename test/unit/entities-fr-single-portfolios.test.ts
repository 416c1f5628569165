// A minister's single portfolio is the ministry it names (src/core/entities/singlePortfolios.ts).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { expectMention, show } from './entities-support';

const ents = (text: string) => extractEntities(text, { lang: 'fr' });

describe('French entities: a single ministerial portfolio', () => {
  it('reads the portfolio of old press as a body, not a person nor nothing (ministre de la Marine, de la Guerre)', () => {
    const list = ents("M. le ministre de la Marine a reçu l'amiral Courbet. Le ministre de la Guerre et le ministre de l'Instruction publique ont signé.");
    expectMention(list, 'Marine', 'organization');
    expectMention(list, 'Guerre', 'organization');
    expectMention(list, 'Instruction publique', 'organization');
    assert.ok(!list.some((e) => e.text === 'Marine' && e.type === 'person'), show(list));
  });

  it('leaves a place, a rank (ministre d’État), a portfolio in a phrase (Relations avec le Parlement) and the minister named after the portfolio', () => {
    const list = ents("Le Premier ministre du Canada a parlé. La ministre des Transports Élisabeth Borne a rencontré le ministre d'État et le ministre des Relations avec le Parlement.");
    expectMention(list, 'Canada', 'place');
    expectMention(list, 'Transports', 'organization');
    expectMention(list, 'Élisabeth Borne', 'person');
    assert.ok(!list.some((e) => e.text === 'État' || e.text === 'Relations'), show(list));
  });
});
