// A changing workspace, inside the real VS Code: odd files (empty, BOM only, CR and CRLF line
// ends, a NUL after the probe, UTF-16), files rewritten, deleted and renamed while a rebuild runs,
// hundreds of files created at once and their folder removed (on disk and from the workbench), a
// virtual file system, and the declared capabilities. After each, the index is consistent: every
// record is for a file that exists, holds the file's current text, and its spans lie inside it.
// The root hooks check that the whole run leaves the workspace's own files byte-for-byte as found.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { hashText } from '../../src/core/index/fileRecord';
import { ENTITY_TYPES } from '../../src/core/types';
import { closeAllEditors, lensApi } from './lens';
import { EXTENSION_ID, waitFor, workspaceRoot } from './support';

const FOLDER = 'robustness-workspace';
const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

async function listFiles(dir: vscode.Uri, out: vscode.Uri[] = []): Promise<vscode.Uri[]> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const child = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) await listFiles(child, out);
    else out.push(child);
  }
  return out;
}

async function hashWorkspace(): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const uri of await listFiles(workspaceRoot())) {
    hashes.set(uri.toString(), createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex'));
  }
  return hashes;
}

// Root hooks: they run before the first suite and after the last one, whatever the file order.
let before_: Map<string, string> | undefined;
before(async () => {
  before_ = await hashWorkspace();
});
after(async () => {
  const after_ = await hashWorkspace();
  const changed = [...before_!].filter(([uri, hash]) => after_.get(uri) !== hash).map(([uri]) => uri);
  const added = [...after_.keys()].filter((uri) => !before_!.has(uri));
  assert.deepEqual({ changed, added }, { changed: [], added: [] }, 'the integration run changed the files of the workspace');
});

describe('robustness: a changing workspace', function () {
  this.timeout(120_000);
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), FOLDER);
  const uriOf = (name: string) => vscode.Uri.joinPath(folder(), name);

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  /** Every indexed file under `under` (our folder) exists, holds the text on disk, and has sound spans. */
  async function assertIndexConsistent(under: vscode.Uri = folder()): Promise<void> {
    const api = await lensApi();
    const prefix = under.toString() + '/';
    for (const uri of api.index.uris().filter((u) => u.startsWith(prefix))) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)).then(
        (b) => b,
        () => undefined,
      );
      assert.ok(bytes, `${uri} is in the index but not on disk`);
      const text = decode(bytes);
      const record = api.index.file(uri)!;
      assert.equal(record.hash, hashText(text), `${uri}: the index holds another text than the file`);
      for (const span of [...record.analysis.entities, ...record.analysis.figures]) {
        assert.equal(text.slice(span.start, span.end), span.text, `${uri}: span ${JSON.stringify(span)}`);
      }
    }
    for (const type of ENTITY_TYPES) {
      for (const entity of api.index.entitiesOfType(type)) {
        for (const m of entity.mentions) assert.ok(!m.uri.startsWith(prefix) || api.index.file(m.uri), `entity ${entity.id} keeps a mention in ${m.uri}, which is not indexed`);
      }
    }
  }

  /** Waits until the index holds exactly the current text of each file named (undefined: absent). */
  async function settle(expected: Map<string, string | undefined>, what: string): Promise<void> {
    const api = await lensApi();
    const lagging = () =>
      [...expected].filter(([uri, text]) => (text === undefined ? api.index.file(uri) !== undefined : api.index.file(uri)?.hash !== hashText(text)));
    await waitFor(what, () => lagging().length === 0, 60_000).catch((err: Error) => {
      throw new Error(`${err.message}; still wrong: ${lagging().slice(0, 5).map(([u]) => u).join(', ')}`);
    });
  }

  it('declares untrusted and virtual workspace support, and runs trusted here', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported: unknown }; virtualWorkspaces?: unknown } };
    assert.ok([true, 'limited'].includes(pkg.capabilities?.untrustedWorkspaces?.supported as never), 'capabilities.untrustedWorkspaces.supported');
    const virtual = pkg.capabilities?.virtualWorkspaces;
    assert.ok(virtual === true || (typeof virtual === 'object' && virtual !== null && 'supported' in virtual), 'capabilities.virtualWorkspaces');
    assert.equal(typeof vscode.workspace.isTrusted, 'boolean');
  });

  it('indexes or refuses odd files with a reason, never both, and places spans right with CR and CRLF', async () => {
    const api = await lensApi();
    const article = 'Le groupe Renault a annoncé une hausse de 12 % de ses ventes en 2024.';
    const files: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(0),
      'bom-only.txt': new Uint8Array([0xef, 0xbb, 0xbf]),
      'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...encode(article)]),
      'crlf.txt': encode(`Titre\r\n\r\n${article}\r\nFin.\r\n`),
      'cr.txt': encode(`Titre\r\r${article}\rFin.\r`),
      'spaces.md': encode(' \n\t\n   \n'),
      'nul-late.txt': encode(`${'a '.repeat(5000)}\u0000${article}`),
      'utf16.txt': new Uint8Array([0xff, 0xfe, ...[...article].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
      'lone-surrogate.txt': encode(`${article} \ud800 fin`), // the encoder writes U+FFFD: valid UTF-8
    };
    await Promise.all(Object.entries(files).map(([name, bytes]) => vscode.workspace.fs.writeFile(uriOf(name), bytes)));
    for (const name of Object.keys(files)) {
      const key = uriOf(name).toString();
      await waitFor(`${name} indexed or refused`, () => api.index.file(key) !== undefined || api.index.skippedReason(key) !== undefined, 30_000);
      assert.ok(!(api.index.file(key) && api.index.skippedReason(key)), `${name} is both indexed and refused`);
    }
    assert.ok(api.index.skippedReason(uriOf('utf16.txt').toString()), 'UTF-16 (NUL bytes) is refused');
    for (const name of ['crlf.txt', 'cr.txt', 'bom.txt']) {
      const record = api.index.file(uriOf(name).toString());
      assert.ok(record, `${name} is indexed`);
      assert.ok(record.analysis.figures.some((f) => f.text === '12 %'), `${name}: the figure 12 % is found at its place`);
    }
    await assertIndexConsistent();
  });

  it('keeps the index right when files are rewritten, deleted and renamed while a rebuild runs', async () => {
    const count = 30;
    const names = Array.from({ length: count }, (_, i) => `churn-${String(i).padStart(2, '0')}.txt`);
    const textOf = (i: number, round: number) => `Article ${i}, version ${round}: Renault a vendu ${i + 1} millions de voitures, en hausse de ${round + 3} %.\n`;
    await Promise.all(names.map((n, i) => vscode.workspace.fs.writeFile(uriOf(n), encode(textOf(i, 0)))));
    const expected = new Map<string, string | undefined>(names.map((n, i) => [uriOf(n).toString(), textOf(i, 0)]));
    await settle(expected, 'the first versions in the index');

    // The rebuild starts; the workspace changes under it.
    const rebuild = vscode.commands.executeCommand('articleLens.refresh');
    const changes: Array<Thenable<unknown>> = [];
    for (let i = 0; i < count; i++) {
      const uri = uriOf(names[i]);
      if (i % 3 === 0) {
        changes.push(vscode.workspace.fs.writeFile(uri, encode(textOf(i, 1))));
        expected.set(uri.toString(), textOf(i, 1));
      } else if (i % 3 === 1) {
        changes.push(vscode.workspace.fs.delete(uri, { useTrash: false }));
        expected.set(uri.toString(), undefined);
      } else {
        const renamed = uriOf(`renamed-${names[i]}`);
        changes.push(vscode.workspace.fs.rename(uri, renamed, { overwrite: true }));
        expected.set(uri.toString(), undefined);
        expected.set(renamed.toString(), textOf(i, 0));
      }
    }
    await Promise.all(changes);
    await rebuild;
    await settle(expected, 'the index to follow the changes made during the rebuild');
    await assertIndexConsistent();
  });

  for (const how of ['on disk', 'from the workbench'] as const) {
    it(`indexes 300 files created at once, and forgets them all when their folder is removed ${how}`, async () => {
      const api = await lensApi();
      const sub = vscode.Uri.joinPath(folder(), how === 'on disk' ? 'many-disk' : 'many-workbench');
      const uris = Array.from({ length: 300 }, (_, i) => vscode.Uri.joinPath(sub, `a${i}.txt`));
      await Promise.all(uris.map((u, i) => vscode.workspace.fs.writeFile(u, encode(`Le groupe Stellantis a ouvert ${i + 2} usines en 2024.\n`))));
      await waitFor('300 new files in the index', () => uris.every((u) => api.index.file(u.toString())), 90_000);
      if (how === 'on disk') {
        await vscode.workspace.fs.delete(sub, { recursive: true, useTrash: false });
      } else {
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(sub, { recursive: true });
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      await waitFor('the removed folder out of the index', () => uris.every((u) => !api.index.file(u.toString())), 60_000);
      const prefix = sub.toString() + '/';
      const tree = api.tree;
      for (const group of await tree.getChildren()) {
        for (const node of await tree.getChildren(group)) {
          if (node.kind !== 'entity') continue;
          const entity = api.index.entity(node.id);
          assert.ok(entity, `the tree shows ${node.id}, which the index no longer has`);
          assert.ok(!entity.mentions.some((m) => m.uri.startsWith(prefix)), `${node.id} keeps mentions in the removed folder`);
        }
      }
      await assertIndexConsistent(sub);
    });
  }

  it('analyzes an article from a virtual file system (no file: scheme)', async () => {
    const api = await lensApi();
    const files = new Map<string, Uint8Array>([['/article.txt', encode('Le groupe Renault a annoncé une hausse de 12 % de ses ventes.\n')]]);
    const emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: emitter.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => {
        const data = files.get(uri.path);
        if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.length };
        if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
        throw vscode.FileSystemError.FileNotFound(uri);
      },
      readDirectory: () => [...files.keys()].map((p) => [p.slice(1), vscode.FileType.File] as [string, vscode.FileType]),
      createDirectory: () => undefined,
      readFile: (uri) => {
        const data = files.get(uri.path);
        if (!data) throw vscode.FileSystemError.FileNotFound(uri);
        return data;
      },
      writeFile: (uri, content) => void files.set(uri.path, content),
      delete: (uri) => void files.delete(uri.path),
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider('alrobust', provider, { isCaseSensitive: true });
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('alrobust:/article.txt'));
      await vscode.window.showTextDocument(doc);
      if (doc.languageId !== 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      await api.analyzed(doc);
      const record = await waitFor('the virtual document in the index', () => api.index.file(doc.uri.toString()), 30_000);
      assert.ok(record!.analysis.figures.some((f) => f.text === '12 %'), JSON.stringify(record!.analysis.figures));
    } finally {
      await closeAllEditors();
      registration.dispose();
      emitter.dispose();
    }
  });

  it('survives settings of the wrong type and a glob that matches nothing, and comes back with the defaults', async () => {
    const api = await lensApi();
    await closeAllEditors(); // an open document stays indexed whatever the glob
    const config = () => vscode.workspace.getConfiguration('articleLens');
    const seedsIndexed = () => api.index.uris().filter((u) => /\/\d{3}_[0-9a-f]+\.txt$/.test(u)).length;
    const seeds = seedsIndexed();
    assert.ok(seeds > 0, 'the seed copies are indexed');
    const wrong: Array<[string, unknown]> = [
      ['maxFileSizeKB', 'big'],
      ['maxFiles', -3],
      ['exchangeRates', { EUR: 'abc' }],
      ['exchangeRatesDate', 'yesterday'],
      ['highlight.entityTypes', 'company'],
      ['defaultDollar', 7],
    ];
    try {
      for (const [key, value] of wrong) await config().update(key, value, vscode.ConfigurationTarget.Global);
      await waitFor('the wrong settings to be read', () => config().get('defaultDollar') === 7);
      await new Promise((r) => setTimeout(r, 300));
      const s = api.settings();
      assert.equal(s.maxFileSizeKB, 5120);
      assert.equal(s.maxFiles, 5000);
      assert.deepEqual(s.exchangeRates, {});
      assert.equal(s.defaultDollar, 'USD');
      await config().update('include', '**/*.nothing-matches-this', vscode.ConfigurationTarget.Global);
      await waitFor('the seeds out of the index (the glob matches nothing)', () => seedsIndexed() === 0, 30_000);
    } finally {
      for (const [key] of wrong) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
      await config().update('include', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the seeds back in the index', () => seedsIndexed() === seeds, 60_000);
    await assertIndexConsistent();
  });
});
