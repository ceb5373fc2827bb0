// Pure helpers over the Entities tree data (no `vscode`), so they run under node's test runner.
import type { Position, Range } from 'vscode-languageserver-protocol';
import type { EntityNode, EntitySort } from '../../server/src/protocol';

/** Parent of every node by id, for TreeView.reveal. */
export function parentsOf(roots: readonly EntityNode[]): Map<string, EntityNode> {
  const parents = new Map<string, EntityNode>();
  const walk = (node: EntityNode) => {
    for (const child of node.children ?? []) {
      parents.set(child.id, node);
      walk(child);
    }
  };
  roots.forEach(walk);
  return parents;
}

function contains(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

function size(range: Range): number {
  return (range.end.line - range.start.line) * 1e6 + range.end.character - range.start.character;
}

/**
 * The node to reveal for a cursor position: the one with the smallest range containing it,
 * the deepest of equals (a mention rather than its actor, whose range is the first mention).
 */
export function nodeAt(roots: readonly EntityNode[], position: Position): EntityNode | undefined {
  let best: { node: EntityNode; size: number; depth: number } | undefined;
  const walk = (node: EntityNode, depth: number) => {
    if (node.range && contains(node.range, position)) {
      const candidate = { node, size: size(node.range), depth };
      if (!best || candidate.size < best.size || (candidate.size === best.size && depth > best.depth)) best = candidate;
    }
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return best?.node;
}

const SORT_ORDER: readonly EntitySort[] = ['mentions', 'name', 'appearance'];

export function nextSort(sort: EntitySort): EntitySort {
  return SORT_ORDER[(SORT_ORDER.indexOf(sort) + 1) % SORT_ORDER.length];
}

/** Which range to go to from `position` among an actor's mentions, wrapping around the document. */
export function adjacentRange(ranges: readonly Range[], position: Position, direction: 'next' | 'previous'): Range | undefined {
  if (ranges.length === 0) return undefined;
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  if (direction === 'next') return ranges.find((r) => before(position, r.start)) ?? ranges[0];
  const current = ranges.findIndex((r) => contains(r, position));
  if (current > 0) return ranges[current - 1];
  if (current === 0) return ranges[ranges.length - 1];
  return [...ranges].reverse().find((r) => before(r.end, position) || (r.end.line === position.line && r.end.character === position.character)) ?? ranges[ranges.length - 1];
}
