// The person-like UI check: in the same offline VS Code (server + Chromium) with the extension
// loaded and no test entry, do what a reader would do — open a seed with Ctrl+P, rest the mouse
// on a money figure and read the hover, open the Article Lens view and look for a company —
// and save screenshots of each step under test-results/screenshots/.
// Expects the extension bundle to be built (the npm script does it).
//
// Usage: node test/ui/check.mjs   (ARTICLE_LENS_HEADED=1 shows the browser, ARTICLE_LENS_KEEP=1 keeps temp dirs)
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assertHarnessReady, cleanupStack, copySeeds, diffTrees, formatSeconds, hashTree, launchBrowser,
  makeTempDir, repoRoot, resultsDir, seedsDir, startServer, vscodeVersion, workbenchUrl,
} from '../runner/harness.mjs';
import { collectVscodeLogs } from '../runner/report.mjs';

const seedFile = '000_fa67fbdb2da3ef63.txt';
const moneyFigure = '11,6 milliards de dollars';
const logDir = path.join(resultsDir, 'ui');
const screenshotDir = path.join(resultsDir, 'screenshots');
const keep = process.env.ARTICLE_LENS_KEEP === '1';

const results = [];
let page;
let shotNumber = 0;

async function screenshot(name) {
  const file = path.join(screenshotDir, `${String(++shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file }).catch((err) => console.log(`  (screenshot ${name} failed: ${err.message})`));
  return path.relative(repoRoot, file);
}

/** Runs one check; a failure is recorded with a screenshot and the next check still runs. */
async function check(name, body) {
  const t0 = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${formatSeconds(Date.now() - t0)})`);
  } catch (err) {
    const shot = await screenshot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    results.push({ name, ok: false });
    console.log(`  FAIL ${name}: ${err.message.split('\n')[0]} (screenshot: ${shot})`);
  }
}

/** Centre of the on-screen characters of `needle` in the editor's rendered lines, or null. */
async function locateInEditor(needle, charOffset) {
  return page.evaluate(
    ({ needle, charOffset }) => {
      const normalize = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        // Monaco splits a line into spans (tokens, decorations): map offsets over its text nodes.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: text.length });
          text += normalize(node.textContent ?? '');
        }
        const index = text.indexOf(normalize(needle));
        if (index < 0) continue;
        const target = index + charOffset;
        const hit = nodes.findLast((n) => n.start <= target);
        const range = document.createRange();
        range.setStart(hit.node, target - hit.start);
        range.setEnd(hit.node, target - hit.start + 1);
        const rect = range.getBoundingClientRect();
        const point = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        // Monaco renders whole lines; only what lies inside the editor's frame can be hovered.
        const frame = line.closest('.overflow-guard')?.getBoundingClientRect();
        const visible = frame && point.x > frame.left && point.x < frame.right - 20 && point.y > frame.top && point.y < frame.bottom;
        return visible ? point : null;
      }
      return null;
    },
    { needle, charOffset },
  );
}

async function main() {
  const started = Date.now();
  assertHarnessReady();
  const main = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).main;
  if (!fs.existsSync(path.join(repoRoot, main))) throw new Error(`the extension bundle ${main} is missing: run \`npm run build\``);
  for (const dir of [logDir, screenshotDir]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const seedsBefore = hashTree(seedsDir);
  const cleanup = cleanupStack();
  const tmpRoot = makeTempDir('article-lens-ui-');
  cleanup.register(() => {
    if (keep) console.log(`kept temp folders in ${tmpRoot}`);
    else fs.rmSync(tmpRoot, { recursive: true, force: true });
  });

  try {
    const workspace = copySeeds(tmpRoot);
    const server = await startServer({ tmpRoot, logFile: path.join(logDir, 'server.log') });
    cleanup.register(() => collectVscodeLogs(server.userDataDir, logDir));
    cleanup.register(() => server.stop());
    console.log(`UI check in VS Code ${vscodeVersion()} on ${server.url}`);
    const browser = await launchBrowser();
    cleanup.register(() => browser.close());
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const workbenchLog = fs.createWriteStream(path.join(logDir, 'workbench.log'));
    cleanup.register(() => new Promise((r) => workbenchLog.end(r)));
    page.on('console', (msg) => workbenchLog.write(`[console.${msg.type()}] ${msg.text()}\n`));
    await page.exposeFunction('codeAutomationLog', (...args) => workbenchLog.write(`[automation] ${args.join(' ')}\n`));
    await page.exposeFunction('codeAutomationExit', () => {});

    await check('the workbench opens the seeds folder', async () => {
      await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot }));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      // The explorer lists the folder's files once the remote file system answers.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: seedFile }).waitFor({ timeout: 60_000 });
      await screenshot('workbench');
    });

    await check(`Ctrl+P opens ${seedFile}`, async () => {
      await page.keyboard.press('Control+P');
      const quickInput = page.locator('.quick-input-widget input');
      await quickInput.waitFor({ state: 'visible', timeout: 15_000 });
      await quickInput.fill(seedFile);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: seedFile }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: seedFile }).waitFor({ timeout: 15_000 });
      await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 15_000 });
      await screenshot('seed-open');
    });

    await check(`hover on "${moneyFigure}" shows 11 600 000 000 USD`, async () => {
      // The figure may sit past the right edge of a long line: find it (Ctrl+F) so the editor
      // scrolls it into view, as a person would, then close the find widget.
      await page.keyboard.press('Control+F');
      const findInput = page.locator('.editor-instance .find-widget.visible textarea, .editor-instance .find-widget.visible input').first();
      await findInput.waitFor({ state: 'visible', timeout: 10_000 });
      await findInput.fill(moneyFigure);
      await page.locator('.editor-instance .find-widget .matchesCount', { hasText: /1 of/ }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.locator('.editor-instance .find-widget.visible').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
      const point = await locateInEditor(moneyFigure, 1);
      if (!point) throw new Error(`"${moneyFigure}" is not on screen in the editor`);
      // Approach the figure like a mouse does, then rest on it until the hover appears. A move
      // the editor did not take for a hover (it was still laying out after the find widget
      // closed) is tried again, as a person would wiggle the mouse.
      const hover = page.locator('.monaco-hover-content').first();
      for (let attempt = 1; ; attempt++) {
        await page.mouse.move(point.x - 40, point.y + 60);
        await page.mouse.move(point.x, point.y, { steps: 5 });
        const shown = await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        if (shown) break;
        if (attempt === 3) throw new Error('no hover card after three rests of the mouse on the figure');
      }
      // VS Code shows "Loading..." until the provider answers; on a cold, loaded machine the
      // first analysis of the article (workers starting, models loading) can take seconds.
      const readHover = async () => (await hover.innerText().catch(() => '')).replace(/[\u00a0\u202f]/g, ' ');
      let text = await readHover();
      for (const deadline = Date.now() + 20_000; /Loading/i.test(text) && Date.now() < deadline; text = await readHover()) {
        await page.waitForTimeout(250);
      }
      await screenshot('money-hover');
      if (!text.includes('11 600 000 000')) throw new Error(`hover does not show 11 600 000 000: ${JSON.stringify(text.slice(0, 300))}`);
      if (!text.includes('USD')) throw new Error(`hover does not show USD: ${JSON.stringify(text.slice(0, 300))}`);
    });

    await check('the Article Lens view lists Alibaba Group', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const viewIcon = page.locator('.activitybar .action-item a.action-label[aria-label^="Article Lens"]');
      await viewIcon.waitFor({ timeout: 15_000 });
      await viewIcon.click();
      const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /entities/i }) }).first();
      await pane.waitFor({ timeout: 15_000 });
      const rows = pane.locator('.monaco-list-row');
      await rows.first().waitFor({ timeout: 30_000 });
      // Groups (companies, people, ...) may start collapsed: open the companies group.
      const companies = rows.filter({ hasText: /compan|entreprise|soci/i }).first();
      if ((await companies.count()) > 0 && (await companies.getAttribute('aria-expanded')) === 'false') await companies.click();
      await rows.filter({ hasText: 'Alibaba Group' }).first().waitFor({ timeout: 15_000 });
      await screenshot('entities-view');
    });
  } catch (err) {
    results.push({ name: 'UI check setup', ok: false });
    console.log(`  FAIL UI check setup: ${err.message}`);
  } finally {
    await cleanup.run();
  }

  const changed = diffTrees(seedsBefore, hashTree(seedsDir));
  if (changed.length > 0) {
    results.push({ name: 'seeds/ unchanged', ok: false });
    console.log(`  FAIL seeds/ changed during the run: ${changed.join(', ')}`);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`screenshots: ${path.relative(repoRoot, screenshotDir)}/, logs: ${path.relative(repoRoot, logDir)}/; ${formatSeconds(Date.now() - started)} in all`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

await main();
