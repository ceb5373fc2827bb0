import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { itemsAt, type ItemAt } from '../analysis/query';
import { toOffset, toRange } from '../positions';
import { describeQuotation } from './hover/quotation';

/** Markdown for the most specific item under the cursor. */
function describe(text: string, _model: ArticleModel, item: ItemAt): string | null {
  switch (item.kind) {
    case 'quotation':
      return describeQuotation(text, item.quotation);
    default:
      return null;
  }
}

export function hover(document: TextDocument, model: ArticleModel, position: Position): Hover | null {
  const offset = toOffset(document, position);
  const text = document.getText();
  for (const item of itemsAt(model, offset)) {
    const markdown = describe(text, model, item);
    if (markdown) return { contents: { kind: 'markdown', value: markdown }, range: toRange(document, item.span) };
  }
  return null;
}
