import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { itemsAt, type ItemAt } from '../analysis/query';
import { toOffset, toRange } from '../positions';
import { describeQuotation } from './hover/quotation';
import { describeActor } from './hover/actor';
import { describeDate, describeDeadline } from './hover/date';
import { describeClaim } from './hover/claim';

/** Markdown for the most specific item under the cursor. */
function describe(document: TextDocument, model: ArticleModel, item: ItemAt): string | null {
  switch (item.kind) {
    case 'mention':
      return describeActor(document, model, item.actor);
    case 'date':
      return describeDate(model, item.date);
    case 'deadline':
      return describeDeadline(model, item.deadline);
    case 'claim':
      return describeClaim(model, item.claim);
    case 'quotation':
      return describeQuotation(document.getText(), item.quotation);
  }
}

export function hover(document: TextDocument, model: ArticleModel, position: Position): Hover | null {
  const offset = toOffset(document, position);
  for (const item of itemsAt(model, offset)) {
    const markdown = describe(document, model, item);
    if (markdown) return { contents: { kind: 'markdown', value: markdown }, range: toRange(document, item.span) };
  }
  return null;
}
