// The Article Lens language server. Started by the VS Code client over IPC, or by any LSP
// client with `node dist/server.js --stdio`. Analysis runs in a worker thread (analysis-runner.ts):
// handlers wait for a document's model without ever blocking this thread.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { ModelStore } from './model-store';
import { startAnalysisRunner } from './analysis-runner';
import type { ArticleModel } from './analysis';
import type { ArticleSource } from './features/export';
import { parseSettings } from './settings';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { diagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { documentSymbols } from './features/document-symbols';
import { codeActions } from './features/code-actions';
import { inlayHints } from './features/inlay-hints';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentHighlights } from './features/document-highlight';
import { prepareRename, rename } from './features/rename';
import { completion } from './features/completion';
import { workspaceSymbols } from './features/workspace-symbols';
import { WorkspaceIndex } from './workspace-index';
import { AnalyzedNotification, DictionaryEditRequest, DICTIONARY_FILE_NAME, EntitiesRequest, ExportRequest, MentionsRequest, TimelineRequest } from './protocol';
import { actorMentions, entities, timeline } from './features/entities';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semantic-tokens';
import { codeLenses } from './features/code-lens';
import { exportArticles } from './features/export';
import { DictionaryStore, dictionaryEdit, readDictionaryText } from './dictionary-file';
import { readArticleFile } from './files';
import { toRange } from './positions';
import { relative } from 'node:path';
import { LargeFileNotices, MAX_PUBLISHED_DIAGNOSTICS } from './large-file';
import type { RequestType } from 'vscode-languageserver-protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logError = (message: string) => connection.console.error(message);
const models = new ModelStore(startAnalysisRunner(logError), logError);
const workspaceIndex = new WorkspaceIndex();
let workspaceFolders: string[] = [];
let pullsConfiguration = false;
const dictionaries = new DictionaryStore();
let refreshesViews = false;
const largeFiles = new LargeFileNotices();

/** How long a request waits for its document's model; a hover answered later is of no use. */
const MODEL_WAIT_MS = 1000;
/** Documents whose views (code lenses, semantic tokens, inlay hints) were answered before their model was ready. */
const answeredWithoutModel = new Set<string>();

// Up to this size a version is analysed as soon as it exists: the worker is done (a few
// milliseconds for a long article) by the time typing pauses, so diagnostics come with the
// pause. A larger text is analysed only after the pause, or every keystroke would keep the
// worker busy with versions nobody sees.
const EAGER_ANALYSIS_LIMIT = 512 * 1024;

const scheduler = new DiagnosticsScheduler(
  (uri) => publishDiagnostics(uri).catch((error: unknown) => logError(`Article Lens: diagnostics for ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`)),
  (uri) => {
    const document = documents.get(uri);
    if (document && document.getText().length <= EAGER_ANALYSIS_LIMIT) void models.findingsFor(document);
  },
);

async function publishDiagnostics(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  // Superseded or closed meanwhile: the run scheduled by that change publishes instead.
  const current = () => documents.get(uri) === document && document.version === version;
  const findings = await models.findingsFor(document);
  if (!findings || !current()) return;
  const notice = largeFiles.noticeFor(uri, document.getText(), models.currentSettings.maxFileSize);
  // A plain notification: a message request would need an answer some clients never give.
  if (notice) void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: notice });
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnostics(document, findings).slice(0, MAX_PUBLISHED_DIAGNOSTICS) });
  const model = await models.modelFor(document);
  if (!model || !current()) return;
  // Open articles are indexed from the editor's text, which may be newer than the file.
  workspaceIndex.recordOpen(document, model);
  void connection.sendNotification(AnalyzedNotification.method, { uri, version: document.version });
  if (answeredWithoutModel.delete(uri)) refreshViews();
}

connection.onInitialize((params): InitializeResult => {
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = workspaceFolderPaths(params.workspaceFolders, params.rootUri);
  dictionaries.setFolders(workspaceFolders);
  refreshesViews = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      completionProvider: {},
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'Article Lens' },
  };
});

connection.onInitialized(async () => {
  reloadDictionaries();
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleLens' });
    await refreshSettings();
  } else {
    void reindexWorkspace();
  }
});

function reindexWorkspace(): Promise<void> {
  const { files, maxFileSize } = models.currentSettings;
  return workspaceIndex.rebuild(workspaceFolders, files, maxFileSize);
}

async function refreshSettings(pushed?: unknown): Promise<void> {
  const raw = pullsConfiguration ? await connection.workspace.getConfiguration('articleLens') : pushed;
  const { settings, problems } = parseSettings(raw);
  // A notification, not a request: a client that never answers message requests must not stall or crash us.
  for (const problem of problems) void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Article Lens: ${problem}` });
  models.updateSettings(settings);
  for (const document of documents.all()) scheduler.now(document.uri);
  refreshViews();
  void reindexWorkspace();
}

connection.onDidChangeConfiguration((change) => refreshSettings((change.settings as { articleLens?: unknown } | undefined)?.articleLens));

documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  models.forget(event.document.uri);
  answeredWithoutModel.delete(event.document.uri);
  workspaceIndex.closed(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** Runs a feature on the model of the document's current version, once it is ready (or not: null). */
async function withModel<T>(uri: string, feature: (document: TextDocument, model: ArticleModel) => T): Promise<T | null> {
  const document = documents.get(uri);
  if (!document) return null;
  const version = document.version;
  const model = await models.modelFor(document, MODEL_WAIT_MS);
  if (!model) answeredWithoutModel.add(uri);
  // The editor's document changes in place: a model of an older version would misplace everything.
  return model && document.version === version ? feature(document, model) : null;
}

connection.onHover(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => hover(d, m, position)));
connection.onDocumentSymbol(({ textDocument }) => withModel(textDocument.uri, documentSymbols));
connection.onCodeAction((params) => withModel(params.textDocument.uri, (d, m) => codeActions(d, m, params)));
connection.onDefinition(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => definition(d, m, position)));
connection.onReferences(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => references(d, m, position)));
connection.onDocumentHighlight(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => documentHighlights(d, m, position)));
connection.onPrepareRename(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => prepareRename(d, m, position)));
connection.onRenameRequest(({ textDocument, position, newName }) => withModel(textDocument.uri, (d, m) => rename(d, m, position, newName)));
connection.onCompletion(({ textDocument, position }) =>
  withModel(textDocument.uri, (d, m) => completion(d, m, position, workspaceIndex.actors().map((a) => ({ ...a, detail: a.role ?? a.kind })))),
);
connection.languages.inlayHint.on(({ textDocument, range }) =>
  models.currentSettings.dateInlayHints ? withModel(textDocument.uri, (d, m) => inlayHints(d, m, range)) : [],
);
connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(workspaceIndex.actors(), query));

onCustomRequest(EntitiesRequest, ({ textDocument, sort }) => withModel(textDocument.uri, (d, m) => entities(d, m, sort)));
onCustomRequest(TimelineRequest, ({ textDocument }) => withModel(textDocument.uri, timeline));
onCustomRequest(MentionsRequest, (params) => withModel(params.textDocument.uri, (d, m) => actorMentions(d, m, params)));
connection.languages.semanticTokens.on(async ({ textDocument }) => (await withModel(textDocument.uri, semanticTokens)) ?? { data: [] });
connection.onCodeLens(({ textDocument }) => (models.currentSettings.codeLens ? withModel(textDocument.uri, codeLenses) : null));
onCustomRequest(ExportRequest, async (params) => {
  const articles = new Map<string, ReturnType<ArticleSource>>();
  for (const uri of params.uris) articles.set(uri, await articleToExport(uri));
  return exportArticles(params, (uri) => articles.get(uri)!, exportLabel);
});
onCustomRequest(DictionaryEditRequest, ({ textDocument, action }) => {
  const folder = dictionaries.folderFor(textDocument.uri);
  if (folder === null) return { uri: '', exists: false, content: '', edits: [], refusal: 'Open a folder or workspace to keep a dictionary.' };
  const uri = dictionaries.fileUri(folder);
  const text = readDictionaryText(folder);
  const edit = dictionaryEdit(text, action);
  const current = TextDocument.create(uri, 'json', 0, text ?? '');
  return { uri, exists: text !== null, content: edit.content, edits: edit.edits.map((e) => ({ range: toRange(current, e), newText: e.newText })), refusal: edit.refusal };
});
connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((change) => change.uri.endsWith(`/${DICTIONARY_FILE_NAME}`))) reloadDictionaries();
});

/** Custom requests are registered by method name: the server's copy of vscode-jsonrpc is not the protocol module's. */
function onCustomRequest<P, R>(type: RequestType<P, R, void>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(type.method, (params: P) => handler(params) as unknown);
}

/** An open document as the editor has it, else the file on disk. */
async function articleToExport(uri: string): Promise<ReturnType<ArticleSource>> {
  const open = documents.get(uri);
  const read = open ? { ok: true as const, text: open.getText() } : uri.startsWith('file:') ? readArticleFile(fileURLToPath(uri)) : { ok: false as const, error: `${uri}: not a file` };
  if (!read.ok) return read;
  const model = await (open ? models.modelFor(open) : models.analyzeText(read.text));
  return model ? { ok: true, text: read.text, model } : { ok: false, error: `${uri}: changed or could not be analysed while exporting` };
}

/** Reads the workspace dictionaries, reports problems on their files and re-analyses open articles. */
function reloadDictionaries(): void {
  const { dictionary, files } = dictionaries.reload();
  for (const file of files) {
    const document = TextDocument.create(file.uri, 'json', 0, file.text ?? '');
    const problems = file.problems.map((p) => ({ range: toRange(document, p), message: p.message, severity: p.severity === 'error' ? 1 : 2, source: 'Article Lens' } as const));
    void connection.sendDiagnostics({ uri: file.uri, diagnostics: problems });
  }
  if (JSON.stringify(dictionary) === JSON.stringify(models.currentDictionary)) return;
  models.updateDictionary(dictionary);
  for (const document of documents.all()) scheduler.now(document.uri);
  refreshViews();
}

/** Code lenses, semantic tokens and inlay hints depend on settings and the dictionary, not only on the text. */
function refreshViews(): void {
  if (!refreshesViews) return;
  void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  void connection.languages.semanticTokens.refresh().catch(() => undefined);
  void connection.languages.inlayHint.refresh().catch(() => undefined);
}

/** Exported articles are named by their path in the workspace, like the CLI names them by the path it was given. */
function exportLabel(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  const path = fileURLToPath(uri);
  const folder = workspaceFolders.find((f) => !relative(f, path).startsWith('..'));
  return folder ? relative(folder, path) : path;
}

function workspaceFolderPaths(folders: { uri: string }[] | null | undefined, rootUri: string | null): string[] {
  const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

documents.listen(connection);
connection.listen();
