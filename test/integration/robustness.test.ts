// A huge file, a binary file and a Latin-1 file in the workspace are refused with one log line
// each, and everything else keeps working; created, renamed and deleted files follow the index.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi } from './lens';
import { hoverText, openSeed, positionOf, seedUri, waitFor, workspaceRoot } from './support';

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

  it('adds a file created on disk and drops it when deleted on disk', async () => {
    const api = await lensApi();
    const uri = await write('new-article.txt', new TextEncoder().encode('Le constructeur Renault a annoncé une hausse de 12 % de ses ventes.\n'));
    await waitFor('the new file in the index', () => api.index.file(uri.toString()));
    // Deleted behind VS Code's back (another program): the file watcher reports it.
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    await waitFor('the deleted file out of the index', () => !api.index.file(uri.toString()));
  });

  it('follows a file renamed and then deleted from the workbench', async () => {
    const api = await lensApi();
    const uri = await write('to-rename.txt', new TextEncoder().encode('Le groupe Danone a publié ses résultats.\n'));
    await waitFor('the new file in the index', () => api.index.file(uri.toString()));
    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'robustness', 'renamed-article.txt');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor('the renamed file in the index', () => api.index.file(renamed.toString()) && !api.index.file(uri.toString()));
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(remove));
    await waitFor('the deleted file out of the index', () => !api.index.file(renamed.toString()));
  });

  it('lets the text of an unsaved document win over the file, and goes back to the file on revert', async () => {
    const api = await lensApi();
    // The workbench may auto-save (code-server does after a delay): keep the document dirty here.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    try {
      const copy = await write('dirty.txt', await vscode.workspace.fs.readFile(seedUri('004_7d9bcf0a000e632e.txt')));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
      const uri = copy.toString();
      await waitFor('the copy in the index', () => api.index.file(uri));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(copy, new vscode.Position(0, 0), 'Le groupe Renault et Tencent ont signé. ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the dirty text in the index', () => api.index.file(uri)?.version === editor.document.version);
      assert.ok(editor.document.isDirty);
      assert.ok(api.index.mentionsOf('tencent').some((m) => m.uri === uri && m.line === 0), 'the inserted mention is indexed');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      const describe = () => `dirty=${editor.document.isDirty} version=${editor.document.version} indexed=${api.index.file(uri)?.version} line0="${editor.document.lineAt(0).text.slice(0, 50)}"`;
      await waitFor('the file text back in the index', () => !api.index.mentionsOf('tencent').some((m) => m.uri === uri)).catch((err: Error) => {
        throw new Error(`${err.message}: ${describe()}`);
      });
      assert.equal(editor.document.isDirty, false);
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reports an invalid setting once and uses the default', async () => {
    const api = await lensApi();
    const config = vscode.workspace.getConfiguration('articleLens');
    await config.update('language', 'de', vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the setting to be read', () => vscode.workspace.getConfiguration('articleLens').get('language') === 'de');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(api.settings().language, 'auto');
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('finds all mentions from the command, and survives commands run with nothing to act on', async () => {
    await openSeed('000_fa67fbdb2da3ef63.txt');
    await vscode.commands.executeCommand('articleLens.findMentions', 'alibaba-group');
    await vscode.commands.executeCommand('articleLens.revealInTree', 'no-such-entity');
    await vscode.commands.executeCommand('articleLens.toggleKind', 'no-such-kind');
    await vscode.commands.executeCommand('articleLens.showOutput');
    assert.ok(seedUri('000_fa67fbdb2da3ef63.txt'));
  });
});
