// The sidebar tree: Companies (most mentioned first) then People, Places, Products and
// Organizations; each entity expands to its Facts and its Mentions, and a click opens the
// file at the span. Nodes are cached by id between refreshes so reveal() finds them.
import * as vscode from 'vscode';
import { fileName, normalizedValue, predicateLabel, type Translate } from '../core/index/cards';
import type { EntitySummary, FactRef, MentionRef } from '../core/index/workspaceIndex';
import type { EntityType } from '../core/types';
import type { IndexService } from './indexService';
import { groupLabel, toRange } from './languageFeatures';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** The groups in the order shown; tickers with no name of their own sit with the companies. */
const GROUPS: ReadonlyArray<{ type: EntityType; also?: EntityType; icon: string }> = [
  { type: 'company', also: 'ticker', icon: 'organization' },
  { type: 'person', icon: 'person' },
  { type: 'place', icon: 'globe' },
  { type: 'product', icon: 'package' },
  { type: 'organization', icon: 'library' },
];

/** Long lists are cut: a tree of 40 000 mentions helps nobody and costs the UI. */
const MAX_CHILDREN = 500;
const REFRESH_DELAY_MS = 250;

export type TreeNode =
  | { kind: 'group'; key: string; type: EntityType; also?: EntityType; icon: string }
  | { kind: 'entity'; key: string; id: string; parentKey: string }
  | { kind: 'facts' | 'mentions'; key: string; id: string; parentKey: string }
  | { kind: 'fact'; key: string; fact: FactRef; parentKey: string }
  | { kind: 'mention'; key: string; mention: MentionRef; parentKey: string }
  | { kind: 'more'; key: string; count: number; parentKey: string };

export class EntityTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly nodes = new Map<string, TreeNode>();
  private filterText = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly subscription: vscode.Disposable;
  private ranked: { version: number; filter: string; groups: Map<string, EntitySummary[]> } = { version: -1, filter: '', groups: new Map() };

  constructor(private readonly service: IndexService) {
    this.subscription = service.onDidChange(() => this.scheduleRefresh());
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /**
   * Nodes that name a group or an entity outlive a refresh, so a node handed to reveal() just
   * before one still resolves; nodes that carry locations (which a change makes stale) do not.
   */
  refresh(): void {
    const index = this.service.index;
    for (const [key, node] of this.nodes) {
      const keep = node.kind === 'group' || ((node.kind === 'entity' || node.kind === 'facts' || node.kind === 'mentions') && index.entity(node.id) !== undefined);
      if (!keep) this.nodes.delete(key);
    }
    this.emitter.fire(undefined);
  }

  private node<T extends TreeNode>(node: T): T {
    const existing = this.nodes.get(node.key);
    // An entity whose type changed moves to another group: its node is made anew under it.
    if (existing && (existing.kind === 'group' || node.kind === 'group' || existing.parentKey === node.parentKey)) return existing as T;
    this.nodes.set(node.key, node);
    return node;
  }

  /** A group's entities, ranked once per index version and filter however often VS Code asks. */
  private entitiesOf(group: Extract<TreeNode, { kind: 'group' }>): EntitySummary[] {
    const index = this.service.index;
    if (this.ranked.version !== index.version || this.ranked.filter !== this.filterText) this.ranked = { version: index.version, filter: this.filterText, groups: new Map() };
    let list = this.ranked.groups.get(group.key);
    if (!list) {
      list = index.entitiesOfTypes(group.also ? [group.type, group.also] : [group.type], this.filterText);
      this.ranked.groups.set(group.key, list);
    }
    return list;
  }

  getChildren(element?: TreeNode): TreeNode[] {
    const index = this.service.index;
    if (!element) {
      return GROUPS.map((g) => this.node({ kind: 'group' as const, key: `group:${g.type}`, type: g.type, also: g.also, icon: g.icon }))
        .filter((g) => this.entitiesOf(g).length > 0);
    }
    switch (element.kind) {
      case 'group': {
        const list = this.entitiesOf(element);
        const nodes: TreeNode[] = list.slice(0, MAX_CHILDREN).map((e) => this.node({ kind: 'entity' as const, key: `entity:${e.id}`, id: e.id, parentKey: element.key }));
        if (list.length > MAX_CHILDREN) nodes.push({ kind: 'more', key: `${element.key}:more`, count: list.length - MAX_CHILDREN, parentKey: element.key });
        return nodes;
      }
      case 'entity': {
        const e = index.entity(element.id);
        if (!e) return [];
        const out: TreeNode[] = [];
        if (e.factCount) out.push(this.node({ kind: 'facts' as const, key: `facts:${e.id}`, id: e.id, parentKey: element.key }));
        out.push(this.node({ kind: 'mentions' as const, key: `mentions:${e.id}`, id: e.id, parentKey: element.key }));
        return out;
      }
      case 'facts': {
        const facts = index.factsOf(element.id, MAX_CHILDREN);
        return capped(facts, index.entity(element.id)?.factCount ?? 0, element.key, (fact, i) => this.node({ kind: 'fact' as const, key: `${element.key}:${i}`, fact, parentKey: element.key }));
      }
      case 'mentions': {
        const mentions = index.mentionsOf(element.id, MAX_CHILDREN);
        return capped(mentions, index.entity(element.id)?.mentionCount ?? 0, element.key, (mention, i) => this.node({ kind: 'mention' as const, key: `${element.key}:${i}`, mention, parentKey: element.key }));
      }
      default:
        return [];
    }
  }

  getParent(element: TreeNode): TreeNode | undefined {
    return element.kind === 'group' ? undefined : this.nodes.get(element.parentKey);
  }

  /** The node of an entity, for reveal(); built through its group so getParent works. */
  entityNode(id: string): TreeNode | undefined {
    const e = this.service.index.entity(id);
    if (!e) return undefined;
    for (const group of this.getChildren()) {
      if (group.kind !== 'group' || (group.type !== e.type && group.also !== e.type)) continue;
      return this.getChildren(group).find((n) => n.kind === 'entity' && n.id === id);
    }
    return undefined;
  }

  getTreeItem(element: TreeNode): vscode.TreeItem {
    const index = this.service.index;
    switch (element.kind) {
      case 'group': {
        const count = this.entitiesOf(element).length;
        const item = new vscode.TreeItem(groupLabel(element.type), element.type === 'company' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(element.icon);
        item.contextValue = 'group';
        return item;
      }
      case 'entity': {
        const e = index.entity(element.id);
        const item = new vscode.TreeItem(e?.name ?? element.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        if (e) {
          const tickers = e.tickers.length ? `${e.tickers.join(' ')} · ` : '';
          const counts = [e.mentionCount === 1 ? t('1 mention') : t('{0} mentions', e.mentionCount)];
          if (e.factCount) counts.push(e.factCount === 1 ? t('1 fact') : t('{0} facts', e.factCount));
          item.description = tickers + counts.join(' · ');
          item.tooltip = new vscode.MarkdownString(`**${e.name}**  \n${e.fileCount === 1 ? t('{0} mentions in 1 file', e.mentionCount) : t('{0} mentions in {1} files', e.mentionCount, e.fileCount)}${e.aliases.length > 1 ? `  \n${t('Also written:')} ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''}`);
        }
        item.contextValue = 'entity';
        return item;
      }
      case 'facts': {
        const item = new vscode.TreeItem(t('Facts'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = element.key;
        item.description = String(index.entity(element.id)?.factCount ?? 0);
        item.iconPath = new vscode.ThemeIcon('graph');
        return item;
      }
      case 'mentions': {
        const item = new vscode.TreeItem(t('Mentions'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        item.description = String(index.entity(element.id)?.mentionCount ?? 0);
        item.iconPath = new vscode.ThemeIcon('references');
        return item;
      }
      case 'fact': {
        const f = element.fact;
        const item = new vscode.TreeItem(`${predicateLabel(f.predicate, t)}: ${normalizedValue(f.figure)}`);
        item.id = element.key;
        item.description = `${fileName(f.uri)}:${f.line + 1}`;
        item.tooltip = `${f.figure.text}\n${f.lineText}`;
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        item.command = openCommand(f.uri, toRange(f));
        return item;
      }
      case 'mention': {
        const m = element.mention;
        const item = new vscode.TreeItem(`${fileName(m.uri)}:${m.line + 1}`);
        item.id = element.key;
        item.description = m.lineText;
        item.tooltip = m.lineText;
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.command = openCommand(m.uri, toRange(m));
        return item;
      }
      case 'more':
        return new vscode.TreeItem(t('… {0} more', element.count));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** Nodes for the first items (at most MAX_CHILDREN, the only ones built), then one "… more" node for the rest of `total`. */
function capped<T>(shown: readonly T[], total: number, parentKey: string, toNode: (item: T, i: number) => TreeNode): TreeNode[] {
  const nodes = shown.slice(0, MAX_CHILDREN).map(toNode);
  if (total > nodes.length) nodes.push({ kind: 'more', key: `${parentKey}:more`, count: total - nodes.length, parentKey });
  return nodes;
}

function openCommand(uri: string, range: vscode.Range): vscode.Command {
  return { command: 'vscode.open', title: t('Open'), arguments: [vscode.Uri.parse(uri), { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}
