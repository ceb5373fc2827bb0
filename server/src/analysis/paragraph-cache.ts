/**
 * Memoizes per-paragraph work across analyses of successive versions of one document, so an
 * edit re-analyses only the paragraphs it changed. Results must not depend on anything but the
 * key (store offsets relative to the paragraph). Pass each paragraph's text as one string to
 * every stage (TextContext.paragraphTexts): a string's hash is computed once per string. Entries not used by the latest analysis are
 * dropped when the next one starts, which bounds memory to about two versions of the document.
 */
export class ParagraphCache {
  // One map per stage, keyed by the paragraph text itself: no key strings are built per lookup.
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();

  // What document-wide stages keep from the latest analysis; they check themselves whether it still holds.
  private readonly latest = new Map<string, unknown>();

  /** Call once at the start of each analysis. */
  startGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Results are never undefined; one lookup per generation, as this runs for every paragraph of every analysis. */
  get<T>(stage: string, key: string, compute: () => T): T {
    let entries = this.current.get(stage);
    if (!entries) this.current.set(stage, (entries = new Map()));
    let value = entries.get(key) as T | undefined;
    if (value !== undefined) return value;
    value = (this.previous.get(stage)?.get(key) as T | undefined) ?? compute();
    entries.set(key, value);
    return value;
  }

  /** What a document-wide stage kept in an earlier analysis of this document, if anything. */
  kept<T>(stage: string): T | undefined {
    return this.latest.get(stage) as T | undefined;
  }

  keep<T>(stage: string, value: T): void {
    this.latest.set(stage, value);
  }

  get size(): number {
    let total = 0;
    for (const entries of this.current.values()) total += entries.size;
    return total;
  }
}
