import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { LspSession } from './lsp-session';

const ARTICLE = [
  'Talks Stall As Deadline Nears',
  '',
  ' date 2025-08-08 BRUSSELS—The European Commission said on Friday that talks “went well," officials said.',
  '',
  '“We are not done yet. We will meet again,” the commissioner said.',
  '',
].join('\n');

test('the server speaks LSP over stdio: initialize, diagnostics, hover, symbols, incremental change, shutdown', async () => {
  const session = new LspSession();
  try {
  const init = (await session.initialize()) as { capabilities: Record<string, unknown> };
  assert.equal(init.capabilities.hoverProvider, true);
  assert.equal(init.capabilities.textDocumentSync, 2, 'incremental sync');

  const uri = await session.open('protocol.article', ARTICLE);
  const first = await session.diagnosticsFor(uri);
  assert.deepEqual(first.diagnostics.map((d) => d.code), ['mixed-quote-marks', 'anonymous-source']);

  const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: session.positionOf(uri, 'We are not', 0, 3) });
  assert.ok(hover, 'hover on a quotation');
  assert.match((hover.contents as { value: string }).value, /Claim\*\* · direct quote[\s\S]*Speaker: “the commissioner”/);

  const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, 'BRUSSELS');
  assert.equal(symbols[0].detail, 'article date 2025-08-08');
  const groups = new Map(symbols.map((s) => [s.name, s.children?.map((c) => `${c.name} (${c.detail})`)]));
  assert.deepEqual(groups.get('Organizations'), ['European Commission (1 mention)']);
  assert.deepEqual(groups.get('Places'), ['Brussels (1 mention)']);

  // Close the mixed pair with a curly mark: the information goes away; open a stray quote: an error appears.
  const text = session.documents.get(uri)!.getText();
  const straight = text.indexOf('well,"') + 'well,'.length;
  await session.change(uri, straight, straight + 1, '”');
  assert.deepEqual((await session.diagnosticsFor(uri)).diagnostics.map((d) => d.code), ['anonymous-source']);
  const end = session.documents.get(uri)!.getText().length;
  await session.change(uri, end, end, 'He added: “Not again.\n');
  const after = await session.diagnosticsFor(uri);
  assert.deepEqual(after.diagnostics.map((d) => [d.code, d.severity]), [['anonymous-source', 4], ['unbalanced-quote', 1]]);

  assert.equal(await session.close(), 0);
  } finally {
    session.kill();
  }
});

// The entry point starts the analysis worker before the server's bundle is compiled, and the
// bundle takes that worker through the entry's exports (early-worker.ts). Were that hand-off
// broken on either side, the bundle would quietly start a second worker.
test('the server process starts one analysis worker: the one its entry point started early', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'article-lens-workers-'));
  const log = join(directory, 'workers.log');
  const countWorkers = join(directory, 'count-workers.js');
  writeFileSync(
    countWorkers,
    `const threads = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const Started = threads.Worker;
threads.Worker = class extends Started {
  constructor(...args) { super(...args); appendFileSync(${JSON.stringify(log)}, 'worker\\n'); }
};`,
  );
  const session = new LspSession(['--require', countWorkers]);
  try {
    await session.initialize();
    const uri = await session.open('one-worker.article', ARTICLE);
    await session.diagnosticsFor(uri);
    assert.equal(readFileSync(log, 'utf8'), 'worker\n');
    assert.equal(await session.close(), 0);
  } finally {
    session.kill();
    rmSync(directory, { recursive: true, force: true });
  }
});
