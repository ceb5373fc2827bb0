import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, DocumentHighlight, Hover, Location, Range, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lsp-session';

const ARTICLE = [
  ' date 2025-08-08 BRUSSELS—The European Commission said on Friday that talks would resume.',
  '',
  'Roe, who advises the commission, was blunt. Jane Roe, a former State Department adviser on China, said the plan was reckless.',
  '',
  'Roe’s office declined to comment further. Later, Roe said she would meet Olaf Scholz.',
  '',
].join('\n');

async function withSession(run: (session: LspSession, uri: string) => Promise<void>, rootUri: string | null = null): Promise<void> {
  const session = new LspSession();
  await session.initialize({ rootUri });
  const uri = await session.open('actors.article', ARTICLE);
  await session.diagnosticsFor(uri);
  try {
    await run(session, uri);
    await session.close();
  } finally {
    session.kill();
  }
}

const at = (session: LspSession, uri: string, needle: string, nth = 0) => ({ textDocument: { uri }, position: session.positionOf(uri, needle, nth, 1) });
const textOf = (session: LspSession, uri: string, range: Range) => session.documents.get(uri)!.getText(range);

test('hover on a surname shows who that is', async () => {
  await withSession(async (session, uri) => {
    const hover = await session.request<Hover>('textDocument/hover', at(session, uri, 'Roe’s'));
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Jane Roe\*\* · person/);
    assert.match(value, /Role: former State Department adviser on China/);
    assert.match(value, /4 mentions: Roe \(3\), Jane Roe \(1\)/);
    assert.match(value, /First mentioned on line 3/);
  });
});

test('definition goes to the first full-name mention; references and highlights list every mention', async () => {
  await withSession(async (session, uri) => {
    const definition = await session.request<Location>('textDocument/definition', at(session, uri, 'Roe', 3));
    assert.equal(textOf(session, uri, definition.range), 'Jane Roe');
    assert.deepEqual(definition.range.start, session.positionOf(uri, 'Jane Roe'));

    const references = await session.request<Location[]>('textDocument/references', { ...at(session, uri, 'Jane Roe'), context: { includeDeclaration: true } });
    assert.deepEqual(references.map((r) => textOf(session, uri, r.range)), ['Roe', 'Jane Roe', 'Roe', 'Roe']);

    const highlights = await session.request<DocumentHighlight[]>('textDocument/documentHighlight', at(session, uri, 'Roe', 2));
    assert.equal(highlights.length, 4);
  });
});

test('rename changes every mention, surnames to the new surname, keeping possessives', async () => {
  await withSession(async (session, uri) => {
    const prepared = await session.request<{ placeholder: string }>('textDocument/prepareRename', at(session, uri, 'Roe’s'));
    assert.equal(prepared.placeholder, 'Jane Roe');
    await assert.rejects(session.request('textDocument/prepareRename', at(session, uri, 'plan was')), /Only the name/);

    const edit = await session.request<WorkspaceEdit>('textDocument/rename', { ...at(session, uri, 'Roe’s'), newName: 'Joan Doe' });
    const renamed = TextDocument.applyEdits(session.documents.get(uri)!, edit.changes![uri]);
    assert.equal(renamed, ARTICLE.replace('Jane Roe', 'Joan Doe').replace(/\bRoe\b/g, 'Doe'));
    assert.match(renamed, /Doe’s office/);
  });
});

test('completion offers the canonical spelling after two letters', async () => {
  await withSession(async (session, uri) => {
    const end = session.documents.get(uri)!.getText().length;
    await session.change(uri, end, end, 'Sch');
    const items = await session.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: session.documents.get(uri)!.positionAt(end + 3) });
    assert.deepEqual(items.map((i) => i.label), ['Olaf Scholz']);
  });
});

test('workspace symbols list actors of every article in the workspace', async () => {
  const root = mkdtempSync(join(tmpdir(), 'article-lens-ws-'));
  try {
    mkdirSync(join(root, 'drafts'));
    writeFileSync(join(root, 'drafts', 'one.txt'), 'Sen. Maria Lopez (D., N.M.) spoke in Brussels on Friday.\n');
    writeFileSync(join(root, 'two.article'), 'Olena Kovalenko, a Ukrainian envoy, met officials there.\n');
    writeFileSync(join(root, 'ignored.txt'), 'Tomas Varga is not in an article file.\n');
    await withSession(async (session) => {
      const fileOf = (s: WorkspaceSymbol) => (s.location as Location).uri.split('/').pop();
      let symbols: WorkspaceSymbol[] = [];
      // The files are indexed in the background, and the open document once its model reaches the main thread (after its diagnostics).
      const indexed = () => symbols.some((s) => fileOf(s) === 'two.article') && symbols.some((s) => fileOf(s) === 'actors.article');
      for (let tries = 0; tries < 100 && !indexed(); tries++) {
        symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' });
        await new Promise((wake) => setTimeout(wake, 20));
      }
      // The files on disk, and the open document from its editor text; never ignored.txt.
      assert.deepEqual(symbols.filter((s) => fileOf(s) !== 'actors.article').map((s) => `${s.name} ${fileOf(s)}`).sort(), [
        'Brussels one.txt',
        'Maria Lopez one.txt',
        'Olena Kovalenko two.article',
      ]);
      assert.ok(symbols.some((s) => s.name === 'Jane Roe' && fileOf(s) === 'actors.article'));
      const lopez = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'lop' });
      assert.deepEqual(lopez.map((s) => [s.name, (s.location as Location).uri]), [['Maria Lopez', pathToFileURL(join(root, 'drafts', 'one.txt')).toString()]]);
    }, pathToFileURL(root).toString());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
