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
import { ArticleModels } from './documents';
import { parseSettings } from './settings';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { diagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { documentSymbols } from './features/document-symbols';
import { codeActions } from './features/code-actions';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const models = new ArticleModels();
let pullsConfiguration = false;

const scheduler = new DiagnosticsScheduler((uri) => {
  const document = documents.get(uri);
  if (document) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnostics(document, models.get(document)) });
});

connection.onInitialize((params): InitializeResult => {
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'Article Lens' },
  };
});

connection.onInitialized(async () => {
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleLens' });
    await refreshSettings();
  }
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  const raw = pullsConfiguration ? await connection.workspace.getConfiguration('articleLens') : pushed;
  const { settings, problems } = parseSettings(raw);
  for (const problem of problems) void connection.window.showWarningMessage(`Article Lens: ${problem}`);
  models.updateSettings(settings);
  for (const document of documents.all()) scheduler.now(document.uri);
}

connection.onDidChangeConfiguration((change) => refreshSettings((change.settings as { articleLens?: unknown } | undefined)?.articleLens));

documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  models.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

function withModel<T>(uri: string, feature: (document: TextDocument, model: ReturnType<ArticleModels['get']>) => T): T | null {
  const document = documents.get(uri);
  return document ? feature(document, models.get(document)) : null;
}

connection.onHover(({ textDocument, position }) => withModel(textDocument.uri, (d, m) => hover(d, m, position)));
connection.onDocumentSymbol(({ textDocument }) => withModel(textDocument.uri, documentSymbols));
connection.onCodeAction((params) => withModel(params.textDocument.uri, (d, m) => codeActions(d, m, params)));

documents.listen(connection);
connection.listen();
