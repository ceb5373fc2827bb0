import type { Span } from './model';

/**
 * Memoizes per-paragraph work across analyses of successive versions of one document, so an
 * edit re-analyses only the paragraphs it changed. Results must not depend on anything but the
 * key (store offsets relative to the paragraph). Pass each paragraph's text as one string to
 * every stage (TextContext.paragraphTexts): a string's hash is computed once per string. Results a
 * stage did not use in the latest analysis are dropped when the next one starts, which bounds
 * memory to about two versions of the document.
 */
export class ParagraphCache {
  // Stage → key (a paragraph's text) → result. A key's hash is computed once per string, so each
  // stage's lookup of a long key costs little; a map per stage, not one per key, saves allocating
  // a map for each of the tens of thousands of keys a large document has.
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();

  // What document-wide stages keep from the latest analysis; they check themselves whether it still holds.
  private readonly latest = new Map<string, unknown>();

  /** Call once at the start of each analysis. */
  startGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /**
   * Results are never undefined. A stage that also reads a little beyond its key checks that
   * with `isCurrent`, and a kept result that fails it is computed again.
   */
  get<T>(stage: string, key: string, compute: () => T, isCurrent?: (kept: T) => boolean): T {
    let results = this.current.get(stage) as Map<string, T> | undefined;
    if (!results) this.current.set(stage, (results = new Map()));
    let value = results.get(key);
    const usedThisGeneration = value !== undefined;
    if (!usedThisGeneration) value = (this.previous.get(stage) as Map<string, T> | undefined)?.get(key);
    if (value === undefined || (isCurrent && !isCurrent(value))) results.set(key, (value = compute()));
    else if (!usedThisGeneration) results.set(key, value);
    return value;
  }

  /** What a document-wide stage kept in an earlier analysis of this document, if anything. */
  kept<T>(stage: string): T | undefined {
    return this.latest.get(stage) as T | undefined;
  }

  keep<T>(stage: string, value: T): void {
    this.latest.set(stage, value);
  }
}

/** An analysis's paragraphs, as document-wide stages keep them for the next analysis (ParagraphCache.keep). */
export interface ParagraphLayout {
  paragraphs: readonly Span[];
  paragraphTexts: readonly string[];
}

/**
 * The paragraphs an edit left alone: how many at the start are the latest analysis's (the same
 * text at the same offsets), and then how many at the end have the text they had there (moved,
 * perhaps). Unchanged paragraphs keep their text's string, so most comparisons are by reference.
 */
export function paragraphsLeftAlone(now: ParagraphLayout, latest: ParagraphLayout | undefined): { leading: number; trailing: number } {
  let leading = 0;
  let trailing = 0;
  if (!latest) return { leading, trailing };
  const count = now.paragraphs.length;
  const latestCount = latest.paragraphs.length;
  const most = Math.min(count, latestCount);
  while (leading < most && now.paragraphTexts[leading] === latest.paragraphTexts[leading] && now.paragraphs[leading].start === latest.paragraphs[leading].start) leading++;
  while (leading + trailing < most && now.paragraphTexts[count - 1 - trailing] === latest.paragraphTexts[latestCount - 1 - trailing]) trailing++;
  return { leading, trailing };
}
