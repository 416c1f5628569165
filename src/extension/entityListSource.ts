// The user's entity list file (articleLens.entitiesFile, relative to the first workspace folder):
// read through the workspace file system (so remote and virtual workspaces work too), checked by
// the core's parseEntityList, watched, and read again when it or the setting changes. Each
// problem is reported once, in the log and as a warning; a file that cannot be used counts as no
// list. Read only: the extension never writes it.
import * as vscode from 'vscode';
import { parseEntityList } from '../core/entities/entityList';
import { hashText } from '../core/index/fileRecord';
import type { EntityList } from '../core/types';
import type { SettingsStore } from './settings';

/** Larger lists are refused: the file is typed by people, a bigger one is a mistake. */
const MAX_LIST_BYTES = 4 * 1024 * 1024;

export class EntityListSource implements vscode.Disposable {
  private current: { list: EntityList; key: string } | undefined;
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the list's content changed (not on a save that changed nothing). */
  readonly onDidChange = this.emitter.event;
  private watcher: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SettingsStore,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      store.onDidChange(({ previous, current }) => {
        if (previous.entitiesFile !== current.entitiesFile) this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
    );
  }

  /** The list the analysis uses now, with a key that changes with its content; undefined: none. */
  get list(): { list: EntityList; key: string } | undefined {
    return this.current;
  }

  /** Resolves once the file as it is now has been read. */
  load(): Promise<void> {
    return this.loading;
  }

  /** Reads the file again (and watches the file the setting names now). */
  reload(): Promise<void> {
    const uri = this.fileUri();
    this.watch(uri);
    this.loading = this.loading.then(() => this.read(uri));
    return this.loading;
  }

  private fileUri(): vscode.Uri | undefined {
    const setting = this.store.settings.entitiesFile;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (setting === '' || !folder) return undefined;
    if (/^(?:\/|[A-Za-z]:[\\/])/.test(setting)) return vscode.Uri.file(setting);
    return vscode.Uri.joinPath(folder.uri, setting);
  }

  private watch(uri: vscode.Uri | undefined): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!uri) return;
    // Inside the workspace, the pattern is rooted at the folder: the list's own folder (.vscode)
    // may not exist yet, and a watcher rooted at a missing folder misses the file's creation.
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const pattern = folder
      ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false))
      : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const changed = () => void this.reload();
    this.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  private async read(uri: vscode.Uri | undefined): Promise<void> {
    let next: { list: EntityList; key: string } | undefined;
    if (uri) {
      const name = vscode.workspace.asRelativePath(uri, false);
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_LIST_BYTES) {
          this.report(vscode.l10n.t('Entity list {0}: {1} MB is over the {2} MB limit; no list is used.', name, (stat.size / 1e6).toFixed(1), MAX_LIST_BYTES / 1024 / 1024));
        } else {
          const json = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          const { list, problems } = parseEntityList(json);
          for (const problem of problems) this.report(vscode.l10n.t('Entity list {0}: {1}', name, problem));
          if (list.entities.length > 0 || list.ignore.length > 0) next = { list, key: hashText(JSON.stringify(list)) };
        }
      } catch (err) {
        // No file is the usual case: nothing to say. Anything else is worth a line in the log.
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) {
          this.output.appendLine(`[entities] ${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    if (next?.key === this.current?.key) return;
    this.current = next;
    this.output.appendLine(next ? `[entities] ${next.list.entities.length} listed entities, ${next.list.ignore.length} ignored names` : '[entities] no entity list');
    this.emitter.fire();
  }

  private report(problem: string): void {
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    this.output.appendLine(`[entities] ${problem}`);
    void vscode.window.showWarningMessage(problem);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
