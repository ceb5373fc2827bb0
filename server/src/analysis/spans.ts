import type { Span } from './model';

/** Index of the first span starting at or after `offset` in spans sorted by start (or in their sorted run [low, high)). */
export function firstStartingAtOrAfter(sorted: readonly Span[], offset: number, low = 0, high = sorted.length): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans lying wholly inside `outer`, from spans sorted by start. */
export function spansWithin<T extends Span>(sorted: readonly T[], outer: Span): T[] {
  const found: T[] = [];
  firstSpanWithin(sorted, outer, (span) => {
    found.push(span);
    return false;
  });
  return found;
}

/**
 * The first of the spans lying wholly inside `outer` that passes `test`, from spans sorted by start
 * (no list made); `from`, where `outer` starts among them, when a caller has it already.
 */
export function firstSpanWithin<T extends Span>(sorted: readonly T[], outer: Span, test: (span: T) => boolean, from = firstStartingAtOrAfter(sorted, outer.start)): T | undefined {
  for (let i = from; i < sorted.length && sorted[i].start < outer.end; i++) {
    if (sorted[i].end <= outer.end && test(sorted[i])) return sorted[i];
  }
  return undefined;
}

/** The index of the span containing `offset`, from non-overlapping spans sorted by start, or -1. */
export function indexOfSpanContaining(sorted: readonly Span[], offset: number): number {
  const i = firstStartingAtOrAfter(sorted, offset + 1) - 1;
  return i >= 0 && sorted[i].start <= offset && offset < sorted[i].end ? i : -1;
}

/** The span containing `offset`, from non-overlapping spans sorted by start. */
export function spanContaining<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const i = indexOfSpanContaining(sorted, offset);
  return i < 0 ? undefined : sorted[i];
}

/** The first span containing `offset`, from spans sorted by start of which none is longer than `longest`. */
export function firstSpanContaining<T extends Span>(sorted: readonly T[], offset: number, longest: number): T | undefined {
  // A span starting before `offset - longest` ends before `offset`.
  for (let i = firstStartingAtOrAfter(sorted, offset - longest); i < sorted.length && sorted[i].start <= offset; i++) {
    if (offset < sorted[i].end) return sorted[i];
  }
  return undefined;
}

// Past this length the built-in sort's own work counts more than its allocations.
const INSERTION_SORT_LIMIT = 64;

/**
 * Sorts spans by start in place, keeping the order of those that start together (as
 * Array.prototype.sort does). For the short lists of one paragraph, mostly in order already: the
 * built-in sort allocates its work space at every call.
 */
export function sortByStart<T extends Span>(spans: T[]): void {
  if (spans.length > INSERTION_SORT_LIMIT) {
    spans.sort((a, b) => a.start - b.start);
    return;
  }
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    let k = i;
    for (; k > 0 && spans[k - 1].start > span.start; k--) spans[k] = spans[k - 1];
    spans[k] = span;
  }
}
