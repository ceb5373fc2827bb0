import * as vscode from 'vscode';
import type { EntitiesResult, EntityNode, EntitySort } from '../../server/src/protocol';
import { EntitiesRequest } from '../../server/src/protocol';
import type { ActiveArticle } from './active-article';
import { nextSort, nodeAt, parentsOf } from './entity-tree';
import type { ArticleLensServer } from './language-client';

const SORT_KEY = 'articleLens.entitySort';
const SORT_LABELS: Record<EntitySort, string> = { mentions: 'by mentions', name: 'by name', appearance: 'in order of appearance' };

const ICONS: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  mention: 'symbol-reference',
  date: 'calendar',
  deadline: 'watch',
  claim: 'quote',
  speaker: 'comment-discussion',
};

/** Maps the server's Entities data to TreeItems; nothing here analyses text. */
class EntitiesProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  data: EntitiesResult | null = null;
  private parents = new Map<string, EntityNode>();

  update(data: EntitiesResult | null): void {
    this.data = data;
    this.parents = parentsOf(data?.roots ?? []);
    this.changed.fire();
  }

  getChildren(node?: EntityNode): EntityNode[] {
    return node ? (node.children ?? []) : (this.data?.roots ?? []);
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const isRoot = !this.parents.has(node.id);
    const expandable = (node.children?.length ?? 0) > 0;
    const item = new vscode.TreeItem(
      node.label,
      !expandable ? vscode.TreeItemCollapsibleState.None : isRoot || node.id.startsWith('actors/') ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    const icon = node.kind === 'actor' || node.kind === 'mention' ? ICONS[node.actorKind ?? 'person'] : ICONS[node.kind];
    if (node.kind !== 'group') item.iconPath = new vscode.ThemeIcon(node.kind === 'mention' ? ICONS.mention : icon);
    item.contextValue = node.actorId && (node.kind === 'actor' || node.kind === 'speaker') ? 'actor' : node.kind;
    if (node.range && this.data) {
      item.command = { command: 'articleLens.revealRange', title: 'Go to', arguments: [this.data.uri, node.range] };
    }
    return item;
  }
}

/** The "Entities" view: follows the active article, refreshes after each analysis, and follows the cursor. */
export function registerEntitiesView(context: vscode.ExtensionContext, server: ArticleLensServer, article: ActiveArticle): void {
  const provider = new EntitiesProvider();
  const view = vscode.window.createTreeView('articleLens.entities', { treeDataProvider: provider, showCollapseAll: true });
  let sort = context.workspaceState.get<EntitySort>(SORT_KEY, 'mentions');
  let generation = 0;

  const refresh = async () => {
    const document = article.document;
    const ticket = ++generation;
    const data = document ? await server.request(EntitiesRequest, { textDocument: { uri: document.uri.toString() }, sort }) : null;
    if (ticket !== generation) return; // a newer refresh started meanwhile
    provider.update(data ?? null);
    view.description = data && document ? `${vscode.workspace.asRelativePath(document.uri)} · ${SORT_LABELS[sort]}` : undefined;
  };

  const revealCursor = (editor: vscode.TextEditor) => {
    const data = provider.data;
    if (!view.visible || !data || editor.document.uri.toString() !== data.uri) return;
    const active = editor.selection.active;
    const node = nodeAt(data.roots, { line: active.line, character: active.character });
    if (node && view.selection[0]?.id !== node.id) void view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };

  context.subscriptions.push(
    view,
    article.onDidChange(() => void refresh()),
    view.onDidChangeVisibility(({ visible }) => visible && void refresh()),
    vscode.window.onDidChangeTextEditorSelection(({ textEditor, kind }) => {
      // Selections made by clicking the tree (kind Command) need no echo back.
      if (kind !== vscode.TextEditorSelectionChangeKind.Command) revealCursor(textEditor);
    }),
    vscode.commands.registerCommand('articleLens.refreshEntities', () => refresh()),
    vscode.commands.registerCommand('articleLens.toggleEntitySort', async () => {
      sort = nextSort(sort);
      await context.workspaceState.update(SORT_KEY, sort);
      await refresh();
    }),
  );
  void refresh();
}
