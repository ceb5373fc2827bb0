import * as vscode from 'vscode';
import type { Range as LspRange } from 'vscode-languageserver-protocol';
import { ExportRequest, MentionsRequest, type EntityNode, type MentionsParams, type MentionsResult } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import { adjacentRange } from './entity-tree';
import type { ArticleLensServer } from './language-client';

/** Which actor a command acts on: a tree node, a code lens's (uri, actor id), or the cursor. */
export type ActorTarget = { uri: vscode.Uri; params: MentionsParams };

export function actorTarget(article: ActiveArticle, arg?: unknown, actorId?: unknown): ActorTarget | undefined {
  if (typeof arg === 'string' && typeof actorId === 'string') return { uri: vscode.Uri.parse(arg), params: { textDocument: { uri: arg }, actorId } };
  const document = article.document;
  if (!document) return undefined;
  const textDocument = { uri: document.uri.toString() };
  const node = arg as EntityNode | undefined;
  if (node?.actorId) return { uri: document.uri, params: { textDocument, actorId: node.actorId } };
  const editor = article.editor;
  if (!editor) return undefined;
  const { line, character } = editor.selection.active;
  return { uri: document.uri, params: { textDocument, position: { line, character } } };
}

export function registerNavigation(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  const mentionsOf = async (target: ActorTarget | undefined): Promise<MentionsResult | undefined> => {
    const found = target && (await server.request(MentionsRequest, target.params));
    if (!found) void vscode.window.setStatusBarMessage('Article Lens: no person, organization or place under the cursor', 3000);
    return found ?? undefined;
  };

  const step = (direction: 'next' | 'previous') => async () => {
    const editor = article.editor;
    if (!editor) return;
    const found = await mentionsOf(actorTarget(article));
    const { line, character } = editor.selection.active;
    const range = found && adjacentRange(found.ranges, { line, character }, direction);
    if (!found || !range) return;
    const target = server.asRange(range);
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const index = found.ranges.indexOf(range) + 1;
    void vscode.window.setStatusBarMessage(`${found.name}: mention ${index} of ${found.ranges.length}`, 2500);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.revealRange', (uri: string, range: LspRange) => article.reveal(vscode.Uri.parse(uri), server.asRange(range))),
    vscode.commands.registerCommand('articleLens.nextMention', step('next')),
    vscode.commands.registerCommand('articleLens.previousMention', step('previous')),
    vscode.commands.registerCommand('articleLens.showMentions', async (arg?: unknown, actorId?: unknown) => {
      const target = actorTarget(article, arg, actorId);
      const found = await mentionsOf(target);
      if (!target || !found || found.ranges.length === 0) return;
      const locations = found.ranges.map((r) => new vscode.Location(target.uri, server.asRange(r)));
      await vscode.commands.executeCommand('editor.action.showReferences', target.uri, locations[0].range.start, locations);
    }),
    vscode.commands.registerCommand('articleLens.renameActor', async (node?: EntityNode) => {
      const found = await mentionsOf(actorTarget(article, node));
      const target = actorTarget(article, node);
      if (!found || !target) return;
      // Put the cursor on a mention so the server's rename knows the actor, then start an ordinary rename.
      await article.reveal(target.uri, server.asRange(found.ranges[0]));
      await vscode.commands.executeCommand('editor.action.rename');
    }),
    vscode.commands.registerCommand('articleLens.copyAnnotations', async () => {
      const document = article.document;
      if (!document) return void vscode.window.showInformationMessage('Article Lens: open an article to copy its annotations.');
      const result = await server.request(ExportRequest, { uris: [document.uri.toString()], format: 'json' });
      if (!result || result.exported === 0) return void vscode.window.showWarningMessage('Article Lens: the annotations could not be exported.');
      await vscode.env.clipboard.writeText(result.content);
      void vscode.window.setStatusBarMessage('Article Lens: annotations copied as JSON', 2500);
    }),
  );
}
