// A lower-case body named with its nation's adjective (l'armée syrienne) is the tagger's to mark; once
// marked in an article, every writing of it there is marked (repeatedLowerNames.ts): all or none.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { entityContext } from '../../src/core/entities/candidates';
import { withRepeatedLowerNames } from '../../src/core/entities/repeatedLowerNames';
import { tokenize } from '../../src/core/text/tokenize';
import type { EntityMention } from '../../src/core/types';

const mention = (text: string, name: string, type: EntityMention['type'] = 'organization'): EntityMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, id: name.replace(/\s/g, '-'), name };
};
const fr = (text: string) => entityContext(text, tokenize(text), 'fr');

describe('French lower-case bodies written again in one article', () => {
  it('marks every other writing of a marked army or government with its nation, whole words only', () => {
    const text = "L'armée syrienne avance. Selon Damas, l'armée syrienne tient la ville ; les armées syriennes et l'armée syrienne-libre non.";
    const out = withRepeatedLowerNames(fr(text), [mention(text, 'armée syrienne')]);
    assert.deepEqual(out.map((m) => `${m.text}@${m.start}`), [`armée syrienne@2`, `armée syrienne@${text.indexOf('armée syrienne', 10)}`]);
    assert.equal(out[1].id, out[0].id);
  });

  it('leaves other lower-case names, a person and English text as they are', () => {
    const text = 'Les gilets jaunes manifestent. Les gilets jaunes bloquent.';
    const gilets = [mention(text, 'gilets jaunes')];
    assert.equal(withRepeatedLowerNames(fr(text), gilets), gilets);
    const army = 'The syrian army moved. The syrian army won.';
    const en = [mention(army, 'syrian army')];
    assert.equal(withRepeatedLowerNames(entityContext(army, tokenize(army), 'en'), en), en);
  });

  it('gives one article all or none of its writings of such a body', () => {
    const text =
      "L'armée syrienne a repris le quartier, selon l'Observatoire syrien des droits de l'homme. Les rebelles accusent l'armée syrienne de bombarder les civils. L'armée syrienne dément. Moscou soutient l'armée syrienne depuis 2015.";
    const found = extractEntities(text, { lang: 'fr' }).filter((m) => m.text === 'armée syrienne').length;
    assert.ok(found === 0 || found === 4, `${found} of 4 writings marked`);
  });
});
