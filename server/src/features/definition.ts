import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { introducingMention, mentionAt } from '../analysis/query';
import { toOffset, toRange } from '../positions';

/** Go to definition: where the actor under the cursor is first named in full. */
export function definition(document: TextDocument, model: ArticleModel, position: Position): Location | null {
  const found = mentionAt(model, toOffset(document, position));
  return found ? { uri: document.uri, range: toRange(document, introducingMention(found.actor)) } : null;
}
