// Article Lens in VS Code: registers every provider, view and command at once, then builds the
// workspace index after activation. Nothing here writes a file or reaches the network.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { ENTITY_TYPES, FIGURE_KINDS } from '../core/types';
import { entityTypeLabel, kindLabel, type Translate } from '../core/index/cards';
import { AnalyzerClient, workerCount } from './analyzerClient';
import { EntityListSource } from './entityListSource';
import { EntityTreeProvider } from './entityTree';
import { Highlighter, HIGHLIGHT_KEYS, type DecorationSnapshot, type HighlightKey } from './highlights';
import { IndexService } from './indexService';
import { FigureInlayHints } from './inlayHints';
import { registerLanguageFeatures, toLocation } from './languageFeatures';
import { SettingsStore } from './settings';
import type { Settings } from './settingsModel';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** What activate() returns: for other extensions and for the integration tests. */
export interface ArticleLensApi {
  /** Resolves when the first workspace index is built. */
  ready: Promise<void>;
  index: WorkspaceIndex;
  /** The decoration ranges last applied to the document (decorations cannot be read back through the VS Code API). */
  decorationsFor(uri: vscode.Uri): { version: number; ranges: DecorationSnapshot } | undefined;
  /** Analyzes the document's current text if needed and resolves when the index holds it. */
  analyzed(doc: vscode.TextDocument): Promise<void>;
  settings(): Settings;
  /** The entities tree's data (tree items cannot be read back through the VS Code API either). */
  tree: EntityTreeProvider;
  /** The message the tree view shows (the active filter). */
  treeMessage(): string | undefined;
  /** Fires when the figures' inlay hints should be asked again (what VS Code listens to). */
  onDidChangeInlayHints: vscode.Event<void>;
}

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const output = vscode.window.createOutputChannel('Article Lens');
  const store = new SettingsStore(output);
  const client = new AnalyzerClient(path.join(context.extensionPath, 'dist', 'indexWorker.js'), (m) => output.appendLine(`[worker] ${m}`), { workers: workerCount(store.settings.indexWorkers) });
  const entityLists = new EntityListSource(store, output);
  const service = new IndexService(client, store, output, entityLists);
  const highlighter = new Highlighter(service, store);
  const tree = new EntityTreeProvider(service);
  const inlayHints = new FigureInlayHints(service, store);
  const treeView = vscode.window.createTreeView('articleLens.entities', { treeDataProvider: tree, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Article Lens';
  status.command = 'workbench.view.extension.articleLens';

  context.subscriptions.push(
    output,
    store,
    { dispose: () => client.dispose() },
    entityLists,
    store.onDidChange(({ previous, current }) => {
      if (previous.indexWorkers !== current.indexWorkers) client.setWorkers(workerCount(current.indexWorkers));
    }),
    service,
    highlighter,
    tree,
    treeView,
    status,
    registerLanguageFeatures(service, store),
    inlayHints,
  );

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !service.isArticle(editor.document)) {
      status.hide();
      return;
    }
    const key = editor.document.uri.toString();
    const stats = service.index.stats(key);
    if (!stats) {
      const skipped = service.index.skippedReason(key);
      status.text = skipped ? `$(circle-slash) ${t('Not analyzed')}` : `$(sync~spin) ${t('Analyzing…')}`;
      status.tooltip = skipped ?? '';
    } else {
      status.text = `$(book) ${stats.lang.toUpperCase()} · ${t('{0} entities · {1} figures', stats.distinctEntities, stats.figures)}`;
      status.tooltip = t('Article Lens: language {0}, {1} entity mentions ({2} distinct), {3} figures, {4} facts', stats.lang, stats.entities, stats.distinctEntities, stats.figures, stats.facts);
    }
    status.show();
  };

  const updateTreeMessage = () => {
    const filter = tree.filter;
    treeView.message = filter ? t('Filter: "{0}"', filter) : undefined;
    treeView.description = filter ? t('filtered') : undefined;
    void vscode.commands.executeCommand('setContext', 'articleLens.filterActive', Boolean(filter));
  };

  /** The entity under the cursor of the active article, if any. */
  const entityAtCursor = async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const record = await service.ensureCurrent(editor.document);
    if (!record) return undefined;
    return service.index.entityAt(record.uri, editor.document.offsetAt(editor.selection.active))?.id;
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    service.onDidChange(updateStatus),
    vscode.commands.registerCommand('articleLens.toggleHighlights', () => {
      const on = highlighter.toggleAll();
      vscode.window.setStatusBarMessage(on ? t('Article Lens: highlights on') : t('Article Lens: highlights off'), 3000);
    }),
    vscode.commands.registerCommand('articleLens.toggleKind', async (kind?: string) => {
      if (kind !== undefined) {
        const key = (HIGHLIGHT_KEYS as readonly string[]).find((k) => k === kind || k.endsWith(`.${kind}`)) as HighlightKey | undefined;
        if (!key) {
          void vscode.window.showWarningMessage(t('Unknown highlight kind: {0}', kind));
          return;
        }
        highlighter.setKind(key, !highlighter.isKindEnabled(key));
        return;
      }
      const items = [
        ...ENTITY_TYPES.map((type) => ({ key: `entity.${type}` as HighlightKey, label: entityTypeLabel(type, t), description: t('entity') })),
        ...FIGURE_KINDS.map((k) => ({ key: `figure.${k}` as HighlightKey, label: kindLabel(k, t), description: t('figure') })),
      ].map((item) => ({ ...item, picked: highlighter.isKindEnabled(item.key) }));
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: t('Highlight these kinds'), placeHolder: t('Checked kinds are highlighted') });
      if (!picked) return;
      const chosen = new Set(picked.map((p) => p.key));
      for (const item of items) if (item.picked !== chosen.has(item.key)) highlighter.setKind(item.key, chosen.has(item.key));
    }),
    vscode.commands.registerCommand('articleLens.toggleInlayHints', () => {
      const on = inlayHints.toggle();
      vscode.window.setStatusBarMessage(on ? t('Article Lens: inlay hints on') : t('Article Lens: inlay hints off'), 3000);
      // VS Code's own switch hides every extension's hints: say so rather than seem broken.
      if (on && vscode.workspace.getConfiguration('editor', vscode.window.activeTextEditor?.document).get('inlayHints.enabled') === 'off') {
        void vscode.window.showInformationMessage(t('Inlay hints are turned off in VS Code (editor.inlayHints.enabled); turn them on to see the values.'));
      }
    }),
    vscode.commands.registerCommand('articleLens.refresh', () => service.rebuild('refresh command')),
    vscode.commands.registerCommand('articleLens.filter', async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({ title: t('Filter entities'), prompt: t('Show entities whose name, alias or ticker contains this text'), value: tree.filter });
      if (value === undefined) return;
      tree.setFilter(value);
      updateTreeMessage();
    }),
    vscode.commands.registerCommand('articleLens.clearFilter', () => {
      tree.setFilter('');
      updateTreeMessage();
    }),
    vscode.commands.registerCommand('articleLens.collapseAll', () => vscode.commands.executeCommand('workbench.actions.treeView.articleLens.entities.collapseAll')),
    vscode.commands.registerCommand('articleLens.findMentions', async (id?: string) => {
      const entityId = typeof id === 'string' ? id : await entityAtCursor();
      if (!entityId) {
        void vscode.window.showInformationMessage(t('Put the cursor on a highlighted entity first.'));
        return;
      }
      await service.ready;
      const locations = service.index.mentionsOf(entityId).map(toLocation);
      if (!locations.length) return;
      const editor = vscode.window.activeTextEditor;
      const anchor = editor ? { uri: editor.document.uri, position: editor.selection.active } : { uri: locations[0].uri, position: locations[0].range.start };
      await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.position, locations);
    }),
    vscode.commands.registerCommand('articleLens.revealInTree', async (id?: string) => {
      const entityId = typeof id === 'string' ? id : await entityAtCursor();
      const node = entityId ? tree.entityNode(entityId) : undefined;
      if (!node) {
        void vscode.window.showInformationMessage(t('No entity to show in the tree here.'));
        return;
      }
      await treeView.reveal(node, { select: true, focus: true, expand: true });
    }),
    vscode.commands.registerCommand('articleLens.showOutput', () => output.show(true)),
  );

  // Providers are in place; the work waits until activation has returned: the visible
  // articles first (they go ahead of the scan in the worker's queue), then the workspace.
  setTimeout(() => {
    highlighter.refreshAll();
    service.start();
  }, 0);
  updateStatus();

  return {
    ready: service.ready,
    index: service.index,
    decorationsFor: (uri) => highlighter.decorationsFor(uri),
    analyzed: async (doc) => {
      await service.ensureCurrent(doc);
    },
    settings: () => store.settings,
    tree,
    treeMessage: () => treeView.message,
    onDidChangeInlayHints: inlayHints.onDidChangeInlayHints,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
