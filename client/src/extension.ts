import * as vscode from 'vscode';
import { ActiveArticle } from './active-article';
import { registerDictionaryCommands } from './dictionary-commands';
import { registerEntitiesView } from './entities-view';
import { registerExport } from './export-command';
import { ArticleLensServer, LANGUAGE_ID } from './language-client';
import { registerNavigation } from './navigation';
import { registerStatus } from './status';
import { registerTimeline } from './timeline-view';

async function annotateFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Article Lens: open a text file to annotate it.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

let running: ArticleLensServer | undefined;

/**
 * The language client restarts a crashed server (up to four times in three minutes, then it
 * says so; see restartingErrorHandler); tell the user when it did, since diagnostics and views blink meanwhile. The
 * server never writes to documents, so nothing typed is lost: the client sends open documents again.
 */
function reportRestarts(server: ArticleLensServer): vscode.Disposable {
  let crashed = false;
  return server.onDidChangeState((state) => {
    if (state === 'stopped') crashed = true;
    else if (state === 'ready' && crashed) {
      crashed = false;
      void vscode.window.showWarningMessage('Article Lens: the language server stopped unexpectedly and was restarted. Your text is untouched; annotations are being refreshed.');
    }
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = (running = new ArticleLensServer(context));
  const article = new ActiveArticle(server);
  context.subscriptions.push(
    server,
    article,
    reportRestarts(server),
    vscode.commands.registerCommand('articleLens.annotateFile', annotateFile),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('articleLens.files')) await server.restart();
    }),
  );
  registerEntitiesView(context, server, article);
  registerTimeline(context, server, article);
  registerStatus(context, server, article);
  registerNavigation(context, server, article);
  registerExport(context, server, article);
  registerDictionaryCommands(context, server, article);
  await server.start();
}

export async function deactivate(): Promise<void> {
  await running?.stop();
}
