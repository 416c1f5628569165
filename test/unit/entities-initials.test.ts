// People named by initials and surname (C.S. Venkatakrishnan, J.-P. Dupont, N. Sarkozy), in both
// languages, on sentences of our own: the span takes the initials, a title stays out, a list's
// initials (U.S., J.P. Morgan) keep their entity, and the name links to the person it abbreviates.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import type { EntityMention, Lang } from '../../src/core/types';
import { expectMention, show } from './entities-support';

const ents = (text: string, lang: Lang): EntityMention[] => extractEntities(text, { lang });

describe('entities: people named by their initials', () => {
  it('reads initials and a surname as one person, glued or spaced, after a title or none', () => {
    for (const [text, name] of [
      ['Chief Executive C.S. Venkatakrishnan said the bank would grow.', 'C.S. Venkatakrishnan'],
      ['Chief Executive C. S. Venkatakrishnan said the bank would grow.', 'C. S. Venkatakrishnan'],
      ["The firm's boss, A.B. Okonkwo, said profits rose.", 'A.B. Okonkwo'],
      ['Analyst R. Delacroix-Moreau expects a cut.', 'R. Delacroix-Moreau'],
    ] as const) {
      const list = ents(text, 'en');
      expectMention(list, name, 'person');
      // The name keeps its initials as written (not C.s. Venkatakrishnan).
      assert.equal(list.find((e) => e.text === name)?.name, name.replace(/\s+/g, ' '));
      assert.ok(!list.some((e) => e.type !== 'person' && name.includes(e.text)), `no other type inside the name: ${show(list)}`);
    }
  });

  it('keeps a French title out and reads compound initials (M. J.-P. Lemarchal)', () => {
    expectMention(ents('Selon M. J.-P. Lemarchal, le projet avance.', 'fr'), 'J.-P. Lemarchal', 'person');
    expectMention(ents('Le PDG J. Vasseur a démissionné.', 'fr'), 'J. Vasseur', 'person');
  });

  it('leaves listed initials to their entity and a glued short form alone', () => {
    expectMention(ents('Analyst J.P. Morgan said.', 'en'), 'J.P. Morgan', 'company');
    const us = ents('The U.S. Treasury said yields rose.', 'en');
    assert.ok(!us.some((e) => e.type === 'person'), `no person in ${show(us)}`);
    const folha = ents('Le quotidien Folha de S.Paulo a publié une enquête.', 'fr');
    assert.ok(!folha.some((e) => e.text.startsWith('S.') && e.type === 'person'), `no person S.Paulo in ${show(folha)}`);
  });

  it('links the initials to the person named in full before them, when the first name opens with the initial', () => {
    const list = ents('Jean Lemarchal est arrivé. Selon J. Lemarchal, tout va bien. P. Lemarchal, son frère, a parlé.', 'fr');
    const named = list.filter((e) => e.text === 'J. Lemarchal');
    assert.equal(named.length, 1, show(list));
    assert.equal(named[0].id, list.find((e) => e.text === 'Jean Lemarchal')?.id);
    assert.notEqual(list.find((e) => e.text === 'P. Lemarchal')?.id, named[0].id, `another initial is another person: ${show(list)}`);
  });

  it('does not take the middle initial of a name for the start of another (George W. Bush)', () => {
    expectMention(ents('President George W. Bush said.', 'en'), 'George W. Bush', 'person');
  });
});
