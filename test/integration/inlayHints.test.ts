// Inlay hints after figures, observed through vscode.executeInlayHintProvider: off by default,
// the normalized value where the text does not say it, only in the requested range, the figure
// kinds setting, the change event, and the session toggle that writes no setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi, untitledArticle } from './lens';
import { openSeed, positionOf, waitFor } from './support';

const SEED = '000_fa67fbdb2da3ef63.txt';

function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

function tooltipText(hint: vscode.InlayHint): string {
  const tip = hint.tooltip;
  return tip === undefined ? '' : typeof tip === 'string' ? tip : tip.value;
}

async function hintsIn(document: vscode.TextDocument, range?: vscode.Range): Promise<vscode.InlayHint[]> {
  const whole = range ?? new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole)) ?? [];
}

/** The hint placed right after the first occurrence of `figure`, if any. */
function hintAfter(document: vscode.TextDocument, hints: vscode.InlayHint[], figure: string): vscode.InlayHint | undefined {
  const end = positionOf(document, figure, figure.length);
  return hints.find((h) => h.position.isEqual(end));
}

/** The hints once there are some (the setting reaches the extension a moment after the update). */
async function someHints(document: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  return (await waitFor('hints in the article', async () => {
    const list = await hintsIn(document);
    return list.length ? list : undefined;
  }))!;
}

async function setInlay(key: 'enabled' | 'figureKinds', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleLens').update(`inlayHints.${key}`, value, vscode.ConfigurationTarget.Global);
}

describe('inlay hints', () => {
  before(async () => {
    await lensApi();
  });
  after(closeAllEditors);

  it('gives no hint while articleLens.inlayHints.enabled is off (the default)', async () => {
    const api = await lensApi();
    const editor = await openSeed(SEED);
    await api.analyzed(editor.document);
    assert.equal(api.settings().inlayHintsEnabled, false);
    assert.deepEqual((await hintsIn(editor.document)).map(labelText), []);
  });

  it('shows the normalized value after "11,6 milliards de dollars", with the card as tooltip, and none after "16 %"', async () => {
    const api = await lensApi();
    const editor = await openSeed(SEED);
    const doc = editor.document;
    let changes = 0;
    const sub = api.onDidChangeInlayHints(() => changes++);
    try {
      await setInlay('enabled', true);
      await waitFor('the change event after the setting', () => changes > 0);
      const hints = await someHints(doc);
      const money = hintAfter(doc, hints, '11,6 milliards de dollars');
      assert.ok(money, `no hint after the amount; hints: ${hints.map(labelText).join(' | ')}`);
      assert.equal(labelText(money), '= 11 600 000 000 USD');
      assert.equal(money.paddingLeft, true);
      const tip = tooltipText(money);
      assert.ok(tip.includes('11 600 000 000 USD'), tip);
      assert.ok(tip.includes('Chine'), `the tooltip names the linked entity: ${tip}`);
      assert.equal(labelText(hintAfter(doc, hints, 'premier trimestre 2025')!), '= 2025-Q1');
      assert.equal(hintAfter(doc, hints, '16 %'), undefined, 'the text already says 16 %');
      const kinds = new Set(hints.map((h) => api.index.figureAt(doc.uri.toString(), doc.offsetAt(h.position) - 1)?.kind));
      for (const kind of kinds) assert.ok(kind && ['money', 'percent', 'quantity', 'date'].includes(kind), `a hint on a ${kind}`);
      // "a augmenté de plus de 80 milliards de dollars": qualifier and direction, one character each.
      const other = (await openSeed('004_7d9bcf0a000e632e.txt')).document;
      const over = hintAfter(other, await someHints(other), '80 milliards de dollars');
      assert.equal(over && labelText(over), '> 80 000 000 000 USD ↑');
    } finally {
      sub.dispose();
      await setInlay('enabled', undefined);
    }
  });

  it('computes hints for the requested range only', async () => {
    const editor = await openSeed(SEED);
    const doc = editor.document;
    try {
      await setInlay('enabled', true);
      const all = await someHints(doc);
      const firstLine = await hintsIn(doc, doc.lineAt(0).range);
      assert.ok(firstLine.length > 0 && firstLine.length < all.length, `${firstLine.length} of ${all.length}`);
      for (const h of firstLine) assert.equal(h.position.line, 0);
    } finally {
      await setInlay('enabled', undefined);
    }
  });

  it('follows articleLens.inlayHints.figureKinds', async () => {
    const api = await lensApi();
    const editor = await openSeed(SEED);
    const doc = editor.document;
    try {
      await setInlay('enabled', true);
      await setInlay('figureKinds', ['date']);
      await waitFor('the settings to apply', () => api.settings().inlayHintsFigureKinds.join() === 'date');
      const hints = await hintsIn(doc);
      assert.ok(hints.length > 0);
      for (const h of hints) assert.match(labelText(h), /^[=≤≥<>≈] \d{4}(-|$)/, labelText(h));
      assert.equal(hintAfter(doc, hints, '11,6 milliards de dollars'), undefined);
    } finally {
      await setInlay('figureKinds', undefined);
      await setInlay('enabled', undefined);
    }
  });

  it('fires the change event when the visible article is analyzed again, and the hints follow the edit', async () => {
    const api = await lensApi();
    const editor = await untitledArticle('Le groupe a vu ses ventes grimper de 15 % en 2025.\n');
    const doc = editor.document;
    try {
      await setInlay('enabled', true);
      await waitFor('the setting to apply', () => api.settings().inlayHintsEnabled);
      await api.analyzed(doc);
      let changes = 0;
      const sub = api.onDidChangeInlayHints(() => changes++);
      try {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, new vscode.Position(0, 0), "Il a levé 3 milliards d'euros.\n");
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitFor('the change event after the new analysis', () => changes > 0);
      } finally {
        sub.dispose();
      }
      const hints = await hintsIn(doc);
      const amount = hintAfter(doc, hints, "3 milliards d'euros");
      assert.equal(amount && labelText(amount), '= 3 000 000 000 EUR', hints.map(labelText).join(' | '));
      assert.equal(amount!.position.line, 0);
    } finally {
      await setInlay('enabled', undefined);
    }
  });

  it('the toggle command turns them on and off for the session without writing a setting', async () => {
    const api = await lensApi();
    const editor = await openSeed(SEED);
    const doc = editor.document;
    await api.analyzed(doc);
    assert.equal((await hintsIn(doc)).length, 0);
    await vscode.commands.executeCommand('articleLens.toggleInlayHints');
    try {
      assert.ok((await hintsIn(doc)).length > 0, 'on after the toggle');
      const inspected = vscode.workspace.getConfiguration('articleLens').inspect('inlayHints.enabled');
      assert.equal(inspected?.globalValue, undefined);
      assert.equal(inspected?.workspaceValue, undefined);
    } finally {
      await vscode.commands.executeCommand('articleLens.toggleInlayHints');
    }
    assert.equal((await hintsIn(doc)).length, 0, 'off again');
  });
});
