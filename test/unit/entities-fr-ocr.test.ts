// Historical newspapers through OCR: the entity layer holds up on the noise of old print (long s read
// as f, words cut at a line end, headings in capitals, formal address without a name).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { expectMention, show } from './entities-support';

const ents = (text: string) => extractEntities(text, { lang: 'fr' });

describe('French entities: OCR noise of historical newspapers', () => {
  it('reads a long s that OCR read as f back to the listed name (Verfailles, la Pruffe), offsets as written', () => {
    const text = 'Les troupes de la Pruffe et de la Ruffie ont quitté Verfailles.';
    const list = ents(text);
    const prusse = expectMention(list, 'Pruffe', 'place', 'prusse');
    assert.equal(text.slice(prusse.start, prusse.end), 'Pruffe');
    expectMention(list, 'Ruffie', 'place', 'russie');
    expectMention(list, 'Verfailles', 'place', 'versailles');
  });

  it('leaves a listed name with an f as it is (Buffalo) and reads the long s itself (Pruſſe)', () => {
    const list = ents('Il est parti de Buffalo pour la Pruſſe.');
    expectMention(list, 'Buffalo', 'place', 'buffalo');
    expectMention(list, 'Pruſſe', 'place', 'prusse');
  });

  it('names nobody in a formal address without a name (M. le président, S. M. l’Empereur)', () => {
    const list = ents("M. le président a ouvert la séance. S. M. l'Empereur est arrivé à Saint-Cloud.");
    assert.ok(!list.some((e) => e.type === 'person'), show(list));
    expectMention(list, 'Saint-Cloud', 'place');
  });

  it('reads a name cut by a hyphen at a line end whole, and a heading in capitals by its lists', () => {
    const list = ents('M. THIERS A VERSAILLES\nLe député de Ver-\nsailles a écrit à M. Gambetta.');
    const cut = list.find((e) => e.text === 'Ver-\nsailles');
    assert.ok(cut && cut.id === 'versailles', show(list));
    expectMention(list, 'VERSAILLES', 'place', 'versailles');
    expectMention(list, 'THIERS', 'person');
    expectMention(list, 'Gambetta', 'person');
  });
});
