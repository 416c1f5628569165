// The verbs whose forms end as an adjective does (frenchWordForms.ts, frenchVerbsLikeAdjectives in
// entity-cues.json): the body and portfolio rules end a name at such a form, where one more
// adjective would go on, and read the adjectives as before.
import * as assert from 'node:assert/strict';
import { isFrenchVerbForm, readsAsFrenchAdjective, thirdPersonForms } from '../../src/core/entities/frenchWordForms';
import { hasFrenchSpans, lacksFrenchSpans } from './entities-support';

describe('French verb forms that end as adjectives do', () => {
  it('conjugates the -enir and -er verbs of the list in the third person, present and subjunctive', () => {
    assert.deepEqual(thirdPersonForms('obtenir'), ['obtient', 'obtiennent', 'obtienne', 'obtiennes']);
    assert.deepEqual(thirdPersonForms('appliquer'), ['applique', 'appliques', 'appliquent']);
    // appeler doubles its l; interpeller has two already.
    assert.deepEqual(thirdPersonForms('rappeler'), ['rappelle', 'rappelles', 'rappellent']);
    assert.deepEqual(thirdPersonForms('interpeller'), ['interpelle', 'interpelles', 'interpellent']);
    assert.throws(() => thirdPersonForms('faire'), /no conjugation/);
  });

  it('tells the verb forms of the list from the adjectives with the same endings', () => {
    for (const verb of ['explique', 'expliquent', 'tienne', 'parviennent', 'rappelle', 'revendique']) assert.ok(isFrenchVerbForm(verb), verb);
    for (const adjective of ['publique', 'égyptienne', 'chrétienne', 'culturelle', 'européenne']) {
      assert.ok(!isFrenchVerbForm(adjective), adjective);
      assert.ok(readsAsFrenchAdjective(adjective), adjective);
    }
    assert.ok(!readsAsFrenchAdjective('applique'));
    assert.ok(!readsAsFrenchAdjective('Publique'), 'a capital first is no adjective after a head');
  });

  it('ends a body with its adjectives before such a verb, the tagger running over it or not', () => {
    const text = "L'Agence fédérale applique aussitôt la loi. La Banque centrale rappelle aux banques leurs devoirs. Le Comité olympique revendique la victoire.";
    hasFrenchSpans(text, 'Agence fédérale/organization', 'Banque centrale/organization', 'Comité olympique/organization');
    lacksFrenchSpans(text, 'Agence fédérale applique/organization', 'Banque centrale rappelle aux banques/organization', 'Comité olympique revendique/organization');
  });

  it("ends a minister's portfolio before such a verb", () => {
    hasFrenchSpans("Le ministre de l'Industrie explique aux maires la réforme.", 'Industrie/organization');
    lacksFrenchSpans("Le ministre de l'Industrie explique aux maires la réforme.", 'Industrie explique/organization');
  });

  it('keeps the adjectives of bodies and portfolios that end the same way', () => {
    hasFrenchSpans(
      "La Cour pénale internationale siège à La Haye. Le ministre de l'Instruction publique a parlé.",
      'Cour pénale internationale/organization',
      'Instruction publique/organization',
    );
  });
});
