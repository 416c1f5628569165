// Outline, Ctrl+T and Shift+F12 on the seed articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi, symbolNames } from './lens';
import { openSeed, positionOf } from './support';

const SEED = '000_fa67fbdb2da3ef63.txt';

describe('symbols and references', () => {
  before(async () => {
    await lensApi();
  });
  after(closeAllEditors);

  it('lists the article\'s entities and figures in the Outline', async () => {
    const editor = await openSeed(SEED);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbolNames(symbols ?? []);
    assert.ok(names.includes('Alibaba Group'), `outline: ${names.slice(0, 40).join(', ')}`);
    assert.ok(names.includes('Companies'), 'entities are grouped by type');
    assert.ok(names.includes('Figures'), 'figures have their own group');
    assert.ok(names.includes('11,6 milliards de dollars'));
  });

  it('finds entities across the workspace with Ctrl+T', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Alibaba');
    const names = (symbols ?? []).map((s) => s.name);
    assert.ok(names.includes('Alibaba Group'), `workspace symbols: ${names.join(', ')}`);
  });

  it('lists the mentions of Alibaba in several files with Shift+F12', async () => {
    const editor = await openSeed(SEED);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Alibaba Group', 2));
    const files = new Set((locations ?? []).map((l) => l.uri.toString()));
    assert.ok((locations ?? []).length >= 5, `${locations?.length} references`);
    assert.ok(files.size >= 2, `references in ${files.size} file(s)`);
    for (const location of locations ?? []) {
      const document = await vscode.workspace.openTextDocument(location.uri);
      assert.match(document.getText(location.range), /Alibaba|BABA/, `reference text at ${location.uri.path}:${location.range.start.line}`);
    }
  });
});
