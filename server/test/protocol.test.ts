import { test } from 'node:test';
import assert from 'node:assert/strict';
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
