/** Typing pauses shorter than this do not trigger a new analysis. */
export const TYPING_DEBOUNCE_MS = 120;

/**
 * Publishes diagnostics promptly for a newly opened document and debounced while typing; a
 * newer change cancels the pending run for that document. Even a prompt run waits for the
 * next turn of the event loop, so requests already received (a hover) are answered first.
 * `prepare` hears of every change at once: the work behind the diagnostics may start while
 * their publishing waits for a pause in typing.
 */
export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Set<string>();

  constructor(
    private readonly publish: (uri: string) => void,
    private readonly prepare: (uri: string) => void = () => {},
  ) {}

  /** After a change: promptly the first time, debounced afterwards. */
  changed(uri: string): void {
    this.prepare(uri);
    if (this.published.has(uri)) this.schedule(uri, TYPING_DEBOUNCE_MS);
    else this.now(uri);
  }

  now(uri: string): void {
    this.published.add(uri);
    this.schedule(uri, 0);
  }

  private schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.publish(uri);
      }, delayMs),
    );
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
