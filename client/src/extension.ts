import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'article';
let client: LanguageClient | undefined;

/** Documents the server analyses: the `article` language, plus plain-text files matching `articleLens.files`. */
function documentSelector(): LanguageClientOptions['documentSelector'] {
  const patterns = vscode.workspace.getConfiguration('articleLens').get<string[]>('files', []);
  return [
    { language: LANGUAGE_ID },
    ...patterns.filter((p) => typeof p === 'string' && p.trim() !== '').map((pattern) => ({ language: 'plaintext', pattern })),
  ];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'articleLens' },
    diagnosticCollectionName: 'article-lens',
  };
  return new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);
}

async function annotateFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Article Lens: open a text file to annotate it.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(vscode.commands.registerCommand('articleLens.annotateFile', annotateFile));
  client = createClient(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('articleLens.files') || !client) return;
      // The document selector is fixed when a client starts; restart to apply new patterns.
      await client.stop();
      client = createClient(context);
      await client.start();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
