// The Article Lens language server. Started by the VS Code client over IPC, or by any LSP
// client with `node dist/server.js --stdio`.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { ArticleModels } from './documents';
import { parseSettings } from './settings';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { diagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { documentSymbols } from './features/document-symbols';
import { codeActions } from './features/code-actions';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentHighlights } from './features/document-highlight';
import { prepareRename, rename } from './features/rename';
import { completion } from './features/completion';
import { workspaceSymbols } from './features/workspace-symbols';
import { WorkspaceIndex } from './workspace-index';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const models = new ArticleModels();
const workspaceIndex = new WorkspaceIndex();
let workspaceFolders: string[] = [];
let pullsConfiguration = false;

const scheduler = new DiagnosticsScheduler((uri) => {
  const document = documents.get(uri);
  if (!document) return;
  const model = models.get(document);
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnostics(document, model) });
  // Open articles are indexed from the editor's text, which may be newer than the file.
  workspaceIndex.recordOpen(document, model);
});

connection.onInitialize((params): InitializeResult => {
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = workspaceFolderPaths(params.workspaceFolders, params.rootUri);
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
    },
    serverInfo: { name: 'Article Lens' },
  };
});

connection.onInitialized(async () => {
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleLens' });
    await refreshSettings();
  } else {
    void reindexWorkspace();
  }
});

function reindexWorkspace(): Promise<void> {
  const { files, referenceDate } = models.currentSettings;
  return workspaceIndex.rebuild(workspaceFolders, files, referenceDate);
}

async function refreshSettings(pushed?: unknown): Promise<void> {
  const raw = pullsConfiguration ? await connection.workspace.getConfiguration('articleLens') : pushed;
  const { settings, problems } = parseSettings(raw);
  for (const problem of problems) void connection.window.showWarningMessage(`Article Lens: ${problem}`);
  models.updateSettings(settings);
  for (const document of documents.all()) scheduler.now(document.uri);
  void reindexWorkspace();
}

connection.onDidChangeConfiguration((change) => refreshSettings((change.settings as { articleLens?: unknown } | undefined)?.articleLens));

documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  models.forget(event.document.uri);
  workspaceIndex.closed(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

function withModel<T>(uri: string, feature: (document: TextDocument, model: ReturnType<ArticleModels['get']>) => T): T | null {
  const document = documents.get(uri);
  return document ? feature(document, models.get(document)) : null;
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
connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(workspaceIndex.actors(), query));

function workspaceFolderPaths(folders: { uri: string }[] | null | undefined, rootUri: string | null): string[] {
  const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

documents.listen(connection);
connection.listen();
