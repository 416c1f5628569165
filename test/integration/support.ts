// Helpers shared by the integration suites (they run inside the extension host, with the
// temp copy of seeds/ open as the workspace folder).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-lens.article-lens';

/** What activate() returns; `ready` resolves once the first workspace index is built. */
export interface ArticleLensTestApi {
  ready: Promise<void>;
  [key: string]: unknown;
}

/** Resolves with cond()'s first truthy value, or rejects after timeoutMs with `what` in the message. */
export async function waitFor<T>(what: string, cond: () => T | Promise<T>, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await cond();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function withTimeout<T>(what: string, promise: Promise<T>, timeoutMs = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need the seeds/ copy open as the workspace folder');
  return folder.uri;
}

export function seedUri(fileName: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), fileName);
}

export async function openSeed(fileName: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(fileName));
  return vscode.window.showTextDocument(document);
}

/** The extension's API once it is active and its first workspace index is built. */
export async function activeApi(): Promise<ArticleLensTestApi> {
  const extension = vscode.extensions.getExtension<ArticleLensTestApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = await withTimeout('the extension to activate', Promise.resolve(extension.activate()));
  await withTimeout('the first workspace index (api.ready)', api.ready);
  return api;
}

/** Position of the first occurrence of `needle` in the document, plus `offsetInNeedle` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found in ${document.uri.fsPath}`);
  return document.positionAt(index + offsetInNeedle);
}

/** Plain text of every hover part, joined, for assertions on what a person would read. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}
