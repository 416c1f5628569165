// French media named as bodies (organizations.json): broadcasters, national and regional papers,
// and a broadcaster's regional edition as one body (src/core/entities/mediaEditions.ts).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { expectMention, noMention, show } from './entities-support';

const ents = (text: string) => extractEntities(text, { lang: 'fr' });

describe('French entities: media', () => {
  it('reads a broadcaster with a number or a place in its name as the body, not the place', () => {
    const list = ents('Il a été interrogé sur France 2, puis sur Europe 1 et France Inter.');
    expectMention(list, 'France 2', 'organization', 'france-2');
    expectMention(list, 'Europe 1', 'organization', 'europe-1');
    expectMention(list, 'France Inter', 'organization', 'france-inter');
    assert.ok(!list.some((e) => e.type === 'place'), show(list));
  });

  it('reads national and regional papers as bodies, with their short forms', () => {
    const list = ents("Selon Le Canard enchaîné, repris par La Voix du Nord et Nice-Matin, le Canard aurait raison.");
    expectMention(list, 'Le Canard enchaîné', 'organization', 'le-canard-enchaine');
    expectMention(list, 'Canard', 'organization', 'le-canard-enchaine');
    expectMention(list, 'La Voix du Nord', 'organization');
    expectMention(list, 'Nice-Matin', 'organization');
    noMention(list, 'Nice/');
  });

  it("makes a broadcaster's regional edition one body (France 3 Hauts-de-France), the broadcaster alone stays itself", () => {
    const list = ents('France 3 Hauts-de-France et France Bleu Isère ont diffusé le reportage de France 3.');
    expectMention(list, 'France 3 Hauts-de-France', 'organization', 'france-3-hauts-de-france');
    expectMention(list, 'France Bleu Isère', 'organization');
    expectMention(list, 'France 3', 'organization', 'france-3');
    assert.ok(!list.some((e) => e.text === 'Hauts-de-France' || e.text === 'Isère'), show(list));
  });
});
