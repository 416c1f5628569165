// Every UI string has its French text: runtime messages (vscode.l10n.t / t in the extension
// and the card builder) in l10n/bundle.l10n.fr.json, manifest strings in package.nls*.json.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

function runtimeMessages(): Set<string> {
  const files = ['src/core/index/cards.ts', ...fs.readdirSync(path.join(root, 'src/extension')).map((f) => `src/extension/${f}`)];
  const found = new Set<string>();
  for (const file of files) {
    for (const m of read(file).matchAll(/\b(?:t|l10n\.t)\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'"));
  }
  return found;
}

describe('workspace index: UI text in English and French', () => {
  it('has a French text for every runtime message, with the same placeholders', () => {
    const fr = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
    const messages = runtimeMessages();
    assert.ok(messages.size > 50, `${messages.size} messages found`);
    for (const message of messages) {
      assert.ok(message in fr, `no French text for "${message}"`);
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
      assert.equal(placeholders(fr[message]), placeholders(message), `placeholders of "${message}"`);
    }
    for (const key of Object.keys(fr)) assert.ok(messages.has(key), `unused French text "${key}"`);
  });

  it('has English and French text for every %key% of the manifest', () => {
    const manifest = read('package.json');
    const keys = new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
    assert.ok(keys.size > 30);
    for (const key of keys) {
      assert.ok(en[key], `no English text for ${key}`);
      assert.ok(fr[key], `no French text for ${key}`);
    }
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  });

  it('declares a theme color for every highlight kind, readable in every theme kind', () => {
    const pkg = JSON.parse(read('package.json'));
    const ids = new Set(pkg.contributes.colors.map((c: { id: string }) => c.id));
    for (const t of ['company', 'organization', 'person', 'place', 'product', 'ticker']) assert.ok(ids.has(`articleLens.entity.${t}`), t);
    for (const k of ['money', 'percent', 'quantity', 'number', 'ordinal', 'date', 'duration', 'time']) assert.ok(ids.has(`articleLens.figure.${k}`), k);
    for (const c of pkg.contributes.colors) for (const theme of ['dark', 'light', 'highContrast', 'highContrastLight']) assert.match(c.defaults[theme], /^#[0-9A-F]{6}([0-9A-F]{2})?$/i, `${c.id} ${theme}`);
  });

  it('declares every command the extension registers, and only those', () => {
    const pkg = JSON.parse(read('package.json'));
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...read('src/extension/extension.ts').matchAll(/registerCommand\('([\w.]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, declared);
    for (const command of declared) assert.ok(pkg.activationEvents.includes(`onCommand:${command}`), command);
  });
});
