import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../analysis/model';
import { SEMANTIC_TOKEN_TYPES, type SemanticTokenType } from '../protocol';
import { toPosition } from '../positions';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

interface Token extends Span {
  type: SemanticTokenType;
}

/**
 * Semantic tokens may neither overlap nor span lines. Kinds are laid down most specific first
 * (names, then deadlines, dates and speakers, then quotations), each clipped to the gaps the
 * earlier ones left, so a name inside a quotation stays a name and the quote colours the rest.
 */
export function semanticTokens(document: TextDocument, model: ArticleModel): SemanticTokens {
  const layers: Token[][] = [
    model.actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, type: actor.kind }))),
    model.deadlines.map((d) => ({ start: d.start, end: d.end, type: 'deadline' as const })),
    model.dates.map((d) => ({ start: d.start, end: d.end, type: 'date' as const })),
    model.claims.flatMap((c) => (c.speakerSpan ? [{ ...c.speakerSpan, type: 'speaker' as const }] : [])),
    model.quotations.map((q) => ({ start: q.start, end: q.end, type: 'quote' as const })),
  ];
  const placed: Token[] = [];
  for (const layer of layers) for (const token of layer) placeInGaps(placed, token);
  return { data: encode(document, placed) };
}

/** Inserts the parts of `token` that no placed token covers, keeping `placed` sorted and disjoint. */
function placeInGaps(placed: Token[], token: Token): void {
  if (token.end <= token.start) return;
  let index = firstEndingAfter(placed, token.start);
  let cursor = token.start;
  const pieces: Token[] = [];
  for (let i = index; i < placed.length && placed[i].start < token.end; i++) {
    if (placed[i].start > cursor) pieces.push({ start: cursor, end: placed[i].start, type: token.type });
    cursor = Math.max(cursor, placed[i].end);
  }
  if (cursor < token.end) pieces.push({ start: cursor, end: token.end, type: token.type });
  for (const piece of pieces) {
    index = firstEndingAfter(placed, piece.start);
    placed.splice(index, 0, piece);
  }
}

function firstEndingAfter(placed: Token[], offset: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (placed[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** LSP's relative encoding: [deltaLine, deltaStartChar, length, type, modifiers] per token, one per line piece. */
function encode(document: TextDocument, tokens: Token[]): number[] {
  const data: number[] = [];
  const text = document.getText();
  let previousLine = 0;
  let previousCharacter = 0;
  const push = (start: number, end: number, type: SemanticTokenType) => {
    if (end <= start) return;
    const { line, character } = toPosition(document, start);
    data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, SEMANTIC_TOKEN_TYPES.indexOf(type), 0);
    previousLine = line;
    previousCharacter = character;
  };
  for (const token of tokens) {
    let start = token.start;
    for (let i = token.start; i < token.end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      push(start, i, token.type);
      start = i + 1;
    }
    push(start, token.end, token.type);
  }
  return data;
}
