// Inlay hints after figures with their normalized value (`= 11 600 000 000 USD`, `= 2025-Q1`),
// so a fact-checker reads every value without hovering. A thin adapter over the index: the label
// comes from figureHintLabel (cards.ts, unit-tested in Node), the tooltip is the hover card.
// Off by default (hints move the text); the toggle command lasts for the session only.
import * as vscode from 'vscode';
import { figureCard, figureHintLabel, type Translate } from '../core/index/cards';
import type { FileRecord } from '../core/index/fileRecord';
import type { Figure } from '../core/types';
import type { IndexService } from './indexService';
import { ARTICLE_SELECTOR } from './languageFeatures';
import type { SettingsStore } from './settings';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export class FigureInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** The toggle command's choice, on top of the setting, until the setting itself changes. */
  private override: boolean | undefined;
  /** The record each document's hints were last computed from: a scan's "many files changed" asks again only where it differs. */
  private readonly served = new Map<string, FileRecord>();

  constructor(
    private readonly service: IndexService,
    private readonly store: SettingsStore,
  ) {
    this.disposables.push(
      service.onDidChange((uris) => {
        if (this.enabled && this.touchesVisibleEditor(uris)) this.emitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.served.delete(doc.uri.toString())),
      store.onDidChange(({ previous, current }) => {
        const wasEnabled = this.override ?? previous.inlayHintsEnabled;
        // A new choice in the settings wins over an earlier toggle.
        if (previous.inlayHintsEnabled !== current.inlayHintsEnabled) this.override = undefined;
        if (wasEnabled || this.enabled) this.emitter.fire();
      }),
      vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, this),
    );
  }

  get enabled(): boolean {
    return this.override ?? this.store.settings.inlayHintsEnabled;
  }

  /** Turns the hints on or off for this session; returns the new state. */
  toggle(): boolean {
    this.override = !this.enabled;
    this.emitter.fire();
    return this.override;
  }

  private touchesVisibleEditor(uris: string[]): boolean {
    const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    // An empty list means "many" (a scan reports so every half second): only a visible
    // article whose record is no longer the one its hints came from needs them again.
    if (uris.length === 0) return visible.some((uri) => this.service.index.file(uri) !== this.served.get(uri));
    const changed = new Set(uris);
    return visible.some((uri) => changed.has(uri));
  }

  async provideInlayHints(doc: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!this.enabled) return [];
    const kinds = this.store.settings.inlayHintsFigureKinds;
    if (!kinds.length) return [];
    const record = this.service.currentRecord(doc) ?? (await this.service.ensureCurrent(doc));
    // Typing went on meanwhile: the next analysis fires a change and VS Code asks again.
    if (!record || token.isCancellationRequested || record.version !== doc.version) return [];
    this.served.set(record.uri, record);
    const s = this.store.settings;
    const exchange = { referenceCurrency: s.referenceCurrency, rates: s.exchangeRates, ratesDate: s.exchangeRatesDate };
    const hints: vscode.InlayHint[] = [];
    for (const f of figuresEndingIn(record, doc.offsetAt(range.start), doc.offsetAt(range.end))) {
      if (!kinds.includes(f.kind)) continue;
      const label = figureHintLabel(f, record.analysis.lang);
      if (!label) continue;
      const hint = new vscode.InlayHint(doc.positionAt(f.end), label);
      hint.paddingLeft = true;
      hint.tooltip = new vscode.MarkdownString(figureCard(f, { index: this.service.index, uri: record.uri, t, exchange }));
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The figures whose hint (at their end) falls in [from, to]: a binary search, then only those. */
function figuresEndingIn(record: FileRecord, from: number, to: number): Figure[] {
  const figures = record.analysis.figures;
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < figures.length && figures[i].end <= to; i++) out.push(figures[i]);
  return out;
}
