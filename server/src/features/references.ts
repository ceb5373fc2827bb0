import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { mentionAt } from '../analysis/query';
import { toOffset, toRange } from '../positions';

/** Every mention of the actor under the cursor, whatever alias or spelling it uses. */
export function references(document: TextDocument, model: ArticleModel, position: Position): Location[] {
  const found = mentionAt(model, toOffset(document, position));
  return found ? found.actor.mentions.map((mention) => ({ uri: document.uri, range: toRange(document, mention) })) : [];
}
