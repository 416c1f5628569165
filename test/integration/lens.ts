// Helpers of the feature suites: the extension's typed API and small document utilities.
// (Not a suite itself: the runner loads only *.test.ts.)
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/extension';
import { activeApi } from './support';

export async function lensApi(): Promise<ArticleLensApi> {
  return (await activeApi()) as unknown as ArticleLensApi;
}

/** An untitled plaintext document with this text, shown in an editor. */
export async function untitledArticle(text: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content: text });
  return vscode.window.showTextDocument(document);
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Flattens a document symbol tree into its names. */
export function symbolNames(symbols: Array<vscode.DocumentSymbol | vscode.SymbolInformation>): string[] {
  const out: string[] = [];
  const walk = (list: Array<vscode.DocumentSymbol | vscode.SymbolInformation>) => {
    for (const s of list) {
      out.push(s.name);
      if ('children' in s && s.children) walk(s.children);
    }
  };
  walk(symbols);
  return out;
}
