// Reads `articleLens.*` through the VS Code configuration and reports each invalid value once.
import * as vscode from 'vscode';
import { readSettings, type Settings } from './settingsModel';

export class SettingsStore implements vscode.Disposable {
  private current: Settings;
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<{ previous: Settings; current: Settings }>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly output: vscode.OutputChannel) {
    this.current = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('articleLens')) return;
      const previous = this.current;
      this.current = this.read();
      this.emitter.fire({ previous, current: this.current });
    });
  }

  get settings(): Settings {
    return this.current;
  }

  private read(): Settings {
    const config = vscode.workspace.getConfiguration('articleLens');
    const { settings, problems } = readSettings((key) => config.get(key), vscode.l10n.t);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.output.appendLine(`[settings] ${problem}`);
      void vscode.window.showWarningMessage(problem);
    }
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** The settings whose change means every file must be analyzed again. */
export function analysisSettingsChanged(a: Settings, b: Settings): boolean {
  return a.include !== b.include || a.exclude !== b.exclude || a.maxFiles !== b.maxFiles || a.scope !== b.scope
    || a.language !== b.language || a.defaultDollar !== b.defaultDollar || a.maxFileSizeKB !== b.maxFileSizeKB;
}
