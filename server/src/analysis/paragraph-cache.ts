import type { Span } from './model';

/** A stage's result for one key, and the latest analysis that used it. */
interface Entry {
  value: unknown;
  usedIn: number;
}

/** One stage's results by key (a paragraph's text), and how many of them the latest analysis used. */
interface Stage {
  entries: Map<string, Entry>;
  usedInLatest: number;
}

/**
 * Memoizes per-paragraph work across analyses of successive versions of one document, so an
 * edit re-analyses only the paragraphs it changed. Results must not depend on anything but the
 * key (store offsets relative to the paragraph). Pass each paragraph's text as one string to
 * every stage (TextContext.paragraphTexts): a string's hash is computed once per string. Results a
 * stage did not use in the latest analysis are dropped when they come to outnumber those it
 * used, which bounds memory to about two versions of the document.
 */
export class ParagraphCache {
  // A map per stage, not one per key, saves allocating a map for each of the tens of thousands
  // of keys a large document has. A result used again is stamped in place, not moved to a map of
  // the new analysis's results: after a keystroke nearly every result is used again.
  private readonly stages = new Map<string, Stage>();
  private generation = 0;

  // What document-wide stages keep from the latest analysis; they check themselves whether it still holds.
  private readonly latest = new Map<string, unknown>();

  /** Call once at the start of each analysis. */
  startGeneration(): void {
    for (const [name, stage] of this.stages) {
      // Each sweep removes at least as many results as it keeps, so its cost is covered by the
      // results it removes, each of which was computed once.
      if (stage.usedInLatest === 0) this.stages.delete(name);
      else if (stage.usedInLatest * 2 < stage.entries.size) {
        for (const [key, entry] of stage.entries) if (entry.usedIn !== this.generation) stage.entries.delete(key);
      }
      stage.usedInLatest = 0;
    }
    this.generation++;
  }

  /**
   * Results are never undefined. A stage that also reads a little beyond its key checks that
   * with `isCurrent`, and a kept result that fails it is computed again.
   */
  get<T>(stageName: string, key: string, compute: () => T, isCurrent?: (kept: T) => boolean): T {
    let stage = this.stages.get(stageName);
    if (!stage) this.stages.set(stageName, (stage = { entries: new Map(), usedInLatest: 0 }));
    const entry = stage.entries.get(key);
    if (!entry) {
      const value = compute();
      stage.entries.set(key, { value, usedIn: this.generation });
      stage.usedInLatest++;
      return value;
    }
    if (entry.usedIn !== this.generation) {
      entry.usedIn = this.generation;
      stage.usedInLatest++;
    }
    if (isCurrent && !isCurrent(entry.value as T)) entry.value = compute();
    return entry.value as T;
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
