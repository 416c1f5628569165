// The user's entity list: names to know and names to leave alone, with the last word over the
// analyzer; a bad file or entry is reported, never fatal.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { parseEntityList } from '../../src/core/entities/entityList';
import type { EntityList } from '../../src/core/types';
import schema from '../../src/core/data/entity-list.schema.json';
import manifest from '../../package.json';

const mentions = (text: string, entityList?: EntityList) =>
  analyze(text, { lang: 'fr', entityList }).entities.map((e) => `${e.text}|${e.type}|${e.id}`);

describe('the user entity list', () => {
  describe('reading the file', () => {
    it('reads entities with aliases and ignored names', () => {
      const { list, problems } = parseEntityList('\ufeff{"entities": [{"name": " Acme Widgets ", "type": "company", "aliases": ["Acme"]}], "ignore": ["Compagnie"]}');
      assert.deepEqual(problems, []);
      assert.deepEqual(list, { entities: [{ name: 'Acme Widgets', type: 'company', aliases: ['Acme'] }], ignore: ['Compagnie'] });
    });

    it('leaves out a bad entry with a problem that names it, and keeps the rest', () => {
      const { list, problems } = parseEntityList(
        JSON.stringify({ entities: [{ name: 'Ok', type: 'person' }, { name: 'Bad', type: 'robot' }, { type: 'company' }, { name: 'A', type: 'place', aliases: [3] }, 'x'], ignore: ['', 'Fine'], extra: 1 }),
      );
      assert.deepEqual(list, { entities: [{ name: 'Ok', type: 'person' }], ignore: ['Fine'] });
      assert.equal(problems.length, 6, problems.join('\n'));
      assert.ok(problems.some((p) => p.includes('entities[1] (Bad)') && p.includes('company, organization, person, place, product')));
      assert.ok(problems.some((p) => p.includes('unknown field "extra"')));
    });

    it('has a JSON schema (editor completion) that allows exactly the types and fields the reader takes', () => {
      const item = schema.properties.entities.items;
      for (const type of [...item.properties.type.enum, 'ticker', 'event']) {
        const { problems } = parseEntityList(JSON.stringify({ entities: [{ name: 'N', type }] }));
        assert.equal(problems.length === 0, item.properties.type.enum.includes(type), type);
      }
      assert.deepEqual(Object.keys(schema.properties).sort(), ['entities', 'ignore']);
      assert.deepEqual(Object.keys(item.properties).sort(), ['aliases', 'name', 'type']);
      assert.deepEqual(item.required, ['name', 'type']);
      const validation = manifest.contributes.jsonValidation[0];
      assert.equal(validation.url, './dist/entity-list.schema.json');
      assert.ok(validation.fileMatch.some((glob: string) => glob.endsWith(manifest.contributes.configuration.properties['articleLens.entitiesFile'].default)), 'the default file gets the schema');
    });

    it('gives an empty list and one problem for a file that is not a JSON object', () => {
      for (const json of ['', '{', '[]', 'null', '"x"', '{"entities": {}}']) {
        const { list, problems } = parseEntityList(json);
        assert.deepEqual(list, { entities: [], ignore: [] }, json);
        assert.ok(problems.length >= 1, json);
      }
    });
  });

  describe('applying it', () => {
    const list: EntityList = {
      entities: [
        { name: 'Acme Widgets', type: 'company', aliases: ['Acme'] },
        { name: 'Jeanne Martin', type: 'person' },
      ],
      ignore: ['Compagnie'],
    };

    it('makes a listed name a mention of its entity wherever it is written, whole tokens only', () => {
      const text = 'Acme Widgets a signé. Selon Acme, la filiale AcmeWidgets et les Acmes ne comptent pas.';
      const found = mentions(text, list);
      assert.ok(found.includes('Acme Widgets|company|acme-widgets'), found.join(' '));
      assert.ok(found.includes('Acme|company|acme-widgets'), found.join(' '));
      assert.ok(!found.some((m) => m.startsWith('AcmeWidgets|') && m.endsWith('|acme-widgets')));
      assert.ok(!found.some((m) => m.startsWith('Acmes|') && m.endsWith('|acme-widgets')));
    });

    it('replaces what the analyzer found over a listed name, and relabels the mentions it had linked to it', () => {
      const text = 'Jeanne Martin dirige la société. Martin a ajouté que les ventes progressaient.';
      const before = mentions(text);
      assert.ok(before.includes('Jeanne Martin|person|jeanne-martin'), before.join(' '));
      const custom: EntityList = { entities: [{ name: 'Jeanne Martin', type: 'organization' }], ignore: [] };
      const after = mentions(text, custom);
      assert.ok(after.includes('Jeanne Martin|organization|jeanne-martin'), after.join(' '));
      assert.ok(after.includes('Martin|organization|jeanne-martin'), `the surname follows the list: ${after.join(' ')}`);
    });

    it('drops the mentions of an ignored name, written or canonical', () => {
      const text = 'La Compagnie des Wagons-Lits a annoncé un plan. La Compagnie a précisé ses chiffres.';
      const before = mentions(text);
      assert.ok(before.some((m) => m.startsWith('Compagnie|')), before.join(' '));
      const after = mentions(text, list);
      assert.ok(!after.some((m) => m.startsWith('Compagnie|')), after.join(' '));
      assert.ok(after.some((m) => m.startsWith('Compagnie des Wagons-Lits|')), 'the longer name stays');
      const byName = mentions(text, { entities: [], ignore: ['Compagnie des Wagons-Lits'] });
      assert.ok(!byName.some((m) => m.includes('wagons-lits')), byName.join(' '));
    });

    it('keeps the analysis sound: text order, no overlap, no figure inside a listed name, facts on real mentions', () => {
      const text = 'Le chiffre d’affaires de Projet 2030 a atteint 12 millions d’euros. Projet 2030 vise 15 %.';
      const result = analyze(text, { lang: 'fr', entityList: { entities: [{ name: 'Projet 2030', type: 'company' }], ignore: [] } });
      const starts = result.entities.map((e) => e.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      for (let i = 1; i < result.entities.length; i++) assert.ok(result.entities[i].start >= result.entities[i - 1].end);
      assert.ok(result.entities.some((e) => e.text === 'Projet 2030' && e.type === 'company'));
      assert.ok(!result.figures.some((f) => f.text.includes('2030')), result.figures.map((f) => f.text).join(' | '));
      for (const fact of result.facts) assert.ok(result.entities.some((e) => e.id === fact.entity));
    });

    it('changes nothing with an empty list, and matches no name across a line break', () => {
      const text = 'Acme\nWidgets et Acme Widgets.';
      assert.deepEqual(mentions(text, { entities: [], ignore: [] }), mentions(text));
      const found = analyze(text, { lang: 'fr', entityList: { entities: [{ name: 'Acme Widgets', type: 'company' }], ignore: [] } }).entities;
      assert.ok(!found.some((e) => e.text.includes('\n') && e.id === 'acme-widgets'));
      assert.ok(found.some((e) => e.text === 'Acme Widgets' && e.start > 5));
    });
  });
});
