// The language features on articles: hover cards, the Outline (document symbols), Ctrl+T
// (workspace symbols) and Shift+F12 (references of an entity across the workspace).
import * as vscode from 'vscode';
import { entityCard, entityTypeLabel, figureCard, kindLabel, normalizedValue, type Translate } from '../core/index/cards';
import type { FileRecord } from '../core/index/fileRecord';
import type { Location } from '../core/index/workspaceIndex';
import { ENTITY_TYPES, type EntityType, type FigureKind } from '../core/types';
import type { IndexService } from './indexService';
import type { SettingsStore } from './settings';

/** Saved and unsaved articles, local, remote or virtual; the include glob is checked per document (it can change). */
const ARTICLE_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ['plaintext', 'markdown'].flatMap((language) => ARTICLE_SCHEMES.map((scheme) => ({ language, scheme })));

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export function toRange(loc: Location): vscode.Range {
  return new vscode.Range(loc.line, loc.character, loc.endLine, loc.endCharacter);
}

export function toLocation(loc: Location): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(loc.uri), toRange(loc));
}

class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: IndexService,
    private readonly store: SettingsStore,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const record = await this.service.ensureCurrent(doc);
    if (!record) return undefined;
    const uri = record.uri;
    const offset = doc.offsetAt(position);
    const index = this.service.index;
    const s = this.store.settings;
    const exchange = { referenceCurrency: s.referenceCurrency, rates: s.exchangeRates, ratesDate: s.exchangeRatesDate };
    const figure = index.figureAt(uri, offset);
    if (figure) {
      return new vscode.Hover(new vscode.MarkdownString(figureCard(figure, { index, uri, t, exchange })), spanRange(doc, figure));
    }
    const mention = index.entityAt(uri, offset);
    const entity = mention && index.entity(mention.id);
    if (!mention || !entity) return undefined;
    const markdown = new vscode.MarkdownString(entityCard(entity, { index, uri, t, exchange }));
    // Only our own commands may run from the card's links.
    markdown.isTrusted = { enabledCommands: ['articleLens.revealInTree', 'articleLens.findMentions'] };
    return new vscode.Hover(markdown, spanRange(doc, mention));
  }
}

function spanRange(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

const ENTITY_SYMBOL: Record<EntityType, vscode.SymbolKind> = {
  company: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Constructor,
  place: vscode.SymbolKind.Package,
  product: vscode.SymbolKind.Object,
  ticker: vscode.SymbolKind.Key,
};

function figureSymbolKind(kind: FigureKind): vscode.SymbolKind {
  return kind === 'date' || kind === 'time' || kind === 'duration' ? vscode.SymbolKind.Event : vscode.SymbolKind.Number;
}

export function groupLabel(type: EntityType): string {
  switch (type) {
    case 'company': return vscode.l10n.t('Companies');
    case 'organization': return vscode.l10n.t('Organizations');
    case 'person': return vscode.l10n.t('People');
    case 'place': return vscode.l10n.t('Places');
    case 'product': return vscode.l10n.t('Products');
    case 'ticker': return vscode.l10n.t('Tickers');
  }
}

class ArticleDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: IndexService) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    const record = await this.service.ensureCurrent(doc);
    return record ? documentSymbols(doc, record) : undefined;
  }
}

/** One group per entity type (each entity once, at its first mention, with every mention below), then the figures. */
function documentSymbols(doc: vscode.TextDocument, record: FileRecord): vscode.DocumentSymbol[] {
  const range = (s: { start: number; end: number }) => spanRange(doc, s);
  const groups: vscode.DocumentSymbol[] = [];
  for (const type of ENTITY_TYPES) {
    const byId = new Map<string, vscode.DocumentSymbol>();
    for (const m of record.analysis.entities) {
      if (m.type !== type) continue;
      let symbol = byId.get(m.id);
      if (!symbol) {
        symbol = new vscode.DocumentSymbol(m.name, entityTypeLabel(type, t), ENTITY_SYMBOL[type], range(m), range(m));
        byId.set(m.id, symbol);
      } else {
        symbol.range = symbol.range.union(range(m));
      }
      symbol.children.push(new vscode.DocumentSymbol(m.text, '', vscode.SymbolKind.String, range(m), range(m)));
    }
    if (byId.size) groups.push(group(groupLabel(type), [...byId.values()]));
  }
  const figures = record.analysis.figures.map((f) => new vscode.DocumentSymbol(f.text, `${kindLabel(f.kind, t)}: ${normalizedValue(f)}`, figureSymbolKind(f.kind), range(f), range(f)));
  if (figures.length) groups.push(group(vscode.l10n.t('Figures'), figures));
  return groups;
}

function group(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  let whole = children[0].range;
  for (const c of children) whole = whole.union(c.range);
  const symbol = new vscode.DocumentSymbol(name, String(children.length), vscode.SymbolKind.Module, whole, children[0].selectionRange);
  symbol.children = children;
  return symbol;
}

class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly service: IndexService) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await raceCancellation(this.service.ready, token);
    const index = this.service.index;
    const symbols: vscode.SymbolInformation[] = [];
    for (const e of index.searchEntities(query)) {
      // The first mention alone: building every mention list of 200 entities would stall the host.
      const first = index.firstMentionOf(e.id);
      if (first) symbols.push(new vscode.SymbolInformation(e.name, ENTITY_SYMBOL[e.type], entityTypeLabel(e.type, t), toLocation(first)));
    }
    return symbols;
  }
}

class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: IndexService) {}

  async provideReferences(doc: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const record = await this.service.ensureCurrent(doc);
    if (!record) return undefined;
    const mention = this.service.index.entityAt(record.uri, doc.offsetAt(position));
    if (!mention) return undefined;
    await raceCancellation(this.service.ready, token);
    return this.service.index.mentionsOf(mention.id).map(toLocation);
  }
}

function raceCancellation(promise: Promise<void>, token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const sub = token.onCancellationRequested(() => resolve());
    void promise.then(() => {
      sub.dispose();
      resolve();
    });
  });
}

export function registerLanguageFeatures(service: IndexService, store: SettingsStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ArticleHoverProvider(service, store)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new ArticleDocumentSymbolProvider(service), { label: 'Article Lens' }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntityWorkspaceSymbolProvider(service)),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new EntityReferenceProvider(service)),
  );
}
