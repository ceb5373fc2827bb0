import * as vscode from 'vscode';
import { EntitiesRequest, type EntityCounts } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import { documentSelector, type ArticleLensServer } from './language-client';

export function statusText(counts: EntityCounts): string {
  const part = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `Article Lens: ${[part(counts.actors, 'actor'), part(counts.dates, 'date'), part(counts.deadlines, 'deadline'), part(counts.claims, 'claim')].join(' · ')}`;
}

/** The language status item: what the active article holds, and whether the server is starting, ready or failed. */
export function registerStatus(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  const item = vscode.languages.createLanguageStatusItem('articleLens.status', documentSelector());
  item.name = 'Article Lens';
  item.command = { command: 'articleLens.entities.focus', title: 'Show Entities' };
  let generation = 0;

  const update = async () => {
    const ticket = ++generation;
    item.busy = server.state === 'starting';
    item.severity = server.state === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    if (server.state !== 'ready') {
      item.text = `Article Lens: ${server.state === 'error' ? 'error' : server.state}`;
      item.detail = server.error ?? undefined;
      return;
    }
    const document = article.document;
    const data = document && (await server.request(EntitiesRequest, { textDocument: { uri: document.uri.toString() } }));
    if (ticket !== generation) return;
    item.text = data ? statusText(data.counts) : 'Article Lens: ready';
    item.detail = data?.documentDate ? `article date ${data.documentDate}` : 'server ready';
  };

  context.subscriptions.push(
    item,
    article.onDidChange(() => void update()),
    server.onDidChangeState(() => void update()),
    // Text files matched by new patterns show the item too (the server restarts with them).
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('articleLens.files')) item.selector = documentSelector();
    }),
  );
  void update();
}
