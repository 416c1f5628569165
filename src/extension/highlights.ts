// Highlights entities and figures in the visible editors: one decoration type per entity type
// and per figure kind, with theme colors from `contributes.colors`. Decorations are replaced in
// one setDecorations call per type once the document's current version is analyzed, so nothing
// flickers while typing (VS Code moves the existing ones with the text meanwhile).
import * as vscode from 'vscode';
import type { FileRecord } from '../core/index/fileRecord';
import { ENTITY_TYPES, FIGURE_KINDS, type EntityType, type FigureKind } from '../core/types';
import type { IndexService } from './indexService';
import type { SettingsStore } from './settings';

/** `entity.company`, `figure.money`, ...: the decoration keys, also the color ids after `articleLens.`. */
export type HighlightKey = `entity.${EntityType}` | `figure.${FigureKind}`;

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [
  ...ENTITY_TYPES.map((t) => `entity.${t}` as const),
  ...FIGURE_KINDS.map((k) => `figure.${k}` as const),
];

function decorationOptions(key: HighlightKey): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(`articleLens.${key}`);
  const common: vscode.DecorationRenderOptions = {
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  // Entities get a soft background, figures an underline: both kinds stay readable where they touch.
  return key.startsWith('entity.')
    ? { ...common, backgroundColor: color, borderRadius: '2px' }
    : { ...common, borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color };
}

export type DecorationSnapshot = Partial<Record<HighlightKey, vscode.Range[]>>;

export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<HighlightKey, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  /** What was last applied per document URI: read by the tests through the extension API. */
  private readonly applied = new Map<string, { version: number; ranges: DecorationSnapshot }>();
  /** Session toggles (commands), on top of the settings; never written to settings files. */
  private globalOverride: boolean | undefined;
  private readonly kindOverrides = new Map<HighlightKey, boolean>();

  constructor(
    private readonly service: IndexService,
    private readonly store: SettingsStore,
  ) {
    for (const key of HIGHLIGHT_KEYS) this.types.set(key, vscode.window.createTextEditorDecorationType(decorationOptions(key)));
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      service.onDidChange((uris) => this.refreshUris(uris)),
      store.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.applied.delete(doc.uri.toString())),
    );
  }

  get enabled(): boolean {
    return this.globalOverride ?? this.store.settings.highlightEnabled;
  }

  isKindEnabled(key: HighlightKey): boolean {
    const override = this.kindOverrides.get(key);
    if (override !== undefined) return override;
    const s = this.store.settings;
    return key.startsWith('entity.')
      ? s.highlightEntityTypes.includes(key.slice(7) as EntityType)
      : s.highlightFigureKinds.includes(key.slice(7) as FigureKind);
  }

  toggleAll(): boolean {
    this.globalOverride = !this.enabled;
    this.refreshAll();
    return this.globalOverride;
  }

  setKind(key: HighlightKey, on: boolean): void {
    this.kindOverrides.set(key, on);
    this.refreshAll();
  }

  decorationsFor(uri: vscode.Uri): { version: number; ranges: DecorationSnapshot } | undefined {
    return this.applied.get(uri.toString());
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.update(editor);
  }

  private refreshUris(uris: string[]): void {
    if (uris.length === 0) return this.refreshAll();
    const wanted = new Set(uris);
    for (const editor of vscode.window.visibleTextEditors) if (wanted.has(editor.document.uri.toString())) void this.update(editor);
  }

  private async update(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    if (!this.service.isArticle(doc)) return;
    const record = this.service.currentRecord(doc) ?? (await this.service.ensureCurrent(doc));
    // Stale (typing went on) or closed: the next analysis will come back here.
    if (!record || record.version !== doc.version || !vscode.window.visibleTextEditors.includes(editor)) {
      if (!record && this.service.index.skippedReason(doc.uri.toString())) this.clear(editor);
      return;
    }
    this.apply(editor, record);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.applied.set(editor.document.uri.toString(), { version: editor.document.version, ranges: {} });
  }

  private apply(editor: vscode.TextEditor, record: FileRecord): void {
    const doc = editor.document;
    const ranges = new Map<HighlightKey, vscode.Range[]>(HIGHLIGHT_KEYS.map((k) => [k, []]));
    if (this.enabled) {
      const span = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
      for (const e of record.analysis.entities) ranges.get(`entity.${e.type}`)!.push(span(e));
      for (const f of record.analysis.figures) ranges.get(`figure.${f.kind}`)!.push(span(f));
    }
    const snapshot: DecorationSnapshot = {};
    for (const key of HIGHLIGHT_KEYS) {
      const list = this.isKindEnabled(key) ? ranges.get(key)! : [];
      editor.setDecorations(this.types.get(key)!, list);
      if (list.length) snapshot[key] = list;
    }
    this.applied.set(doc.uri.toString(), { version: doc.version, ranges: snapshot });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const t of this.types.values()) t.dispose();
  }
}
