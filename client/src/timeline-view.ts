import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { TimelineRequest, type TimelineResult } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import type { ArticleLensServer } from './language-client';
import { timelineHtml } from './timeline-html';

/** The "Article Timeline" webview: follows the active article; clicking a point selects its words. */
export function registerTimeline(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  let panel: vscode.WebviewPanel | undefined;
  let shown: TimelineResult | null = null;

  const render = async () => {
    if (!panel) return;
    const document = article.document;
    const data = document ? await server.request(TimelineRequest, { textDocument: { uri: document.uri.toString() } }) : null;
    if (!panel) return;
    shown = data ?? null;
    const name = document ? path.basename(document.uri.fsPath || document.uri.path) : '';
    panel.title = name ? `Timeline: ${name}` : 'Article Timeline';
    panel.webview.html = timelineHtml(shown, name, randomBytes(16).toString('base64'), panel.webview.cspSource);
  };

  context.subscriptions.push(
    article.onDidChange(() => void render()),
    vscode.commands.registerCommand('articleLens.showTimeline', () => {
      if (panel) return panel.reveal(vscode.ViewColumn.Beside, true);
      panel = vscode.window.createWebviewPanel('articleLens.timeline', 'Article Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((message: { type?: string; index?: number }) => {
        const point = message.type === 'reveal' && typeof message.index === 'number' ? shown?.points[message.index] : undefined;
        if (point && shown) void article.reveal(vscode.Uri.parse(shown.uri), server.asRange(point.range));
      });
      void render();
    }),
  );
}
