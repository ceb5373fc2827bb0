import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportRequest, type ExportFormat } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import { documentSelector, type ArticleLensServer } from './language-client';

const FORMATS: { format: ExportFormat; label: string; detail: string; extension: string }[] = [
  { format: 'json', label: 'JSON', detail: 'the CLI’s export format: one array of articles', extension: 'json' },
  { format: 'jsonl', label: 'JSON Lines', detail: 'one article per line', extension: 'jsonl' },
  { format: 'csv', label: 'CSV', detail: 'one row per mention, date, deadline, claim and diagnostic', extension: 'csv' },
  { format: 'ann', label: 'brat standoff (.ann)', detail: 'one .ann file per article, for the brat annotation tool', extension: 'ann' },
];

/** Article files in the workspace: `*.article` and the plain-text patterns of `articleLens.files`. */
async function workspaceArticles(): Promise<vscode.Uri[]> {
  const patterns = ['**/*.article', ...documentSelector().flatMap((f) => (typeof f.pattern === 'string' ? [f.pattern] : []))];
  const found = await Promise.all(patterns.map((p) => vscode.workspace.findFiles(p, '**/node_modules/**')));
  const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
  return [...unique.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writing never silently replaces a file: existing targets need an explicit yes. */
async function confirmOverwrite(targets: vscode.Uri[]): Promise<boolean> {
  const existing = (await Promise.all(targets.map(async (t) => ((await exists(t)) ? t : null)))).filter((t): t is vscode.Uri => t !== null);
  if (existing.length === 0) return true;
  const what = existing.length === 1 ? `${path.basename(existing[0].fsPath)} already exists.` : `${existing.length} of the files already exist.`;
  const answer = await vscode.window.showWarningMessage(`${what} Replace ${existing.length === 1 ? 'it' : 'them'}?`, { modal: true }, 'Replace');
  return answer === 'Replace';
}

export function registerExport(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.exportAnnotations', async () => {
      const current = article.document;
      const scope = await vscode.window.showQuickPick(
        [
          ...(current ? [{ label: 'This article', description: vscode.workspace.asRelativePath(current.uri), whole: false }] : []),
          { label: 'All articles in the workspace', description: '', whole: true },
        ],
        { title: 'Export annotations of' },
      );
      if (!scope) return;
      const choice = await vscode.window.showQuickPick(FORMATS, { title: 'Export format' });
      if (!choice) return;
      const uris = scope.whole ? await workspaceArticles() : [current!.uri];
      if (uris.length === 0) return void vscode.window.showInformationMessage('Article Lens: no article files in the workspace.');
      const result = await server.request(ExportRequest, { uris: uris.map((u) => u.toString()), format: choice.format });
      if (!result) return void vscode.window.showErrorMessage('Article Lens: the language server is not running.');

      let targets: { uri: vscode.Uri; content: string }[];
      if (choice.format === 'ann') {
        const annFor = (uri: vscode.Uri, folder: vscode.Uri) => vscode.Uri.joinPath(folder, `${path.basename(uri.fsPath, path.extname(uri.fsPath))}.ann`);
        if (result.perArticle.length === 1) {
          const only = vscode.Uri.parse(result.perArticle[0].uri);
          const target = await vscode.window.showSaveDialog({ defaultUri: annFor(only, vscode.Uri.joinPath(only, '..')), filters: { 'brat standoff': ['ann'] } });
          if (!target) return;
          targets = [{ uri: target, content: result.perArticle[0].content }];
        } else {
          const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' });
          if (!folder?.[0]) return;
          targets = result.perArticle.map((a) => ({ uri: annFor(vscode.Uri.parse(a.uri), folder[0]), content: a.content }));
        }
      } else {
        const base = scope.whole ? 'annotations' : path.basename(current!.uri.fsPath, path.extname(current!.uri.fsPath));
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? (current && vscode.Uri.joinPath(current.uri, '..'));
        const defaultUri = folder && vscode.Uri.joinPath(folder, `${base}.annotations.${choice.extension}`);
        const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [choice.label]: [choice.extension] } });
        if (!target) return;
        targets = [{ uri: target, content: result.content }];
      }
      if (!(await confirmOverwrite(targets.map((t) => t.uri)))) return;
      for (const target of targets) await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(target.content));
      const failed = result.failures.length > 0 ? ` ${result.failures.length} could not be read: ${result.failures.map((f) => f.reason).join('; ')}` : '';
      void vscode.window.showInformationMessage(`Article Lens: exported ${result.exported} article${result.exported === 1 ? '' : 's'} as ${choice.label}.${failed}`);
    }),
  );
}
