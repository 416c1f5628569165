// The gazetteer's data files kept tidy: the loader (gazetteer.ts) inserts an entry's name with its
// aliases, so an alias that repeats the name is noise; places.json is generated from places-extra.json
// (scripts/build-gazetteer.mjs), so a hand list entry edited in one file only drifts from the other.
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.join(__dirname, '../../src/core/data');
const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));

interface Entry { name: string; aliases?: string[]; kind?: string }

/** The entries with a name and aliases of every list in every data file. */
function entries(): Array<{ file: string; entry: Entry }> {
  const out: Array<{ file: string; entry: Entry }> = [];
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    for (const list of Object.values(read(file))) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) if (entry && typeof entry === 'object' && typeof entry.name === 'string' && Array.isArray(entry.aliases)) out.push({ file, entry });
    }
  }
  return out;
}

describe('gazetteer data files', () => {
  it('finds the entries it checks', () => {
    assert.ok(entries().length > 1000);
  });

  it('lists no alias equal to its own name, nor one alias twice', () => {
    const bad = entries()
      .filter(({ entry }) => entry.aliases!.includes(entry.name) || new Set(entry.aliases).size !== entry.aliases!.length)
      .map(({ file, entry }) => `${file}: ${entry.name}`);
    assert.deepEqual(bad, []);
  });

  it('holds every places-extra.json entry in places.json as written there (rerun scripts/build-gazetteer.mjs after editing it)', () => {
    const generated = new Map((read('places.json').places as Entry[]).map((p) => [p.name, p]));
    for (const p of read('places-extra.json').places as Entry[]) {
      assert.deepEqual(generated.get(p.name), { ...p, kind: p.kind ?? 'region' }, p.name);
    }
  });
});
