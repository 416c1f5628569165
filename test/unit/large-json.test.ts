// The build bundles each large data file through scripts/large-json.mjs: parsed at the first read of
// a top-level field, not at load. The module it writes must give back the file's data exactly, parse
// nothing before a field is read, and parse once. The script is ESM, so a child process runs it.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const dataDir = path.join(root, 'src/core/data');

interface Probe { before: number; after: number; keys: string[]; data: unknown; second: number; small: boolean }

/** Loads the module largeJsonModule writes for `file`, counting JSON.parse calls before and after reading its fields. */
function probe(file: string): Probe {
  const script = `
    import { largeJsonModule } from ${JSON.stringify(path.join(root, 'scripts/large-json.mjs'))};
    import * as fs from 'node:fs';
    const contents = largeJsonModule(fs.readFileSync(${JSON.stringify(file)}, 'utf8'));
    if (contents === undefined) { process.stdout.write(JSON.stringify({ small: true })); process.exit(); }
    let parses = 0;
    const counting = { parse: (s) => (parses++, JSON.parse(s)) };
    const module = { exports: {} };
    new Function('module', 'JSON', contents)(module, counting);
    const before = parses;
    const keys = Object.keys(module.exports);
    const data = Object.fromEntries(keys.map((k) => [k, module.exports[k]]));
    const after = parses;
    for (const k of keys) void module.exports[k];
    process.stdout.write(JSON.stringify({ before, after, keys, data, second: parses, small: false }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

describe('large data files bundled as lazily parsed JSON (scripts/large-json.mjs)', () => {
  for (const name of ['tagger-en.json', 'places.json']) {
    it(`gives back ${name} exactly, parsing it once and only when a field is read`, () => {
      const file = path.join(dataDir, name);
      const result = probe(file);
      assert.equal(result.small, false, `${name} is under LARGE_JSON_BYTES: pick a larger file for this test`);
      assert.equal(result.before, 0, 'parsed at load');
      assert.equal(result.after, 1);
      assert.equal(result.second, 1, 'parsed again at a second read');
      const expected = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(result.keys, Object.keys(expected));
      assert.deepEqual(result.data, expected);
    });
  }

  it('leaves a small file to the bundler', () => {
    assert.equal(probe(path.join(dataDir, 'facts-en.json')).small, true);
  });
});
