/**
 * Memoizes per-paragraph work across analyses of successive versions of one document, so an
 * edit re-analyses only the paragraphs it changed. Results must not depend on anything but the
 * key (store offsets relative to the paragraph). Entries not used by the latest analysis are
 * dropped when the next one starts, which bounds memory to about two versions of the document.
 */
export class ParagraphCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  /** Call once at the start of each analysis. */
  startGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get<T>(stage: string, key: string, compute: () => T): T {
    const id = `${stage}\u0000${key}`;
    if (this.current.has(id)) return this.current.get(id) as T;
    const value = this.previous.has(id) ? (this.previous.get(id) as T) : compute();
    this.current.set(id, value);
    return value;
  }

  get size(): number {
    return this.current.size;
  }
}
