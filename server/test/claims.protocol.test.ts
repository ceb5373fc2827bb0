import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lsp-session';

const ARTICLE = [
  'Jane Roe, a senator, spoke on Monday.',
  '',
  '“We will not yield,” said Roe. “Not this year."',
  '',
  '"The plan is sound,” she said.',
  '',
  'The deal is close, a senior European diplomat said.',
  '',
  'The hall fell silent. “Nobody will say who wrote this line at all.”',
  '',
  '“We tested it twice,” Kowalski said.',
  '',
  'The crowd began to chant “no more delays and no more excuses today.',
  '',
].join('\n');

const hoverText = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

async function withSession(settings: Record<string, unknown>, run: (session: LspSession, uri: string) => Promise<void>): Promise<void> {
  const session = new LspSession();
  session.settings = settings;
  try {
    await session.initialize();
    const uri = await session.open('claims.article', ARTICLE);
    await run(session, uri);
    assert.equal(await session.close(), 0);
  } finally {
    session.kill();
  }
}

async function quickFix(session: LspSession, uri: string, diagnostic: Diagnostic, title: RegExp): Promise<string> {
  const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const fix = actions.find((a) => title.test(a.title));
  assert.ok(fix, `no quick fix matching ${title} among ${actions.map((a) => a.title).join(' | ')}`);
  return TextDocument.applyEdits(session.documents.get(uri)!, fix.edit!.changes![uri]);
}

test('claims over LSP: hover on quotes and reported speech, the Claims outline, every claim diagnostic', async () => {
  await withSession({}, async (session, uri) => {
    const { diagnostics } = await session.diagnosticsFor(uri);
    const codes = (code: string) => diagnostics.filter((d) => d.code === code);
    assert.equal(codes('mixed-quote-marks').length, 2);
    assert.equal(codes('unbalanced-quote').length, 1);
    assert.equal(codes('unbalanced-quote')[0].range.start.line, 12);
    assert.equal(codes('unattributed-quote').length, 1);
    assert.equal(codes('unattributed-quote')[0].range.start.line, 8);
    assert.equal(codes('anonymous-source').length, 1);
    assert.deepEqual(codes('speaker-not-introduced').map((d) => d.range.start.line), [10]);

    const hoverAt = async (needle: string) =>
      hoverText(await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: session.positionOf(uri, needle, 0, 2) }));
    const onQuote = await hoverAt('will not yield');
    assert.match(onQuote, /direct quote/);
    assert.match(onQuote, /Speaker: Jane Roe, senator/);
    assert.match(onQuote, /Verb: said/);
    // The pronoun resolves to the person named before it.
    assert.match(await hoverAt('plan is sound'), /Speaker: Jane Roe/);
    const onReported = await hoverAt('deal is close');
    assert.match(onReported, /reported speech/);
    assert.match(onReported, /a senior European diplomat/);
    assert.match(onReported, /Anonymous source/);

    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const claims = symbols.find((s) => s.name === 'Claims');
    assert.ok(claims, 'a Claims group');
    const roe = claims.children?.find((s) => s.name === 'Jane Roe');
    assert.equal(roe?.children?.length, 3);
    assert.ok(claims.children?.some((s) => s.name === 'Anonymous'));
  });
});

test('mixed-quote-marks quick fixes rewrite one pair or the whole document, in the configured style', async () => {
  await withSession({}, async (session, uri) => {
    const { diagnostics } = await session.diagnosticsFor(uri);
    const [first] = diagnostics.filter((d) => d.code === 'mixed-quote-marks');
    assert.equal(await quickFix(session, uri, first, /this quotation/), ARTICLE.replace('year."', 'year.”'));
    assert.equal(await quickFix(session, uri, first, /every mixed quotation/), ARTICLE.replace('year."', 'year.”').replace('"The plan', '“The plan'));
  });
  await withSession({ quoteStyle: 'straight' }, async (session, uri) => {
    const { diagnostics } = await session.diagnosticsFor(uri);
    const [first] = diagnostics.filter((d) => d.code === 'mixed-quote-marks');
    assert.equal(await quickFix(session, uri, first, /straight/), ARTICLE.replace('“Not this year."', '"Not this year."'));
  });
});
