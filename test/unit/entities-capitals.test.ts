// Lines and sentences written all in capitals (headlines, shouted quotes), in both languages:
// a word there is a name only when a list knows it or the tagger is sure; known acronyms stay.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention, Lang } from '../../src/core/types';
import { show } from './entities-support';

const ents = (text: string, lang: Lang): EntityMention[] => extractEntities(text, { lang });

describe('entities in capitals (headlines)', () => {
  it('French: reads the listed place and no company in the words of a headline', () => {
    const list = ents("LA CONFÉRENCE DE LONDRES S'OUVRE AUJOURD'HUI\nLes ministres arrivent ce matin.", 'fr');
    assert.deepEqual(list.map((e) => `${e.text}/${e.type}/${e.id}`), ['LONDRES/place/londres'], show(list));
  });

  it('French: keeps a known acronym and a listed body, drops the common words', () => {
    const list = ents('LE CAC 40 RECULE APRÈS LES ANNONCES DE LA BCE', 'fr');
    assert.deepEqual(list.map((e) => `${e.text}/${e.type}/${e.id}`), ['BCE/organization/banque-centrale-europeenne'], show(list));
  });

  it('English: reads listed names case-blind (FED, NEW YORK) and no company in the other words', () => {
    const list = ents('FED HOLDS RATES STEADY AS INFLATION EASES IN NEW YORK', 'en');
    assert.deepEqual(list.map((e) => `${e.text}/${e.type}/${e.id}`), ['FED/organization/reserve-federale', 'NEW YORK/place/new-york'], show(list));
  });

  it('English: an unknown word in a headline is no name', () => {
    const list = ents('KELBRIDGE CUTS FORECAST, SHARES SLUMP\nKelbridge Corp said on Monday it would cut costs.', 'en');
    assert.ok(!list.some((e) => e.text === e.text.toUpperCase() && e.text.length > 1), show(list));
    assert.ok(list.some((e) => e.text === 'Kelbridge Corp' && e.type === 'company'), show(list));
  });

  it('leaves an acronym or a name in capitals alone in a normal sentence', () => {
    const en = ents('Shares of IBM and LVMH rose in NEW YORK trading.', 'en');
    assert.ok(en.some((e) => e.text === 'IBM'), show(en));
    assert.ok(en.some((e) => e.text === 'LVMH'), show(en));
    const fr = ents('Le PDG de TOTALENERGIES, Patrick Pouyanné, a parlé.', 'fr');
    assert.ok(fr.some((e) => e.text === 'Patrick Pouyanné' && e.type === 'person'), show(fr));
  });
});
