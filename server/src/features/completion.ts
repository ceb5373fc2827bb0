import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActorKind, ArticleModel } from '../analysis/model';
import { toOffset, toRange } from '../positions';

const MIN_PREFIX = 2;
const ITEM_KINDS: Record<ActorKind, CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  organization: CompletionItemKind.Module,
  place: CompletionItemKind.Folder,
};

export interface KnownActor {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  detail: string;
}

/** Typing two or more letters of a known actor (this article's, then the workspace's) offers its canonical spelling. */
export function completion(document: TextDocument, model: ArticleModel, position: Position, workspaceActors: readonly KnownActor[]): CompletionItem[] {
  const offset = toOffset(document, position);
  const text = document.getText();
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}'’.-]/u.test(text[start - 1])) start--;
  const prefix = text.slice(start, offset).toLowerCase();
  if (prefix.length < MIN_PREFIX) return [];
  const known: KnownActor[] = [
    ...model.actors.map((a) => ({ name: a.name, kind: a.kind, aliases: a.aliases, detail: a.roles[0] ?? `${a.mentions.length} mentions in this article` })),
    ...workspaceActors,
  ];
  const items = new Map<string, CompletionItem>();
  for (const actor of known) {
    const matches = [actor.name, ...actor.aliases].some((form) => form.toLowerCase().startsWith(prefix) || form.toLowerCase().split(/\s+/).some((w) => w.startsWith(prefix)));
    if (!matches || items.has(actor.name)) continue;
    items.set(actor.name, {
      label: actor.name,
      kind: ITEM_KINDS[actor.kind],
      detail: actor.detail,
      textEdit: { range: toRange(document, { start, end: offset }), newText: actor.name },
      filterText: [actor.name, ...actor.aliases].join(' '),
    });
  }
  return [...items.values()];
}
