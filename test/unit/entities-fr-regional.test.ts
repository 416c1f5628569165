// French entities of regional news, European Parliament debates and drug leaflets: bodies named
// by their head word alone, verbs and elided words after a name, long names of bodies, firms and
// bodies of the regions (the fixture regional-fr-ner.md scores them as a whole).
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention, show } from './entities-support';

const ents = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });

describe('French regional news and debates', () => {
  describe('bodies named by their head word alone', () => {
    it('reads la Commission, le Conseil, le Parlement after their article as bodies', () => {
      const list = ents("La Commission nous a proposé un avant-projet ; le Conseil l'a amputé. Nous demandons à la Commission de revoir sa copie, et le Parlement ne cédera pas.");
      assert.equal(list.filter((e) => e.text === 'Commission' && e.type === 'organization').length, 2, show(list));
      expectMention(list, 'Conseil', 'organization');
      expectMention(list, 'Parlement', 'organization');
      noMention(list, "Conseil l'");
    });

    it('ends the name before a verb and its subject pronoun', () => {
      const list = ents('Le Conseil peut-il indiquer ses mesures ? La Commission a-t-elle répondu ?');
      expectMention(list, 'Conseil', 'organization');
      expectMention(list, 'Commission', 'organization');
      noMention(list, 'Conseil peut-il');
    });

    it('leaves a head word before a person to the title (le président de la Commission Jean-Claude Juncker)', () => {
      const list = ents('Le pays a accru la pression sur le président de la Commission Jean-Claude Juncker.');
      expectMention(list, 'Jean-Claude Juncker', 'person');
      noMention(list, 'Commission');
    });
  });
});
