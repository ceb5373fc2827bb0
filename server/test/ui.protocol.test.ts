import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, SemanticTokens } from 'vscode-languageserver-protocol';
import type { DictionaryEditResult, EntitiesResult, ExportResult, MentionsResult, TimelineResult } from '../src/protocol';
import { LspSession } from './lsp-session';

const ARTICLE = ' date 2025-08-08 BRUSSELS—Jane Roe, the press secretary, said the Acme Corp deal was off.\n\n“We are done,” Roe said. Zorblat refused.\n';

function namesIn(result: EntitiesResult | null): string[] {
  return (result?.roots[0].children ?? []).flatMap((group) => (group.children ?? []).map((actor) => actor.label));
}

test('the editor views get their data through custom requests, and the workspace dictionary changes recognition at once', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'article-lens-ui-'));
  const dictionaryPath = join(folder, '.article-lens.json');
  const dictionaryUri = pathToFileURL(dictionaryPath).toString();
  writeFileSync(dictionaryPath, '{ "actors": [ { "name": "Zorblat", "kind": "organization", "role": "regulator" } ], "notActors": ["Acme Corp"] }');

  const session = new LspSession();
  // The session records every publication; the dictionary file is no open document, so read the record directly.
  const published = { get: (u: string) => (session as unknown as { diagnostics: Map<string, { diagnostics: unknown[] }[]> }).diagnostics.get(u)?.at(-1)?.diagnostics };
  const analyzed: string[] = [];
  session.connection.onNotification('articleLens/analyzed', (params: { uri: string }) => void analyzed.push(params.uri));
  try {
  const init = (await session.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] })) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.semanticTokensProvider);
  assert.ok(init.capabilities.codeLensProvider);

  const uri = pathToFileURL(join(folder, 'story.article')).toString();
  session.documents.set(uri, (await import('vscode-languageserver-textdocument')).TextDocument.create(uri, 'article', 1, ARTICLE));
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: ARTICLE } });
  await session.diagnosticsFor(uri);

  const entities = await session.request<EntitiesResult | null>('articleLens/entities', { textDocument: { uri }, sort: 'name' });
  assert.ok(entities);
  assert.ok(analyzed.includes(uri), 'the server announces each analysis');
  assert.ok(namesIn(entities).includes('Zorblat'), 'a dictionary actor is recognised');
  assert.ok(!namesIn(entities).includes('Acme Corp'), 'a name the dictionary says is not an actor is not one');
  assert.equal(entities.counts.actors, namesIn(entities).length);
  assert.equal(entities.documentDate, '2025-08-08');
  assert.equal(await session.request('articleLens/entities', { textDocument: { uri: 'file:///nowhere.article' } }), null);

  const mentions = await session.request<MentionsResult | null>('articleLens/mentions', { textDocument: { uri }, position: session.positionOf(uri, 'Roe said', 0, 1) });
  assert.equal(mentions?.name, 'Jane Roe');
  assert.equal(mentions?.ranges.length, 2);

  const timeline = await session.request<TimelineResult | null>('articleLens/timeline', { textDocument: { uri } });
  assert.equal(timeline?.documentDate, '2025-08-08');

  const tokens = await session.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);

  const lenses = await session.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses?.some((lens) => /^Jane Roe: 2 mentions · 1 quote$/.test(lens.command?.title ?? '')), JSON.stringify(lenses?.map((l) => l.command?.title)));

  const exported = await session.request<ExportResult>('articleLens/export', { uris: [uri, pathToFileURL(join(folder, 'missing.article')).toString()], format: 'json' });
  assert.equal(exported.exported, 1);
  assert.equal(exported.failures.length, 1);
  assert.equal(JSON.parse(exported.content)[0].file, 'story.article');
  const brat = await session.request<ExportResult>('articleLens/export', { uris: [uri], format: 'ann' });
  assert.match(brat.perArticle[0].content, /^T1\t/);

  const edit = await session.request<DictionaryEditResult>('articleLens/dictionaryEdit', { textDocument: { uri }, action: { kind: 'notActor', name: 'Brussels' } });
  assert.equal(edit.uri, dictionaryUri);
  assert.equal(edit.exists, true);
  assert.equal(edit.refusal, null);
  assert.ok(edit.edits.length > 0);

  // Settings round trip: code lenses switch off and a rule's level changes without a restart.
  session.settings = { codeLens: { enabled: false }, rules: { 'unbalanced-quote': 'hint' } };
  await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await new Promise((resume) => setTimeout(resume, 300));
  assert.equal(await session.request('textDocument/codeLens', { textDocument: { uri } }), null);

  // A malformed dictionary gets diagnostics on its own file and the last good one stays in use.
  writeFileSync(dictionaryPath, '{ "actors": [ { "name": "Zorblat", "kind": "robot" } ');
  await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dictionaryUri, type: 2 }] });
  await new Promise((resume) => setTimeout(resume, 300));
  assert.ok((published.get(dictionaryUri) ?? []).length > 0, 'diagnostics on the dictionary file');
  assert.ok(namesIn(await session.request('articleLens/entities', { textDocument: { uri } })).includes('Zorblat'));

  // Fixing it to declare no actors applies at once.
  writeFileSync(dictionaryPath, '{ "actors": [], "notActors": [] }');
  await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dictionaryUri, type: 2 }] });
  await new Promise((resume) => setTimeout(resume, 300));
  assert.deepEqual(published.get(dictionaryUri), []);
  assert.ok(namesIn(await session.request('articleLens/entities', { textDocument: { uri } })).includes('Acme Corp'));

  } finally {
    assert.equal(await session.close(), 0);
    rmSync(folder, { recursive: true, force: true });
  }
});
