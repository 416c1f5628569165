// The command-line analyzer as a user runs it: output formats, paths relative to the working
// folder, and bad input (missing path, binary, not UTF-8, too big) reported on stderr with a
// non-zero exit while the other files are still analyzed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const CLI = path.join(root, 'src/cli/cli.ts');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line analyzer', function () {
  this.timeout(60000);
  let dir: string;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
    fs.mkdirSync(path.join(dir, 'articles/sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'articles/a.txt'), 'Les ventes ont progressé de 12 % en 2024.');
    fs.writeFileSync(path.join(dir, 'articles/sub/b.md'), '# Titre\n\nThe company raised $3 billion in March 2025.');
    fs.writeFileSync(path.join(dir, 'articles/notes.json'), '{"not": "an article"}');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Soci\xe9t\xe9 g\xe9n\xe9rale', 'latin1'));
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
  });

  after(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON line per article of a folder, recursively, .txt and .md only, with relative file names', function () {
    const r = run(['analyze', 'articles'], dir);
    assert.equal(r.status, 0, r.stderr);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(docs.map((d) => d.file), ['articles/a.txt', 'articles/sub/b.md']);
    for (const d of docs) {
      assert.ok(['fr', 'en'].includes(d.lang));
      assert.ok(Array.isArray(d.entities) && Array.isArray(d.figures) && Array.isArray(d.facts));
    }
  });

  it('--format json prints one array; --lang forces the language', function () {
    const r = run(['analyze', '--format', 'json', '--lang', 'en', 'articles/a.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    const docs = JSON.parse(r.stdout);
    assert.equal(docs.length, 1);
    assert.equal(docs[0].lang, 'en');
  });

  it('--entities reads the user entity list; a bad entry is reported and left out, an unreadable list stops everything', function () {
    fs.writeFileSync(path.join(dir, 'listed.txt'), 'Selon Ventelo, les ventes ont progressé de 12 % en 2024.');
    fs.writeFileSync(path.join(dir, 'entities.json'), JSON.stringify({ entities: [{ name: 'Ventelo Holding', type: 'company', aliases: ['Ventelo'] }, { name: 'X', type: 'robot' }], ignore: [] }));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"entities": [');
    const r = run(['analyze', '--entities', 'entities.json', 'listed.txt'], dir);
    assert.equal(r.status, 1, 'a left-out entry is a problem the exit code reports');
    assert.match(r.stderr, /entities\.json: entities\[1\] \(X\): "type" must be one of/);
    const doc = JSON.parse(r.stdout.trim());
    assert.ok(doc.entities.some((e: { text: string; id: string; type: string }) => e.text === 'Ventelo' && e.id === 'ventelo-holding' && e.type === 'company'), r.stdout);
    for (const [file, message] of [['broken.json', /broken\.json: not valid JSON/], ['missing.json', /missing\.json: cannot read the entity list/]] as const) {
      const bad = run(['analyze', '--entities', file, 'articles/a.txt'], dir);
      assert.equal(bad.status, 2);
      assert.equal(bad.stdout, '', 'nothing is analyzed against a list that could not be read');
      assert.match(bad.stderr, message);
    }
  });

  it('--format text prints a readable listing', function () {
    const r = run(['analyze', '--format', 'text', 'articles/a.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^articles\/a\.txt {2}\[fr\]/);
    assert.match(r.stdout, /Figures:/);
  });

  it('reports a missing path, a binary file, invalid UTF-8 and a file over 5 MB, and still analyzes the rest', function () {
    const r = run(['analyze', 'nope.txt', 'binary.txt', 'latin1.txt', 'huge.txt', 'articles/a.txt'], dir);
    assert.equal(r.status, 1);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 4, r.stderr);
    assert.match(errors[0], /nope\.txt: no such file or folder/);
    assert.match(errors[1], /binary\.txt: skipped, binary file/);
    assert.match(errors[2], /latin1\.txt: skipped, not valid UTF-8/);
    assert.match(errors[3], /huge\.txt: skipped, .* over the .* limit/);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(docs.map((d) => d.file), ['articles/a.txt']);
  });

  it('follows a symbolic link back to a parent folder once, not round the loop, and analyzes an empty file', function () {
    const loop = path.join(dir, 'loop');
    fs.mkdirSync(path.join(loop, 'a'), { recursive: true });
    fs.writeFileSync(path.join(loop, 'a/x.txt'), 'Renault a gagné 3 %.');
    fs.writeFileSync(path.join(loop, 'a/empty.txt'), '');
    fs.symlinkSync('..', path.join(loop, 'a/up'));
    const r = run(['analyze', 'loop', 'loop/a/x.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(docs.map((d) => d.file), ['loop/a/empty.txt', 'loop/a/x.txt']);
    assert.deepEqual([docs[0].entities, docs[0].figures, docs[0].facts], [[], [], []]);
  });

  it('rejects bad options with usage and exit code 2', function () {
    for (const args of [['analyze', '--format', 'xml', 'a'], ['analyze', '--lang', 'de', 'a'], ['analyze', '--date', '2025-13-45', 'a'], ['analyze'], ['frobnicate', 'a']]) {
      const r = run(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /usage: article-lens analyze/);
      assert.equal(r.stdout, '');
    }
  });

  it('does not lose output when piped: every line of a large run arrives', function () {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(3, '0')}.txt`), `Article ${i}: le chiffre d'affaires a atteint ${i},5 millions d'euros.`);
    const r = run(['analyze', 'many'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 200);
  });

  it('stays quiet when the reader closes the pipe early (| head)', function () {
    // Far more output than a pipe buffers, so writes go on after `head` has closed it.
    const copies = path.join(dir, 'copies');
    fs.mkdirSync(copies);
    const seedDir = path.join(root, 'seeds');
    for (const name of fs.readdirSync(seedDir)) for (let i = 0; i < 12; i++) fs.copyFileSync(path.join(seedDir, name), path.join(copies, `${i}-${name}`));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --require "${require.resolve('tsx/cjs')}" "${CLI}" analyze --format text copies | head -1`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });
});
