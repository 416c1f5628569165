// A huge file, a binary file and a Latin-1 file in the workspace are refused with one log line
// each, and everything else keeps working; created, renamed and deleted files follow the index.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi } from './lens';
import { hoverText, openSeed, positionOf, waitFor, workspaceRoot } from './support';

describe('robustness of the workspace index', () => {
  const created: vscode.Uri[] = [];
  const write = async (name: string, bytes: Uint8Array) => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'robustness', name);
    await vscode.workspace.fs.writeFile(uri, bytes);
    created.push(uri);
    return uri;
  };

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'robustness'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('skips huge, binary and non-UTF-8 files and keeps the rest working', async () => {
    const api = await lensApi();
    const huge = await write('huge.txt', new Uint8Array(6 * 1024 * 1024).fill(0x41));
    const binary = await write('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    const latin1 = await write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41, 0x6c, 0x69, 0x62, 0x61, 0x62, 0x61]));
    await vscode.commands.executeCommand('articleLens.refresh');
    for (const uri of [huge, binary, latin1]) {
      const reason = (await waitFor(`a reason for ${uri.path}`, () => api.index.skippedReason(uri.toString())))!;
      assert.ok(reason.length > 5, reason);
      assert.equal(api.index.file(uri.toString()), undefined);
    }
    assert.match(api.index.skippedReason(huge.toString())!, /limit/);
    assert.match(api.index.skippedReason(binary.toString())!, /binary/);
    assert.match(api.index.skippedReason(latin1.toString())!, /UTF-8/);

    const editor = await openSeed('000_fa67fbdb2da3ef63.txt');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '11,6 milliards de dollars', 3));
    assert.ok(hoverText(hovers ?? []).includes('11 600 000 000 USD'));
  });

  it('adds a created file, follows its rename and drops it when deleted', async () => {
    const api = await lensApi();
    const uri = await write('new-article.txt', new TextEncoder().encode('Le constructeur Renault a annoncé une hausse de 12 % de ses ventes.\n'));
    await waitFor('the new file in the index', () => api.index.file(uri.toString()));
    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'robustness', 'renamed-article.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the renamed file in the index', () => api.index.file(renamed.toString()) && !api.index.file(uri.toString()));
    await vscode.workspace.fs.delete(renamed, { useTrash: false });
    await waitFor('the deleted file out of the index', () => !api.index.file(renamed.toString()));
  });
});
