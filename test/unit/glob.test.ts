// The glob matcher of the index settings: folder-by-folder semantics and bounded time on
// hostile patterns (a setting is matched on the extension host thread).
import assert from 'node:assert/strict';
import { GlobMatcher } from '../../src/core/index/glob';

const matches = (glob: string, path: string, exclude = '') => new GlobMatcher(glob, exclude).matches([path]);

describe('glob matcher', () => {
  it('treats a run of **/ as one, and ** as zero or more folders', () => {
    assert.ok(matches('**/**/**/*.txt', 'a.txt'));
    assert.ok(matches('**/**/**/*.txt', 'a/b/c/d.txt'));
    assert.ok(matches('a/**/b.md', 'a/b.md'));
    assert.ok(matches('a/**/b.md', 'a/x/y/b.md'));
    assert.ok(!matches('a/**/b.md', 'x/a/b.md'));
    assert.ok(matches('docs/**', 'docs/x/y.txt'));
  });

  it('keeps * and ? inside one folder', () => {
    assert.ok(!matches('*.txt', 'a/b.txt'));
    assert.ok(matches('*/b.txt', 'a/b.txt'));
    assert.ok(!matches('a?b.txt', 'a/b.txt'));
  });

  it('expands braces that span folders, and keeps the ones inside a name', () => {
    assert.ok(matches('{docs/**/*.md,*.txt}', 'docs/x/y.md'));
    assert.ok(matches('{docs/**/*.md,*.txt}', 'a.txt'));
    assert.ok(!matches('{docs/**/*.md,*.txt}', 'src/a.md'));
    assert.ok(matches('**/*.{txt,md}', 'x/y/Z.MD'));
    assert.ok(!matches('**/*.{txt,md}', 'x/y/a.json'));
  });

  it('excludes whole folders', () => {
    assert.ok(!matches('**/*.txt', 'x/node_modules/p/a.txt', '**/node_modules/**'));
    assert.ok(matches('**/*.txt', 'x/modules/p/a.txt', '**/node_modules/**'));
  });

  it('ends quickly on many ** separated by names, against a deep failing path', () => {
    const glob = `${'**/a/'.repeat(15)}**/z.txt`;
    const path = `${'a/'.repeat(200)}y.txt`;
    const started = performance.now();
    assert.ok(!matches(glob, path));
    assert.ok(matches(glob, `${'a/'.repeat(200)}z.txt`));
    assert.ok(performance.now() - started < 200);
  });

  it('ends quickly on many folder-spanning braces (falls back without expanding them all)', () => {
    const glob = '{a/,b/}'.repeat(12) + 'x.txt';
    const started = performance.now();
    assert.equal(typeof matches(glob, `${'a/'.repeat(12)}x.txt`), 'boolean');
    assert.ok(performance.now() - started < 200);
  });
});
