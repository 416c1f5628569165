// Smoke test: the extension is installed in the VS Code under test, activates when a seed
// article is opened, and the hover provider machinery answers through the public command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeApi, openSeed, positionOf, waitFor } from './support';

const seed = '000_fa67fbdb2da3ef63.txt';

describe('smoke', () => {
  it('runs inside a real VS Code with the seeds copy as the workspace', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'one workspace folder');
    assert.equal(folders[0].uri.path.split('/').pop(), 'seeds');
  });

  it('has the extension installed', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.equal(extension.packageJSON.name, 'article-lens');
  });

  it('activates when a seed article is opened, and its index becomes ready', async () => {
    const editor = await openSeed(seed);
    assert.ok(editor.document.getText().includes('Alibaba'), 'the seed opened is the expected article');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // Activation must come from the extension's own activation events, not from the test.
    await waitFor('the extension to activate on its own', () => extension.isActive);
    const api = await activeApi();
    assert.ok(api.ready instanceof Promise, 'activate() returns an API with a ready promise');
  });

  it('answers vscode.executeHoverProvider on a seed', async () => {
    const editor = await openSeed(seed);
    const position = positionOf(editor.document, '11,6 milliards de dollars', 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    assert.ok(Array.isArray(hovers), `executeHoverProvider returned ${typeof hovers}`);
    for (const hover of hovers) assert.ok(Array.isArray(hover.contents), 'each hover has contents');
  });
});
