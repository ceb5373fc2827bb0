// The one place that turns analysis spans (UTF-16 offsets) into LSP positions and ranges.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './analysis/model';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toPosition(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** 1-based line of an offset, as people count lines. */
export function lineNumberAt(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
