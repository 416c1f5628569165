// Highlights: computed ranges per kind (read through the API), following edits, and toggles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi, untitledArticle } from './lens';
import { openSeed, waitFor } from './support';

const TEXT = 'Alibaba Group a vu son chiffre d\'affaires grimper de 15 % au premier trimestre 2025.\nTencent a suivi.\n';

describe('highlights', () => {
  after(async () => {
    await closeAllEditors();
  });

  it('highlights the entities and figures of a seed', async () => {
    const api = await lensApi();
    const editor = await openSeed('000_fa67fbdb2da3ef63.txt');
    const applied = (await waitFor('decorations on the seed', () => {
      const d = api.decorationsFor(editor.document.uri);
      return d && d.version === editor.document.version && d.ranges['entity.company']?.length ? d : undefined;
    }))!;
    const companies = applied.ranges['entity.company']!.map((r) => editor.document.getText(r));
    assert.ok(companies.includes('Alibaba Group'), companies.join(', '));
    const money = (applied.ranges['figure.money'] ?? []).map((r) => editor.document.getText(r));
    assert.ok(money.includes('11,6 milliards de dollars'), money.join(', '));
  });

  it('follows an edit of the document', async () => {
    const api = await lensApi();
    const editor = await untitledArticle(TEXT);
    const doc = editor.document;
    await waitFor('first decorations', () => api.decorationsFor(doc.uri)?.ranges['entity.company']?.length);
    const before = api.decorationsFor(doc.uri)!.ranges['entity.company']!.map((r) => doc.getText(r));
    assert.ok(!before.includes('Huawei'), before.join(', '));

    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'Huawei et Apple sont cités.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = (await waitFor('decorations of the edited version', () => {
      const d = api.decorationsFor(doc.uri);
      return d && d.version === doc.version ? d : undefined;
    }))!;
    const companies = edited.ranges['entity.company']!.map((r) => doc.getText(r));
    assert.ok(companies.includes('Huawei'), companies.join(', '));
    assert.ok(companies.includes('Alibaba Group'), 'the older mention moved down with its line');
    assert.ok(edited.ranges['entity.company']!.some((r) => r.start.line === 1), 'ranges follow the inserted line');
  });

  it('turns highlighting off and on, globally and per kind', async () => {
    const api = await lensApi();
    const editor = await untitledArticle(TEXT);
    const doc = editor.document;
    await waitFor('decorations', () => api.decorationsFor(doc.uri)?.ranges['entity.company']?.length);

    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    await waitFor('no decorations', () => Object.keys(api.decorationsFor(doc.uri)?.ranges ?? { x: 1 }).length === 0);
    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    await waitFor('decorations back', () => api.decorationsFor(doc.uri)?.ranges['entity.company']?.length);

    await vscode.commands.executeCommand('articleLens.toggleKind', 'company');
    await waitFor('companies off', () => !api.decorationsFor(doc.uri)?.ranges['entity.company']);
    assert.ok(api.decorationsFor(doc.uri)!.ranges['figure.percent']?.length, 'other kinds stay on');
    await vscode.commands.executeCommand('articleLens.toggleKind', 'company');
    await waitFor('companies on', () => api.decorationsFor(doc.uri)?.ranges['entity.company']?.length);
  });

  it('does not highlight documents outside the include glob', async () => {
    const api = await lensApi();
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"name": "Alibaba Group"}' });
    await vscode.window.showTextDocument(document);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(api.decorationsFor(document.uri), undefined);
  });
});
