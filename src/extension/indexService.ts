// Keeps the workspace index in step with the workspace: a full scan after activation (in the
// worker, with progress and cancel), then one file at a time as documents are edited, files are
// saved, created, renamed or deleted. The text of an open document wins over the file on disk.
import * as vscode from 'vscode';
import type { FileRecord } from '../core/index/fileRecord';
import { GlobMatcher } from '../core/index/glob';
import type { AnalyzeJob, JobOptions, JobResult } from '../core/index/job';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import type { AnalyzerClient, Priority } from './analyzerClient';
import type { EntityListSource } from './entityListSource';
import { analysisSettingsChanged, type SettingsStore } from './settings';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);
/** Documents that are views of something else, never articles. */
const IGNORED_SCHEMES = new Set(['output', 'git', 'debug', 'vscode', 'vscode-userdata', 'vscode-settings', 'walkThrough', 'walkThroughSnippet', 'comment', 'vscode-notebook-cell']);
/** Above this many files the scan shows a cancellable notification; below, a status bar spinner. */
const NOTIFY_ABOVE_FILES = 200;
/** When the second listing after the startup scan runs (see start). */
const CATCH_UP_DELAY_MS = 5000;
/** Quiet time after a keystroke before the edited document is analyzed again. */
const EDIT_DEBOUNCE_MS = 300;
/** At most this often the scan's progress goes to the window. */
const PROGRESS_EVERY_MS = 100;

export class IndexService implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the URIs (as strings) whose analysis changed; an empty list means "many". */
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private matcher: GlobMatcher;
  private scan: vscode.CancellationTokenSource | undefined;
  private resolveReady!: () => void;
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));
  /** The pending analysis of an open document, by URI, with the version it analyzes. */
  private readonly pending = new Map<string, { version: number; generation: number; promise: Promise<FileRecord | undefined> }>();
  private readonly reportedSkips = new Set<string>();
  /** Files the scan found on disk (open documents outside them leave the index when closed). */
  private readonly workspaceFiles = new Set<string>();

  constructor(
    private readonly client: AnalyzerClient,
    private readonly store: SettingsStore,
    private readonly output: vscode.OutputChannel,
    private readonly entityLists: EntityListSource,
  ) {
    this.matcher = this.makeMatcher();
    // What the first analyses (open editors, before the list is read) were made with: a list
    // found at startup then counts as a change, and they are made again with it.
    this.lastOptions = this.jobOptions();
    this.disposables.push(
      store.onDidChange(({ previous, current }) => {
        if (analysisSettingsChanged(previous, current)) {
          this.matcher = this.makeMatcher();
          if (previous.include !== current.include) this.watch();
          void this.rebuild('settings changed');
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild('workspace folders changed')),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (this.isArticle(doc)) void this.analyzeDocument(doc);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isArticle(e.document)) this.scheduleAnalysis(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.documentClosed(doc)),
      { dispose: () => this.editTimers.forEach((t) => clearTimeout(t)) },
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) this.renamed(oldUri, newUri);
      }),
      // A folder deleted from the Explorer reports only itself: drop every file under it.
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deleted(uri))),
      this.watchFolderDeletes(),
    );
    this.watch();
  }

  private get settings() {
    return this.store.settings;
  }

  private makeMatcher(): GlobMatcher {
    return new GlobMatcher(this.settings.include, this.settings.exclude);
  }

  private jobOptions(): JobOptions {
    const s = this.settings;
    const list = this.entityLists.list;
    return { lang: s.language === 'auto' ? undefined : s.language, defaultDollar: s.defaultDollar, maxBytes: s.maxFileSizeKB * 1024, entityList: list?.list, entityListKey: list?.key };
  }

  private matchesUri(uri: vscode.Uri): boolean {
    const relative = vscode.workspace.asRelativePath(uri, false);
    return this.matcher.matches(relative === uri.fsPath || relative === uri.path ? [uri.path] : [uri.path, relative]);
  }

  /** An article: a plaintext or Markdown document matching the include glob (any untitled one). */
  isArticle(doc: vscode.TextDocument): boolean {
    if (!ARTICLE_LANGUAGES.has(doc.languageId) || IGNORED_SCHEMES.has(doc.uri.scheme)) return false;
    return doc.uri.scheme === 'untitled' || this.matchesUri(doc.uri);
  }

  /** The record for the document's current text, if it is already analyzed. */
  currentRecord(doc: vscode.TextDocument): FileRecord | undefined {
    const record = this.index.file(doc.uri.toString());
    return record && record.version === doc.version ? record : undefined;
  }

  /** The record for the document's current text, analyzing it now if needed (undefined: not an article or skipped). */
  async ensureCurrent(doc: vscode.TextDocument): Promise<FileRecord | undefined> {
    if (!this.isArticle(doc)) return undefined;
    return this.currentRecord(doc) ?? this.analyzeDocument(doc);
  }

  private readonly editTimers = new Map<string, NodeJS.Timeout>();

  /** Re-analyzes a document once typing pauses: the highlights already shown move with the text meanwhile. */
  private scheduleAnalysis(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      if (!doc.isClosed) void this.analyzeDocument(doc);
    }, EDIT_DEBOUNCE_MS));
  }

  /** Analyzes an open document's text now, ahead of the scan; concurrent calls for one version share the work. */
  analyzeDocument(doc: vscode.TextDocument): Promise<FileRecord | undefined> {
    const key = doc.uri.toString();
    const pending = this.pending.get(key);
    if (pending && pending.version === doc.version && pending.generation === this.optionsGeneration) return pending.promise;
    const version = doc.version;
    const generation = this.optionsGeneration;
    const job: AnalyzeJob = { uri: key, text: doc.getText(), version, format: doc.languageId === 'markdown' ? 'markdown' : undefined, knownHash: this.knownHash(key), options: this.jobOptions() };
    const promise = this.client.run(job, 'interactive').then((result) => {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
      // A newer edit superseded this one while it ran: keep the index on the newest text only.
      if (doc.isClosed || doc.version !== version) return this.currentRecord(doc);
      this.apply(result, generation);
      return this.currentRecord(doc);
    });
    this.pending.set(key, { version, generation, promise });
    return promise;
  }

  /**
   * Puts a job's result in the index. `generation` is the options generation the job was made
   * with: a result of older options still shows until its file is analyzed again, but does not
   * count as made with the current ones.
   */
  private apply(result: JobResult | undefined, generation = -1): void {
    if (!result) return;
    switch (result.status) {
      case 'analyzed':
        if (generation === this.optionsGeneration) this.analyzedWithCurrentOptions.add(result.uri);
        // An older analysis that ends late never replaces one made with the current options.
        else if (this.analyzedWithCurrentOptions.has(result.uri)) break;
        this.index.setFile(result.record);
        this.changeEmitter.fire([result.uri]);
        break;
      case 'unchanged':
        if (generation === this.optionsGeneration) this.analyzedWithCurrentOptions.add(result.uri);
        if (result.version !== undefined) this.index.touchVersion(result.uri, result.version);
        this.changeEmitter.fire([result.uri]);
        break;
      case 'tooLarge': {
        const maxBytes = this.jobOptions().maxBytes;
        this.apply({ uri: result.uri, status: 'skipped', reason: vscode.l10n.t('{0} MB is over the {1} MB limit (articleLens.maxFileSizeKB)', (result.size / 1e6).toFixed(1), (maxBytes / 1e6).toFixed(1)) });
        break;
      }
      case 'unreadable':
        // Gone between the listing and the read: not an error, just no file.
        if (this.index.deleteFile(result.uri)) this.changeEmitter.fire([result.uri]);
        if (!result.gone) this.output.appendLine(`[index] ${result.uri}: ${result.reason}`);
        break;
      case 'skipped':
      case 'failed': {
        const had = this.index.file(result.uri) !== undefined;
        this.index.setSkipped(result.uri, result.reason);
        this.reportSkip(result.uri, result.reason);
        if (had) this.changeEmitter.fire([result.uri]);
        break;
      }
    }
  }

  private reportSkip(uri: string, reason: string): void {
    const key = `${uri}\n${reason}`;
    if (this.reportedSkips.has(key)) return;
    this.reportedSkips.add(key);
    this.output.appendLine(vscode.l10n.t('Not analyzed: {0}: {1}', vscode.Uri.parse(uri).fsPath || uri, reason));
  }

  /** Bumped when a file is deleted or renamed: an analysis started before must not bring it back. */
  private readonly epochs = new Map<string, number>();

  private bumpEpoch(key: string): void {
    this.epochs.set(key, (this.epochs.get(key) ?? 0) + 1);
  }

  /** Analyzes a file from disk (unless it is open) in the background. */
  private async analyzeFile(uri: vscode.Uri, priority: Priority, token?: vscode.CancellationToken): Promise<void> {
    const key = uri.toString();
    const epoch = this.epochs.get(key);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      if (!this.isArticle(open)) return;
      await this.analyzeDocument(open);
      return;
    }
    const generation = this.optionsGeneration;
    // A file on this machine's disk is read by the worker: the extension host neither reads nor copies it.
    const job = uri.scheme === 'file' ? { uri: key, path: uri.fsPath, knownHash: this.knownHash(key), options: this.jobOptions() } : await this.readJob(uri);
    if (!job || token?.isCancellationRequested) return;
    const result = await this.client.run(job, priority);
    // The document may have been opened while the file was read: its text wins.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    if (token?.isCancellationRequested || this.epochs.get(key) !== epoch) return;
    this.apply(result, generation);
  }

  /** Reads a file through VS Code (a file system only it reaches): the job carries the bytes. */
  private async readJob(uri: vscode.Uri): Promise<AnalyzeJob | undefined> {
    const key = uri.toString();
    const maxBytes = this.jobOptions().maxBytes;
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      // A file over the limit is refused without reading it: a 2 GB log must not fill memory.
      if (stat.size > maxBytes) {
        this.apply({ uri: key, status: 'tooLarge', size: stat.size });
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      this.apply({ uri: key, status: 'unreadable', gone: err instanceof vscode.FileSystemError, reason: err instanceof Error ? err.message : String(err) });
      return;
    }
    return { uri: key, bytes, knownHash: this.knownHash(key), options: this.jobOptions() };
  }

  /** Scans the workspace (after activation) and resolves `ready` when the first scan ends. */
  start(): void {
    // The entity list is read before the first scan, so the scan analyzes each file once.
    void this.entityLists.reload().then(async () => {
      this.disposables.push(this.entityLists.onDidChange(() => void this.rebuild('entity list changed')));
      await this.rebuild('startup');
      // The file watcher starts working a moment after it is made: a file created while the first
      // scan listed the workspace can reach neither. A second listing, now and a little later,
      // picks up such files instead of leaving them until their next change.
      await this.catchUp();
      const timer = setTimeout(() => void this.catchUp(), CATCH_UP_DELAY_MS);
      this.disposables.push({ dispose: () => clearTimeout(timer) });
    });
  }

  /** Analyzes the matching files that no scan or watcher event has brought in yet. */
  private async catchUp(): Promise<void> {
    const s = this.settings;
    if (s.scope !== 'workspace' || !vscode.workspace.workspaceFolders?.length || this.scan) return;
    const files = await vscode.workspace.findFiles(s.include, s.exclude || undefined, s.maxFiles);
    // At the limit, which files count is the scan's choice (articleLens.maxFiles).
    if (files.length >= s.maxFiles || this.scan) return;
    for (const uri of files) {
      const key = uri.toString();
      if (this.workspaceFiles.has(key)) continue;
      this.workspaceFiles.add(key);
      void this.analyzeFile(uri, 'background');
    }
  }

  async rebuild(reason: string): Promise<void> {
    this.output.appendLine(`[index] scan (${reason})`);
    this.scan?.cancel();
    this.scan?.dispose();
    this.client.cancelBackground();
    const scan = new vscode.CancellationTokenSource();
    this.scan = scan;
    try {
      await this.runScan(scan.token);
    } catch (err) {
      this.output.appendLine(`[index] scan failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    } finally {
      if (this.scan === scan) {
        this.scan = undefined;
        scan.dispose();
      }
      this.resolveReady();
    }
  }

  private async runScan(token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    const s = this.settings;
    const files = s.scope === 'workspace' && vscode.workspace.workspaceFolders?.length
      ? await vscode.workspace.findFiles(s.include, s.exclude || undefined, s.maxFiles, token)
      : [];
    if (token.isCancellationRequested) return;
    if (files.length >= s.maxFiles) {
      this.output.appendLine(vscode.l10n.t('The workspace has more than {0} matching files; only the first {0} are indexed (articleLens.maxFiles).', s.maxFiles));
    }
    this.workspaceFiles.clear();
    for (const f of files) this.workspaceFiles.add(f.toString());
    const openArticles = vscode.workspace.textDocuments.filter((d) => this.isArticle(d));
    const keep = new Set([...this.workspaceFiles, ...openArticles.map((d) => d.uri.toString())]);
    // Files that left the scope (deleted, settings changed) leave the index; the others keep their hash so unchanged text is not analyzed again.
    if (this.index.retain((uri) => keep.has(uri))) this.changeEmitter.fire([]);
    // Options that change every analysis (language, dollar, entity list): each file is analyzed
    // again, its old record kept meanwhile so the tree and hovers never go empty.
    if (analysisNeedsReset(this.lastOptions, this.jobOptions())) {
      this.optionsGeneration++;
      this.analyzedWithCurrentOptions.clear();
    }
    this.lastOptions = this.jobOptions();

    for (const doc of openArticles) void this.analyzeDocument(doc);
    const onDisk = files.filter((f) => !openArticles.some((d) => d.uri.toString() === f.toString()));
    const location = onDisk.length > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: vscode.l10n.t('Article Lens: indexing articles'), cancellable: location === vscode.ProgressLocation.Notification },
      async (progress, progressToken) => {
        const cancelled = () => token.isCancellationRequested || progressToken.isCancellationRequested;
        let done = 0;
        let reported = 0;
        const step = 100 / Math.max(1, onDisk.length);
        let lastFire = Date.now();
        let lastReport = 0;
        // Every report is a message to the window: a few per second, not one per file.
        const report = () => {
          progress.report({ increment: (done - reported) * step, message: `${done}/${onDisk.length}` });
          reported = done;
          lastReport = Date.now();
        };
        // As many files under way as the workers take at once, and a couple more: every worker
        // stays busy, an edit still goes next, and no more than these are held in memory.
        let next = 0;
        const runner = async () => {
          while (next < onDisk.length && !cancelled()) {
            await this.analyzeFile(onDisk[next++], 'background', token);
            done++;
            if (Date.now() - lastReport >= PROGRESS_EVERY_MS) report();
            if (Date.now() - lastFire > 500) {
              lastFire = Date.now();
              this.changeEmitter.fire([]);
            }
          }
        };
        await Promise.all(Array.from({ length: this.client.capacity + 2 }, runner));
        if (done > reported) report();
        if (cancelled()) {
          this.client.cancelBackground();
          this.output.appendLine(vscode.l10n.t('Indexing cancelled after {0} of {1} files.', done, onDisk.length));
        }
      },
    );
    this.changeEmitter.fire([]);
    const skipped = files.filter((f) => this.index.skippedReason(f.toString()) !== undefined).length;
    this.output.appendLine(vscode.l10n.t('Indexed {0} articles in {1} ms ({2} not analyzed).', this.index.fileCount, Date.now() - started, skipped));
  }

  private lastOptions: JobOptions | undefined;
  /** Files whose record was made with the current analysis options: only their text hash may spare a new analysis. */
  private readonly analyzedWithCurrentOptions = new Set<string>();
  /** Bumped when the analysis options change (see apply). */
  private optionsGeneration = 0;

  private knownHash(key: string): string | undefined {
    return this.analyzedWithCurrentOptions.has(key) ? this.index.file(key)?.hash : undefined;
  }
  private watcher: vscode.Disposable | undefined;

  /** Watches files matching the include glob (again after the glob changes). */
  private watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(this.settings.include);
    const changed = (uri: vscode.Uri) => {
      if (this.settings.scope !== 'workspace' || !this.matchesUri(uri)) return;
      this.workspaceFiles.add(uri.toString());
      void this.analyzeFile(uri, 'background');
    };
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => this.deleted(uri)),
    );
  }

  /**
   * A folder deleted on disk (by another program) is reported as the folder alone, whose path
   * does not match the include glob: watch deletions of anything and drop the indexed files
   * under a deleted folder.
   */
  private watchFolderDeletes(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidDelete((uri) => {
        // Files of the include glob are the include watcher's; most other deletions hold no article.
        if (this.matchesUri(uri)) return;
        const prefix = `${uri.toString()}/`;
        if (this.index.uris().some((u) => u.startsWith(prefix))) this.deleted(uri);
      }),
    );
  }

  private deleted(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let changed = false;
    this.bumpEpoch(key);
    for (const u of this.index.uris()) {
      if (u === key || u.startsWith(prefix)) {
        this.bumpEpoch(u);
        changed = this.index.deleteFile(u) || changed;
      }
    }
    this.workspaceFiles.delete(key);
    if (changed) this.changeEmitter.fire([key]);
  }

  private renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const oldKey = oldUri.toString();
    const prefix = `${oldKey}/`;
    for (const u of this.index.uris()) {
      if (u !== oldKey && !u.startsWith(prefix)) continue;
      this.bumpEpoch(u);
      const target = newUri.toString() + u.slice(oldKey.length);
      const targetUri = vscode.Uri.parse(target);
      if (this.matchesUri(targetUri)) {
        this.index.renameFile(u, target);
        this.workspaceFiles.delete(u);
        this.workspaceFiles.add(target);
      } else {
        this.index.deleteFile(u);
      }
    }
    this.changeEmitter.fire([]);
  }

  private documentClosed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.pending.delete(key);
    const record = this.index.file(key);
    if (!record) return;
    if (!this.workspaceFiles.has(key)) {
      // Untitled or outside the workspace: it was indexed only while open.
      this.index.deleteFile(key);
      this.changeEmitter.fire([key]);
    } else {
      // Closed without saving: the index goes back to the text on disk (unchanged text costs a hash).
      delete record.version;
      void this.analyzeFile(doc.uri, 'background');
    }
  }

  dispose(): void {
    this.scan?.cancel();
    this.scan?.dispose();
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function analysisNeedsReset(before: JobOptions | undefined, after: JobOptions): boolean {
  return before !== undefined && (before.lang !== after.lang || before.defaultDollar !== after.defaultDollar || before.entityListKey !== after.entityListKey);
}
