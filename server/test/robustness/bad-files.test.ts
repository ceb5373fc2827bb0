// The server against files nobody should open as articles but someone will: it stays responsive
// (a hover is answered within a second while it works), says once what it did, and survives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspSession } from '../lsp-session';
import { readSamples, buildArticle } from '../../bench/corpus';
import { SAMPLES_DIR } from '../paths';

const RESPONSIVE_MS = 1000;
const HOVER_PAUSE_MS = 25;
const samples = readSamples(SAMPLES_DIR);

/** Deterministic bytes 0-255 read as Latin-1, as an editor shows a binary file opened anyway. */
function binaryText(length: number): string {
  let state = 12345;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    codes[i] = state >>> 24;
  }
  return Buffer.from(codes.buffer).toString('utf16le');
}

const BAD_FILES: { name: string; text: () => string; notice: RegExp | null }[] = [
  { name: 'fifty-megabytes.txt', text: () => buildArticle(samples, 50_000_000), notice: /is 50\.0 MB, over articleLens\.maxFileSize \(5 MB\)/ },
  { name: 'binary.bin', text: () => `\u0000${binaryText(2_000_000)}`, notice: /looks like a binary file/ },
  { name: 'latin1-noise.txt', text: () => binaryText(300_000).replace(/\u0000/g, ' '), notice: null },
  { name: 'quote-marks.txt', text: () => '"“”‘’\'«»„'.repeat(20_000), notice: null },
  { name: 'hundred-thousand-lines.txt', text: () => Array.from({ length: 100_000 }, (_, i) => `Item ${i}: approved.`).join('\n'), notice: null },
];

/** Rejects when `promise` takes longer than `ms`, so a frozen server fails fast instead of hanging the run. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Hovers again and again, as a mouse moving over the text, until `analysed` settles: its value, and the slowest answer. */
async function hoversUntil<T>(session: LspSession, where: unknown, analysed: Promise<T>): Promise<{ value: T; slowest: number; hovers: number }> {
  let done = false;
  const finished = analysed.finally(() => (done = true));
  let slowest = 0;
  let hovers = 0;
  while (!done) {
    const hover = await timed(() => within(2 * RESPONSIVE_MS, session.request<Hover | null>('textDocument/hover', where), 'hover'));
    assert.ok(hover.value, 'the hover has content');
    slowest = Math.max(slowest, hover.ms);
    hovers++;
    await new Promise((resume) => setTimeout(resume, HOVER_PAUSE_MS));
  }
  return { value: await finished, slowest, hovers };
}

for (const bad of BAD_FILES) {
  test(`${bad.name}: while the server analyses it, opened or edited, every hover elsewhere is answered within ${RESPONSIVE_MS} ms, and the server carries on`, { timeout: 60_000 }, async (t) => {
    const session = new LspSession();
    const notices: string[] = [];
    session.connection.onNotification('window/showMessage', ({ message }: { message: string }) => void notices.push(message));
    try {
      await session.initialize();
      const article = await session.open('article.article', '“We will decide by Friday,” said Jane Roe, the mayor.\n');
      await session.diagnosticsFor(article);
      const where = { textDocument: { uri: article }, position: session.positionOf(article, 'Roe') };

      const uri = await session.open(bad.name, bad.text(), 'plaintext');
      // Moving 50 MB through a pipe takes what it takes; what matters is the wait once the server has the text.
      await session.request('workspace/symbol', { query: 'none' });
      const opened = await hoversUntil(session, where, session.diagnosticsFor(uri, 20_000));
      t.diagnostic(`while analysing the opened file: ${opened.hovers} hovers, the slowest answered after ${opened.slowest.toFixed(0)} ms`);
      assert.ok(opened.slowest <= RESPONSIVE_MS, `a hover answered after ${opened.slowest.toFixed(0)} ms`);
      const published = opened.value.diagnostics.length;
      assert.ok(published <= 1000, `${published} diagnostics published`);

      await session.change(uri, 0, 0, 'x');
      const edited = await hoversUntil(session, where, session.diagnosticsFor(uri, 20_000));
      t.diagnostic(`while analysing it after an edit: ${edited.hovers} hovers, the slowest answered after ${edited.slowest.toFixed(0)} ms`);
      assert.ok(edited.slowest <= RESPONSIVE_MS, `a hover answered after ${edited.slowest.toFixed(0)} ms`);
      const own = await timed(() => session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } }));
      assert.ok(own.ms <= RESPONSIVE_MS, `hover in the file itself answered after ${own.ms.toFixed(0)} ms`);
      if (bad.notice) assert.equal(notices.filter((n) => bad.notice!.test(n)).length, 1, `one notice, even after an edit: ${notices.join(' | ')}`);
      assert.equal(await session.close(), 0);
    } finally {
      session.kill();
    }
  });
}
