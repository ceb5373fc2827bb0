import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { mentionAt } from '../analysis/query';
import { toOffset, toRange } from '../positions';

export function documentHighlights(document: TextDocument, model: ArticleModel, position: Position): DocumentHighlight[] {
  const found = mentionAt(model, toOffset(document, position));
  if (!found) return [];
  return found.actor.mentions.map((mention) => ({ range: toRange(document, mention), kind: DocumentHighlightKind.Text }));
}
