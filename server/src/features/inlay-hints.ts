import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { WEEKDAY_NAMES, weekdayOf } from '../analysis/time/calendar';
import { dayOf } from '../analysis/time/resolve';
import { toPosition, toSpan } from '../positions';

// Dates written in full need no hint; only those the reader must work out.
const WRITTEN_IN_FULL = /^(?:a full date as written|a year as written|month and year as written|a decade|a length of time|a repeating time|a quarter of a year as written|a season as written)$/;

/** `Friday ‹Fri 2025-08-08›` after every relative date in the range. */
export function inlayHints(document: TextDocument, model: ArticleModel, range: Range): InlayHint[] {
  const visible = toSpan(document, range);
  return model.dates
    .filter((date) => date.end >= visible.start && date.start <= visible.end && date.value !== null && !WRITTEN_IN_FULL.test(date.resolution))
    .map((date) => {
      const day = dayOf(date.value);
      const label = day ? `${WEEKDAY_NAMES[weekdayOf(day)].slice(0, 3)} ${date.value}` : date.value!;
      return { position: toPosition(document, date.end), label: `‹${label}›`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `Resolved as ${date.resolution}` };
    });
}
