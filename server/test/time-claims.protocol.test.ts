import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lsp-session';

const ARTICLE = [
  ' date 2025-08-08 BRUSSELS—Foreign Minister Anna Berg gave Moscow until next Friday to answer.',
  '',
  '“We cannot wait forever," Berg told reporters on Thursday.',
  '',
  'The crowd chanted. “Nobody will say who wrote this line at all.”',
  '',
].join('\n');

const hoverText = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

test('dates, deadlines and claims over LSP: hover, inlay hints, diagnostics and a quick fix', async () => {
  const session = new LspSession();
  try {
  await session.initialize();
  const uri = await session.open('time-claims.article', ARTICLE);
  const { diagnostics } = await session.diagnosticsFor(uri);
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['mixed-quote-marks', 'unattributed-quote']);

  const onDate = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: session.positionOf(uri, 'Thursday', 0, 2) });
  assert.match(hoverText(onDate), /Value: `2025-08-07`/);
  assert.match(hoverText(onDate), /Thursday, 2025-08-07 · 1 day before the article date/);

  const onDeadline = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: session.positionOf(uri, 'until next', 0, 2) });
  assert.match(hoverText(onDeadline), /due `2025-08-15`/);
  assert.match(hoverText(onDeadline), /7 days left after the article date/);
  assert.match(hoverText(onDeadline), /Set by Anna Berg/);

  const onQuote = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: session.positionOf(uri, 'cannot wait', 0, 2) });
  assert.match(hoverText(onQuote), /direct quote/);
  assert.match(hoverText(onQuote), /Speaker: Anna Berg, Foreign Minister/);

  const end = session.documents.get(uri)!.positionAt(ARTICLE.length);
  const hints = await session.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
  assert.deepEqual(hints.map((h) => h.label), ['‹Fri 2025-08-15›', '‹Thu 2025-08-07›']);

  // The quick fix for the mixed pair rewrites exactly its closing mark.
  const mixed = diagnostics.find((d) => d.code === 'mixed-quote-marks') as Diagnostic;
  const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: mixed.range, context: { diagnostics: [mixed] } });
  const fix = actions.find((a) => a.title.startsWith('Use curly'))!;
  const fixed = TextDocument.applyEdits(session.documents.get(uri)!, fix.edit!.changes![uri]);
  assert.equal(fixed, ARTICLE.replace('forever,"', 'forever,”'));
  assert.equal(await session.close(), 0);
  } finally {
    session.kill();
  }
});
