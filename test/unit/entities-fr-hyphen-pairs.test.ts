// French names joined by a hyphen into one word (src/core/entities/hyphenPairs.ts): each name is its
// own mention, as the news annotations mark them; a listed compound stays whole.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { show } from './entities-support';

const ents = (text: string, lang: 'fr' | 'en' = 'fr'): EntityMention[] => extractEntities(text, { lang });
const spans = (text: string): string[] => ents(text).map((e) => `${e.text}/${e.type}`);

describe('French entities: names joined by a hyphen', () => {
  it('splits a pair of listed names into two mentions with their own ids and offsets', () => {
    const text = "L'accord de libre-échange Canada-UE a été signé avant le match France-Italie.";
    const list = ents(text);
    const canada = list.find((e) => e.text === 'Canada');
    assert.ok(canada, show(list));
    assert.equal(canada.type, 'place');
    assert.equal(text.slice(canada.start, canada.end), 'Canada');
    const ue = list.find((e) => e.text === 'UE');
    assert.ok(ue && ue.type === 'organization' && ue.start === canada.end + 1, show(list));
    assert.ok(spans(text).includes('France/place') && spans(text).includes('Italie/place'), show(list));
    assert.ok(!list.some((e) => e.text.includes('-')), show(list));
  });

  it('splits a line or an axis of three places (Téhéran-Bagdad-Damas, Nîmes-Montpellier)', () => {
    const found = spans("L'axe Téhéran-Bagdad-Damas inquiète ; la ligne Nîmes-Montpellier est coupée.");
    for (const e of ['Téhéran/place', 'Bagdad/place', 'Damas/place', 'Nîmes/place', 'Montpellier/place']) assert.ok(found.includes(e), `${e} not in ${JSON.stringify(found)}`);
  });

  it('after a word that links two things, splits capitalized parts no list knows, a person of the article by surname', () => {
    const list = ents("Mike Pence a prêté serment. Puis l'équipe Trump-Pence a participé au bal.");
    const pence = list.filter((e) => e.text === 'Pence');
    assert.equal(pence.length, 1, show(list));
    assert.equal(pence[0].id, 'mike-pence');
    assert.ok(list.some((e) => e.text === 'Trump' && e.type === 'person'), show(list));
  });

  it('reads the name after anti- or pro- without the prefix', () => {
    const list = ents('Des manifestations anti-Trump ont eu lieu à New York.');
    const trump = list.find((e) => e.text === 'Trump');
    assert.ok(trump && trump.type === 'person', show(list));
  });

  it('keeps listed compounds and compound places whole (Boulogne-Billancourt, Ouest-France, Mont-Blanc, AP-HP)', () => {
    const found = spans("À Boulogne-Billancourt, Ouest-France a interrogé l'AP-HP sur le tunnel du Mont-Blanc et la région Languedoc-Roussillon.");
    for (const e of ['Boulogne-Billancourt/place', 'Ouest-France/organization', 'AP-HP/organization', 'Languedoc-Roussillon/place']) assert.ok(found.includes(e), `${e} not in ${JSON.stringify(found)}`);
    assert.ok(!found.some((e) => e.startsWith('Mont/') || e.startsWith('Blanc/')), JSON.stringify(found));
  });

  it('leaves a French adjective and a compound first name alone, and English text unchanged', () => {
    const found = spans('La frontière franco-allemande a vu passer Jean-Luc Martin.');
    assert.ok(!found.some((e) => e.startsWith('franco') || e.startsWith('allemande')), JSON.stringify(found));
    assert.ok(!found.includes('Jean/person') && !found.includes('Luc/person'), JSON.stringify(found));
    const en = ents('The Canada-UE deal was signed.', 'en');
    assert.ok(!en.some((e) => e.text === 'Canada'), show(en));
  });
});
