// The entities tree: groups, companies ranked by mentions, facts and mentions, filter, click.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/extension/entityTree';
import { closeAllEditors, labelOf, lensApi } from './lens';
import { waitFor } from './support';

describe('entities tree', () => {
  after(async () => {
    await vscode.commands.executeCommand('articleLens.clearFilter');
    await closeAllEditors();
  });

  async function rootsAndCompanies() {
    const api = await lensApi();
    const tree = api.tree;
    const roots = await tree.getChildren();
    const companiesGroup = roots.find((n) => n.kind === 'group' && n.type === 'company');
    assert.ok(companiesGroup, 'a Companies group');
    const companies = await tree.getChildren(companiesGroup);
    return { api, tree, roots, companies };
  }

  it('shows Companies first, then the other groups', async () => {
    const { tree, roots } = await rootsAndCompanies();
    const labels = await Promise.all(roots.map(async (n) => labelOf(await tree.getTreeItem(n))));
    assert.equal(labels[0], 'Companies');
    for (const label of labels) assert.ok(['Companies', 'People', 'Places', 'Products', 'Organizations'].includes(label), label);
  });

  it('lists Alibaba Group with its facts, and ranks companies by mentions', async () => {
    const { api, tree, companies } = await rootsAndCompanies();
    const alibaba = companies.find((n) => n.kind === 'entity' && n.id === 'alibaba-group');
    assert.ok(alibaba, 'Alibaba Group is in the tree');
    assert.equal(labelOf(await tree.getTreeItem(alibaba)), 'Alibaba Group');
    const counts = companies.map((n) => (n.kind === 'entity' ? api.index.entity(n.id)!.mentionCount : 0));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most mentioned first');
    const children = await tree.getChildren(alibaba);
    const facts = children.find((n) => n.kind === 'facts');
    assert.ok(facts, 'a Facts folder');
    const factNodes = await tree.getChildren(facts);
    assert.ok(factNodes.length > 0);
    const item = await tree.getTreeItem(factNodes[0]);
    assert.match(labelOf(item), /: /, 'predicate: value');
    assert.match(String(item.description), /\.txt:\d+$/, 'file:line');
    assert.equal(item.command?.command, 'vscode.open');
  });

  it('opens the file at the mention and selects it on click', async () => {
    const { tree, companies } = await rootsAndCompanies();
    const alibaba = companies.find((n) => n.kind === 'entity' && n.id === 'alibaba-group')!;
    const mentionsFolder = (await tree.getChildren(alibaba)).find((n) => n.kind === 'mentions')!;
    const mentions: TreeNode[] = await tree.getChildren(mentionsFolder);
    assert.ok(mentions.length >= 2);
    const item = await tree.getTreeItem(mentions[1]);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = (await waitFor('the mention to open', () => vscode.window.activeTextEditor))!;
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /Alibaba|BABA/, `selected "${selected}"`);
  });

  it('filters by name and shows the filter, then clears it', async () => {
    const { api } = await rootsAndCompanies();
    await vscode.commands.executeCommand('articleLens.filter', 'tencent');
    const { companies, tree } = await rootsAndCompanies();
    const names = await Promise.all(companies.map(async (n) => labelOf(await tree.getTreeItem(n))));
    assert.deepEqual(names, ['Tencent']);
    assert.match(api.treeMessage() ?? '', /tencent/);
    await vscode.commands.executeCommand('articleLens.clearFilter');
    assert.equal(api.treeMessage(), undefined);
    assert.ok((await rootsAndCompanies()).companies.length > 1);
  });

  it('reveals an entity in the tree', async () => {
    await vscode.commands.executeCommand('articleLens.revealInTree', 'alibaba-group');
  });
});
