// Hover cards on figures and entities, observed through vscode.executeHoverProvider.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensApi, untitledArticle } from './lens';
import { hoverText, openSeed, positionOf } from './support';

const SEED = '000_fa67fbdb2da3ef63.txt';

async function hoverAt(document: vscode.TextDocument, needle: string, offsetInNeedle = 1): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle, offsetInNeedle));
  return hoverText(hovers ?? []);
}

describe('hover cards', () => {
  before(async () => {
    await lensApi();
  });
  after(closeAllEditors);

  it('shows the normalized value of "11,6 milliards de dollars"', async () => {
    const editor = await openSeed(SEED);
    const text = await hoverAt(editor.document, '11,6 milliards de dollars', 3);
    assert.ok(text.includes('11 600 000 000 USD'), `hover text: ${text}`);
    assert.ok(text.includes('11,6 milliards de dollars'), 'the card repeats the text as written');
  });

  it('shows an entity card with mentions and command links on a company', async () => {
    const editor = await openSeed(SEED);
    const text = await hoverAt(editor.document, 'Alibaba Group', 2);
    assert.ok(text.includes('Alibaba Group'), text);
    assert.match(text, /NYSE:BABA/);
    assert.match(text, /command:articleLens\.revealInTree/);
    assert.match(text, /command:articleLens\.findMentions/);
  });

  it('states the equivalent written in parentheses and converts to the reference currency', async () => {
    const config = vscode.workspace.getConfiguration('articleLens');
    await config.update('referenceCurrency', 'EUR', vscode.ConfigurationTarget.Global);
    await config.update('exchangeRates', { USD: 1, EUR: 0.5, CNY: 7 }, vscode.ConfigurationTarget.Global);
    await config.update('exchangeRatesDate', '2025-06-30', vscode.ConfigurationTarget.Global);
    try {
      const editor = await untitledArticle('Le groupe Alibaba investira 380 milliards de yuans (52 milliards de dollars) sur trois ans dans le cloud.\n');
      const text = await hoverAt(editor.document, '380 milliards de yuans', 2);
      assert.ok(text.includes('380 000 000 000 CNY'), text);
      assert.ok(text.includes('52 000 000 000 USD'), `the stated equivalent is shown: ${text}`);
      assert.ok(text.includes('EUR'), `the value in the reference currency is shown: ${text}`);
      assert.ok(text.includes('2025-06-30'), 'with the date of the rates');
    } finally {
      await config.update('referenceCurrency', undefined, vscode.ConfigurationTarget.Global);
      await config.update('exchangeRates', undefined, vscode.ConfigurationTarget.Global);
      await config.update('exchangeRatesDate', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('gives no card in the code and addresses of a Markdown article, and one in its prose', async () => {
    const editor = await untitledArticle('# Résultats\n\nLe chiffre d’affaires a progressé de 12 % selon <https://example.com/2025/05/15>.\n\n```\ntaux = 0.15 # 15 %\n```\n', 'markdown');
    assert.ok((await hoverAt(editor.document, '12 %', 1)).includes('12 %'), 'the prose figure has its card');
    assert.equal(await hoverAt(editor.document, '15 %', 1), '', 'no card inside a code block');
    assert.equal(await hoverAt(editor.document, '2025/05', 1), '', 'no card inside an address');
  });

  it('gives no card outside articles', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"revenue": "11,6 milliards de dollars"}' });
    await vscode.window.showTextDocument(document);
    const text = await hoverAt(document, '11,6 milliards', 2);
    assert.ok(!text.includes('11 600 000 000'), text);
  });
});
