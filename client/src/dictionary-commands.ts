import * as vscode from 'vscode';
import { DICTIONARY_FILE_NAME, DictionaryEditRequest, MentionsRequest, type DictionaryAction, type EntityNode } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import { isArticle, type ArticleLensServer } from './language-client';

const KINDS = [
  { label: 'Person', actorKind: 'person' as const },
  { label: 'Organization', actorKind: 'organization' as const },
  { label: 'Place', actorKind: 'place' as const },
];

/**
 * "Add as actor" and "Not an actor": the server says what to change in `.article-lens.json`;
 * the client applies it as an undoable edit and saves, which the server's file watch picks up.
 */
export function registerDictionaryCommands(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  const write = async (document: vscode.TextDocument, action: DictionaryAction) => {
    const answer = await server.request(DictionaryEditRequest, { textDocument: { uri: document.uri.toString() }, action });
    if (!answer) return;
    if (answer.refusal) return void vscode.window.showWarningMessage(`Article Lens: ${answer.refusal}`);
    const uri = vscode.Uri.parse(answer.uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return void vscode.window.showWarningMessage(`Article Lens: save ${DICTIONARY_FILE_NAME} first; it has unsaved changes.`);
    const edit = new vscode.WorkspaceEdit();
    if (!answer.exists) {
      edit.createFile(uri, { ignoreIfExists: false, overwrite: false });
      edit.insert(uri, new vscode.Position(0, 0), answer.content);
    } else {
      for (const change of answer.edits) edit.replace(uri, server.asRange(change.range), change.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return void vscode.window.showErrorMessage(`Article Lens: could not write ${DICTIONARY_FILE_NAME}.`);
    await (await vscode.workspace.openTextDocument(uri)).save();
    const what = action.kind === 'addActor' ? `"${action.name}" added as ${action.actorKind}` : `"${action.name}" marked as not an actor`;
    void vscode.window.setStatusBarMessage(`Article Lens: ${what} in ${DICTIONARY_FILE_NAME}`, 3000);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.addActor', async (name?: unknown) => {
      const editor = article.editor;
      if (!editor) return;
      const selected = typeof name === 'string' ? name : editor.document.getText(editor.selection).trim();
      const actorName = selected || (await vscode.window.showInputBox({ title: 'Add as actor', prompt: 'The name as the article writes it' }));
      if (!actorName) return;
      const kind = await vscode.window.showQuickPick(KINDS, { title: `What is "${actorName}"?` });
      if (kind) await write(editor.document, { kind: 'addActor', name: actorName, actorKind: kind.actorKind });
    }),
    vscode.commands.registerCommand('articleLens.notAnActor', async (arg?: unknown) => {
      const document = article.document;
      if (!document) return;
      let name = typeof arg === 'string' ? arg : (arg as EntityNode | undefined)?.kind === 'actor' ? (arg as EntityNode).label : undefined;
      if (!name && article.editor) {
        const { line, character } = article.editor.selection.active;
        const found = await server.request(MentionsRequest, { textDocument: { uri: document.uri.toString() }, position: { line, character } });
        name = found?.name;
      }
      if (name) await write(document, { kind: 'notActor', name });
    }),
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'article' }, { language: 'plaintext' }],
      {
        async provideCodeActions(document, range) {
          if (!isArticle(document)) return [];
          const { line, character } = range.start;
          const found = await server.request(MentionsRequest, { textDocument: { uri: document.uri.toString() }, position: { line, character } });
          const actions: vscode.CodeAction[] = [];
          if (found) {
            const action = new vscode.CodeAction(`Not an actor: add "${found.name}" to ${DICTIONARY_FILE_NAME}`, vscode.CodeActionKind.QuickFix);
            action.command = { command: 'articleLens.notAnActor', title: action.title, arguments: [found.name] };
            actions.push(action);
          } else if (!range.isEmpty && range.isSingleLine) {
            const text = document.getText(range).trim();
            if (/^\p{Lu}/u.test(text) && text.length <= 80) {
              const action = new vscode.CodeAction(`Add "${text}" as an actor to ${DICTIONARY_FILE_NAME}`, vscode.CodeActionKind.QuickFix);
              action.command = { command: 'articleLens.addActor', title: action.title, arguments: [text] };
              actions.push(action);
            }
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}
