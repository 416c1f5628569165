// The user's entity list file (.vscode/article-lens-entities.json by default): written, changed,
// broken and deleted while the extension runs, the index follows it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi } from './lens';
import { waitFor, workspaceRoot } from './support';

describe('the user entity list', () => {
  const listUri = () => vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'article-lens-entities.json');
  const articleUri = () => vscode.Uri.joinPath(workspaceRoot(), 'entity-list', 'ventelo.txt');
  const writeList = (content: unknown) =>
    vscode.workspace.fs.writeFile(listUri(), new TextEncoder().encode(typeof content === 'string' ? content : JSON.stringify(content)));

  before(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(articleUri(), new TextEncoder().encode('Selon Ventelo, le chiffre d’affaires a progressé de 12 % en 2024. La Compagnie a précisé ses objectifs.\n'));
  });

  after(async () => {
    for (const uri of [listUri(), vscode.Uri.joinPath(workspaceRoot(), 'entity-list')]) {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('reads the list, follows its changes, survives a broken one, and forgets it when deleted', async function () {
    // Five changes of the list, each re-analyzing the workspace: slow on a loaded machine.
    this.timeout(300_000);
    const api = await lensApi();
    const mentions = () => api.index.file(articleUri().toString())?.analysis.entities.map((e) => `${e.text}|${e.type}|${e.id}`) ?? [];
    await waitFor('the article in the index', () => api.index.file(articleUri().toString()), 90_000);
    const seedsIndexed = api.index.fileCount;
    const before = mentions();
    assert.ok(!before.some((m) => m.endsWith('|ventelo-holding')), before.join(' '));

    await writeList({ entities: [{ name: 'Ventelo Holding', type: 'company', aliases: ['Ventelo'] }], ignore: ['Compagnie'] });
    await waitFor('Ventelo listed as a company', () => mentions().includes('Ventelo|company|ventelo-holding'), 90_000);
    assert.ok(!mentions().some((m) => m.startsWith('Compagnie|')), mentions().join(' '));
    assert.ok(api.index.entity('ventelo-holding'), 'the listed entity is in the workspace index (tree, Ctrl+T)');

    await writeList({ entities: [{ name: 'Ventelo Holding', type: 'organization', aliases: ['Ventelo'] }], ignore: [] });
    await waitFor('the changed type', () => mentions().includes('Ventelo|organization|ventelo-holding'), 90_000);

    // A list that is not JSON counts as no list: the analysis goes on without it.
    await writeList('{"entities": [');
    await waitFor('the analysis without the broken list', () => !mentions().some((m) => m.endsWith('|ventelo-holding')), 90_000);

    await writeList({ entities: [{ name: 'Ventelo Holding', type: 'company', aliases: ['Ventelo'] }] });
    await waitFor('the list back', () => mentions().includes('Ventelo|company|ventelo-holding'), 90_000);
    await vscode.workspace.fs.delete(listUri(), { useTrash: false });
    await waitFor('the list forgotten', () => !mentions().some((m) => m.endsWith('|ventelo-holding')), 90_000);
    // Each change re-analyzes every file, keeping the old records meanwhile: the index never empties.
    assert.ok(api.index.fileCount >= seedsIndexed, `${api.index.fileCount} files indexed, ${seedsIndexed} before`);
  });
});
