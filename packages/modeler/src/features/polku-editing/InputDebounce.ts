/** A debounced function that can be run now. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
  cancel(): void;
}

/**
 * The properties panel's `debounceInput`, with one addition: `flush()` runs every edit still
 * waiting for its delay. Saving, "Try it" and leaving the page call it, so the last keystrokes
 * before Ctrl+S are in the saved file.
 */
export default class InputDebounce {
  static $inject = ['config.debounceInput'];

  private readonly delay: number;
  private readonly pending = new Set<{ flush(): void }>();

  constructor(delay: number | undefined) {
    this.delay = typeof delay === 'number' ? delay : 300;
  }

  /** Debounces `fn` by the configured delay (default 300 ms). */
  debounce = <A extends unknown[]>(fn: (...args: A) => unknown): Debounced<A> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: A | undefined;
    const pending = this.pending;
    const run = () => {
      clearTimeout(timer);
      timer = undefined;
      pending.delete(debounced);
      if (last) fn(...last);
    };
    const debounced = Object.assign(
      (...args: A) => {
        last = args;
        clearTimeout(timer);
        timer = setTimeout(run, this.delay);
        pending.add(debounced);
      },
      {
        flush: () => {
          if (timer !== undefined) run();
        },
        cancel: () => {
          clearTimeout(timer);
          timer = undefined;
          pending.delete(debounced);
        },
      },
    );
    return debounced;
  };

  /** Runs every waiting edit now. */
  flush(): void {
    // Each flush removes itself from the set; a Set iterates safely past deletions.
    for (const debounced of this.pending) debounced.flush();
  }
}
