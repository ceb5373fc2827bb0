// End-to-end: the built extension in a real VS Code workbench (code-server) driven through
// headless Chromium. Each step asserts what a person sees. Runs when Chromium and code-server
// are installed (`npm run setup:e2e`, which `.ci/run` calls); otherwise it says why it skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT, SAMPLES_DIR } from '../../../server/test/paths';
import { CHROMIUM_PATH, installedCodeServer, startCodeServer, type RunningCodeServer } from '../../scripts/code-server';
import { RENAMED_TO, renameOf, SAMPLE, scenarioFor, type Scenario } from '../../../server/test/editor-scenario';
import { Workbench, type CursorPosition } from './workbench';

/** Where screenshots go; `UPDATE_SCREENSHOTS=1` writes the README's copies instead. */
const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'client', 'media', 'screenshots') : join(PROJECT_ROOT, 'out', 'e2e-screenshots');

function whySkipped(): string | undefined {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH}`;
  if (!installedCodeServer()) return 'code-server is not installed in the cache';
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'extension.js'))) return 'the extension is not built (dist/extension.js)';
  return undefined;
}

const skipReason = whySkipped();
if (skipReason && process.env.ARTICLE_LENS_E2E === 'required') {
  throw new Error(`end-to-end tests are required here but cannot run: ${skipReason}`);
}

/** The language server among code-server's processes (they share its process group). */
function languageServerPid(codeServerPid: number): number {
  const listing = spawnSync('ps', ['-o', 'pid=,args=', '-g', String(codeServerPid)], { encoding: 'utf8' }).stdout;
  const line = listing.split('\n').find((row) => /dist\/server\.js/.test(row));
  assert.ok(line, `no language server process under code-server:\n${listing}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** 1-based line and column, as Go to Line and the status bar count them. */
function cursorAt(scenario: Scenario, offset: number): CursorPosition {
  const { line, character } = scenario.positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

test(`the extension in a real VS Code workbench (code-server), on samples/${SAMPLE}`, { skip: skipReason && `${skipReason}: run \`npm run setup:e2e\` (as root; .ci/run does) to install the real-editor tier`, timeout: 240_000 }, async (t) => {
  const runDir = mkdtempSync(join(tmpdir(), 'article-lens-e2e-'));
  // A copy, so rename and quick fixes never touch the repository's samples; named samples/ so the
  // default articleLens.files patterns take its .txt files as articles.
  const workspace = join(runDir, 'samples');
  cpSync(SAMPLES_DIR, workspace, { recursive: true, filter: (path) => !path.endsWith('.gold.json') });
  const scenario = scenarioFor(readFileSync(join(workspace, SAMPLE), 'utf8'));
  const { person } = scenario;
  const savedText = () => readFileSync(join(workspace, SAMPLE), 'utf8');

  let server: RunningCodeServer | undefined;
  let workbench: Workbench | undefined;
  try {
    server = await startCodeServer({ launcher: installedCodeServer()!, profileDir: join(runDir, 'profile'), extensionPath: PROJECT_ROOT, workspace });
    workbench = await Workbench.open(server.url, SCREENSHOT_DIR);
    const wb = workbench;
    await wb.openFile(SAMPLE);

    await t.test('diagnostics appear in the Problems panel with their rule ids', async () => {
      await wb.page.keyboard.press('Control+Shift+M');
      const expected = scenario.problemCodes.map((code) => `article-lens${code}`);
      const rows = await wb.waitFor(`${expected.length} Article Lens problems in the Problems panel`, async () => {
        // The parentheses around the rule id are drawn by CSS, so the row text reads "article-lensrule-id".
        const texts = await wb.texts('.markers-panel-container .monaco-list-row');
        if (texts.filter((row) => row.includes('article-lens')).length >= expected.length) return texts;
        throw new Error(`the panel lists: ${texts.join(' | ') || 'nothing'}`);
      });
      for (const code of expected) assert.ok(rows.some((row) => row.includes(code)), `Problems panel should list ${code}: ${rows.join(' | ')}`);
      await wb.screenshot('problems');
      await wb.runCommand('View: Hide Panel');
    });

    await t.test('hovering an actor shows the name, role and mentions', async () => {
      await wb.goTo(cursorAt(scenario, scenario.laterMention.start));
      const hover = await wb.hoverAtCursor(`"${scenario.laterMention.text}"`);
      for (const expected of scenario.actorHover) assert.match(hover, expected);
      await wb.screenshot('hover-actor');
    });

    await t.test('hovering a relative date shows the resolved value', async () => {
      const { weekday } = scenario;
      await wb.goTo(cursorAt(scenario, weekday.start));
      const hover = await wb.hoverAtCursor(`"${weekday.text}"`);
      assert.match(hover, new RegExp(`Value: ${weekday.value}`));
    });

    await t.test('go to definition on a surname lands on the first full-name mention', async () => {
      await wb.goTo(cursorAt(scenario, scenario.laterMention.start));
      await wb.page.keyboard.press('F12');
      await wb.waitForCursor(cursorAt(scenario, person.mentions[0].start), `definition of ${person.name}`);
    });

    await t.test('find references lists every mention', async () => {
      await wb.page.keyboard.press('Shift+F12');
      const title = await wb.waitFor('the references peek view', async () => (await wb.texts('.peekview-widget .peekview-title'))[0]);
      assert.match(title, new RegExp(`References \\(${person.mentions.length}\\)`));
      await wb.page.keyboard.press('Escape');
    });

    await t.test('names are coloured by semantic tokens', async () => {
      // Plain text has no grammar, so only the server's semantic tokens can colour a name.
      await wb.goTo(cursorAt(scenario, person.mentions[0].start));
      // "ordered" follows the first mention on the dateline line: prose to the grammar and to the server.
      await wb.waitFor(`${person.name} coloured differently from the prose around it`, async () => {
        const [name, prose] = [await wb.colourOf(person.name, 'token'), await wb.colourOf('ordered', 'within')];
        if (name && prose && name !== prose) return true;
        const tokens = await wb.page.locator('.monaco-editor .view-line span span', { hasText: person.name.split(' ')[0] }).allTextContents();
        throw new Error(`${person.name} is ${name ?? `not one token (${tokens.join(' | ')})`}, the prose ${prose ?? 'not found'}`);
      });
    });

    await t.test('the Entities side panel shows the groups, and clicking an actor moves the cursor to it', async () => {
      await wb.page.locator('.activitybar .action-item a[aria-label^="Article Lens"]').click();
      const view = wb.page.locator('.pane', { has: wb.page.locator('.pane-header', { hasText: 'Entities' }) });
      const rows = await wb.waitFor('the Entities tree with its groups', async () => {
        const texts = await wb.texts(view.locator('.monaco-list-row'));
        // The tree is virtualised: only the rows on screen exist, so check the groups at the top.
        if (['Actors', 'People', 'Organizations', 'Places', 'Dates'].every((group) => texts.some((row) => row.startsWith(group)))) return texts;
        throw new Error(`the tree shows: ${texts.join(' | ') || 'nothing'}`);
      });
      assert.ok(rows.includes(scenario.entityRow), `the tree should have the row "${scenario.entityRow}": ${rows.join(' | ')}`);
      await wb.goTo({ line: 1, column: 1 });
      await view.locator('.monaco-list-row', { hasText: person.name }).first().click();
      // The click selects the mention, which leaves the cursor at its end.
      const first = person.mentions[0];
      await wb.waitForCursor({ ...cursorAt(scenario, first.end), selected: first.end - first.start }, `clicking ${person.name} in the Entities panel`);
      await wb.screenshot('entities-panel');
    });

    await t.test('the timeline webview renders the article\'s dates', async () => {
      await wb.runCommand('Article Lens: Show Article Timeline');
      await wb.waitFor(`the timeline webview showing ${scenario.timelineDay}`, () => wb.frameContaining(scenario.timelineDay));
      await wb.screenshot('timeline');
      await wb.runCommand('View: Close All Editor Groups');
      await wb.openFile(SAMPLE);
    });

    await t.test('a quick fix changes the text as promised and nothing else', async () => {
      const fix = scenario.quickFix;
      await wb.goTo(cursorAt(scenario, fix.edits[0].start));
      await wb.applyCodeAction(fix.title);
      await wb.page.keyboard.press('Control+S');
      await wb.waitFor(`the saved file with "${fix.title}" applied`, async () => savedText() === scenario.textAfterQuickFix);
    });

    await t.test('renaming an actor changes every mention in the editor', async () => {
      const rename = renameOf(savedText(), person.id);
      await wb.goTo({ line: rename.at.line + 1, column: rename.at.character + 1 });
      await wb.page.keyboard.press('F2');
      const input = wb.page.locator('.rename-box input, .rename-box textarea').first();
      await wb.waitFor('the rename box', () => input.isVisible());
      await input.fill(RENAMED_TO);
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.press('Control+S');
      await wb.waitFor(`every mention of ${person.name} renamed in the saved file`, async () => {
        if (savedText() === rename.expected) return true;
        throw new Error(`the file has ${savedText().split(RENAMED_TO.split(' ').pop()!).length - 1} of ${rename.mentions} mentions renamed`);
      });
    });

    await t.test('a crashed language server is restarted, the user is told, and unsaved text survives', async () => {
      const unsaved = 'An unsaved closing line, typed just before the crash.';
      await wb.page.keyboard.press('Control+End');
      await wb.page.keyboard.type(`\n${unsaved}`);
      const languageServer = languageServerPid(server!.pid);
      process.kill(languageServer, 'SIGKILL');
      await wb.waitFor('the notification that the language server was restarted', async () => {
        const toasts = await wb.texts('.notifications-toasts .notification-toast');
        return toasts.some((toast) => /language server stopped unexpectedly and was restarted/.test(toast));
      });
      assert.notEqual(languageServerPid(server!.pid), languageServer);
      assert.ok((await wb.texts('.monaco-editor .view-line')).some((line) => line.replace(/\u00a0/g, ' ').includes(unsaved)), 'the unsaved line should still be in the editor');
      // The toast may cover the word the mouse will point at.
      await wb.runCommand('Notifications: Clear All Notifications');
      await wb.goTo(cursorAt(scenario, scenario.laterMention.start));
      // The new server starts and analyses the document again first: on a busy machine that can take a while.
      const hover = await wb.hoverAtCursor(`"${scenario.laterMention.text}" after the restart`, 45_000);
      assert.match(hover, /mentions/);
    });
  } finally {
    if (t.signal.aborted || process.exitCode) await workbench?.screenshot('failure-final').catch(() => undefined);
    await workbench?.close();
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
});

