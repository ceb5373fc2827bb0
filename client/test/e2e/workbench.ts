/// <reference lib="dom" />
// Drives a real VS Code workbench in headless Chromium the way a person does: keyboard, mouse,
// and what is on screen. Every wait polls for a visible state and, on timeout, says what it was
// waiting for and saves a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../scripts/code-server';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const POLL_MS = 100;
const ACTION_TIMEOUT_MS = 3_000;

export interface CursorPosition {
  line: number;
  column: number;
  /** How many characters are selected, when a selection is expected. */
  selected?: number;
}

export class Workbench {
  private constructor(private readonly browser: Browser, readonly page: Page, private readonly screenshotDir: string) {}

  static async open(url: string, screenshotDir: string): Promise<Workbench> {
    mkdirSync(screenshotDir, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // No single Playwright call may outlast a poll's budget: a probe that finds nothing should fail
    // fast and be polled again, not wait out Playwright's 30 s default inside one poll.
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const workbench = new Workbench(browser, page, screenshotDir);
    // Loading the page is not a probe: on a busy machine it took over 3 s (the workbench itself is awaited below).
    await page.goto(url, { timeout: 60_000 });
    await workbench.waitFor('the workbench to load', () => page.locator('.monaco-workbench .part.editor').isVisible(), 60_000);
    return workbench;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Polls `probe` until it returns something other than undefined/false/null. A probe may throw
   * to say what it saw instead; the last such message goes into the timeout error.
   */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await probe();
        if (value !== undefined && value !== null && value !== false) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        const shot = await this.screenshot(`failure-${what.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => 'none');
        const cause = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${cause}; screenshot: ${shot}`);
      }
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  /** Text of every visible element matching `selector`. */
  async texts(selector: string | Locator): Promise<string[]> {
    const locator = typeof selector === 'string' ? this.page.locator(selector) : selector;
    return locator.evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent ?? ''));
  }

  /** Runs a command from the palette by its title, as a person would with F1. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await this.waitFor('the command palette', () => input.isVisible());
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await this.waitFor(`the command "${title}" in the palette`, () => row.isVisible());
    await this.page.keyboard.press('Enter');
  }

  /** Quick Open (Ctrl+P) the file, then wait until its editor has focus. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await this.waitFor('Quick Open', () => input.isVisible());
    await input.fill(name);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await this.waitFor(`${name} in Quick Open`, () => row.isVisible());
    await this.page.keyboard.press('Enter');
    await this.waitFor(`the editor tab for ${name}`, () => this.page.locator('.tab.active', { hasText: name }).isVisible());
    await this.waitFor(`the editor of ${name} to take focus`, () => this.page.locator('.monaco-editor.focused').isVisible());
  }

  /** The cursor as the status bar shows it ("Ln 3, Col 14 (11 selected)"), 1-based. */
  async cursor(): Promise<Required<CursorPosition> | undefined> {
    const [text] = await this.texts('[id="status.editor.selection"]');
    const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text ?? '');
    return match ? { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) } : undefined;
  }

  async waitForCursor(expected: CursorPosition, why: string): Promise<void> {
    const selection = expected.selected === undefined ? '' : ` with ${expected.selected} selected`;
    await this.waitFor(`the cursor at Ln ${expected.line}, Col ${expected.column}${selection} (${why})`, async () => {
      const at = await this.cursor();
      if (at?.line === expected.line && at.column === expected.column && (expected.selected ?? at.selected) === at.selected) return true;
      throw new Error(`the status bar shows ${at ? `Ln ${at.line}, Col ${at.column}, ${at.selected} selected` : 'no cursor position'}`);
    });
  }

  /** Go to Line/Column in the active editor (Ctrl+P, ":line:column"), then wait for the status bar to confirm it. */
  async goTo(position: CursorPosition): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await this.waitFor('Quick Open', () => input.isVisible());
    await input.fill(`:${position.line}:${position.column}`);
    await this.page.keyboard.press('Enter');
    await this.waitForCursor(position, 'Go to Line');
  }

  /** Moves the real mouse onto the character after the cursor and waits for the hover to show. */
  async hoverAtCursor(what: string, timeoutMs?: number): Promise<string> {
    const cursor = this.page.locator('.monaco-editor.focused .cursors-layer .cursor').first();
    const box = await this.waitFor('the text cursor', () => cursor.boundingBox());
    const pointAtWord = async () => {
      await this.page.mouse.move(0, 0);
      await this.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    };
    const hover = this.page.locator('.monaco-hover:not(.hidden)');
    let polls = 0;
    return this.waitFor(`the hover on ${what}`, async () => {
      // A hover asked for while the server was busy comes back empty and is not asked again: point again.
      if (polls++ % 20 === 0) await pointAtWord();
      const [text] = await this.texts(hover.locator('.monaco-hover-content'));
      // Opaque: the fade-in has finished, so a screenshot shows the hover as a person sees it.
      // evaluateAll, not evaluate: it answers at once when there is no hover yet instead of
      // waiting for one (up to Playwright's 30 s), so the word is pointed at again.
      const opacities = await hover.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).opacity));
      return text && !/Loading/.test(text) && opacities[0] === '1' ? text : undefined;
    }, timeoutMs);
  }

  /**
   * The colour the editor paints the first token on screen that is exactly `text` ('token') or
   * contains it ('within'), if there is one.
   */
  async colourOf(text: string, match: 'token' | 'within'): Promise<string | undefined> {
    return this.page.evaluate(([wanted, how]) => {
      // The editor draws spaces as no-break spaces.
      const textOf = (span: Element) => (span.textContent ?? '').replace(/\u00a0/g, ' ');
      const token = Array.from(document.querySelectorAll('.monaco-editor .view-line span span'))
        .find((span) => (how === 'token' ? textOf(span).trim() === wanted : textOf(span).includes(wanted)));
      return token ? getComputedStyle(token).color : undefined;
    }, [text, match] as const);
  }

  /** Opens the lightbulb menu at the cursor (Ctrl+.) and applies the action with this title. */
  async applyCodeAction(title: string): Promise<void> {
    await this.page.keyboard.press('Control+.');
    const focused = this.page.locator('.action-widget .monaco-list-row.focused');
    await this.waitFor('the code action menu', () => focused.isVisible());
    // Walk the menu with the keyboard, as the mouse is blocked while the menu animates in.
    await this.waitFor(`"${title}" selected in the code action menu`, async () => {
      const [current] = await this.texts(focused);
      if (current?.includes(title)) return true;
      await this.page.keyboard.press('ArrowDown');
      throw new Error(`"${current}" is selected`);
    });
    await this.page.keyboard.press('Enter');
  }

  /** The webview frame showing `text` (webviews nest iframes inside the workbench page). */
  async frameContaining(text: string): Promise<Frame | undefined> {
    for (const frame of this.page.frames().filter((f) => f !== this.page.mainFrame())) {
      const body = await frame.locator('body').textContent({ timeout: 500 }).catch(() => null);
      if (body?.includes(text)) return frame;
    }
    return undefined;
  }
}
