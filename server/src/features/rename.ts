import { ResponseError, ErrorCodes, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { mentionAt } from '../analysis/query';
import { renameEdits } from '../analysis/rename';
import { toOffset, toRange } from '../positions';

/** Only actor mentions can be renamed; anything else is refused with a reason. */
export function prepareRename(document: TextDocument, model: ArticleModel, position: Position): { range: Range; placeholder: string } {
  const found = mentionAt(model, toOffset(document, position));
  if (!found || found.mention.form === 'description') {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Only the name of a person, organization or place can be renamed.');
  }
  return { range: toRange(document, found.mention), placeholder: found.actor.name };
}

export function rename(document: TextDocument, model: ArticleModel, position: Position, newName: string): WorkspaceEdit | null {
  const found = mentionAt(model, toOffset(document, position));
  if (!found) return null;
  if (newName.trim() === '') throw new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
  const edits = renameEdits(found.actor, newName).map((edit) => ({ range: toRange(document, edit), newText: edit.newText }));
  return { changes: { [document.uri]: edits } };
}
