import { malformedNotice, type ReadQuery, readQuery, withParams } from './query';

/**
 * One part of the page that lives in the address: the 2x2 network (`W1`, `W2`, `x`, `t`) or
 * the lab (`lab`). A part reads its parameters once and then writes them back as its state
 * changes; every other parameter is left as it was.
 */
export interface AddressPart {
  /** the query parameters this part owns */
  names: ReadonlySet<string>;
  /**
   * Applies what the address says to the part's store; returns a notice for each value it
   * refused. A part with notices is written back at once, so a refused value is never shared on.
   */
  load: (query: ReadQuery) => string[];
  /** the part's parameters as its store holds them now: `name=value` texts, safe in a query */
  params: () => string[];
  /** calls `changed` after every change of the part's state; returns the unsubscribe */
  watch: (changed: () => void) => () => void;
  /**
   * How long the address may lag behind a change, given the time since this part last wrote:
   * `restart` waits again from each change (while dragging), else an earlier write wins.
   */
  pace: (sinceWrite: number) => { ms: number; restart: boolean };
}

export interface AddressClock {
  now: () => number;
  setTimeout: (f: () => void, ms: number) => number;
  clearTimeout: (h: number) => void;
}

/** The writes each running sync is still waiting to make (see flushAddress). */
const pending = new Set<() => void>();

/**
 * Writes every change the address is still waiting to show, now: a "Copy link" must not copy
 * an address that lags a drag by a quarter of a second (or a training lab by five).
 */
export function flushAddress(): void {
  for (const flush of [...pending]) flush();
}

const windowClock = (win: Window): AddressClock => ({
  now: () => win.performance.now(),
  setTimeout: (f, ms) => win.setTimeout(f, ms),
  clearTimeout: (h) => win.clearTimeout(h),
});

/**
 * Loads every part from the address once, reports what could not be used (through `notify`),
 * corrects the address at once when anything was refused or did not decode, then keeps each
 * part's parameters in step with its store through history.replaceState. Nothing here throws:
 * a malformed escape anywhere in the address is a notice and is dropped from it. Returns the
 * function that stops the sync.
 */
export function syncAddress(
  win: Window,
  parts: readonly AddressPart[],
  notify: (texts: string[]) => void,
  clock: AddressClock = windowClock(win),
): () => void {
  const query = readQuery(win.location.search);
  const loaded = parts.map((p) => p.load(query));
  const replace = (search: string) => {
    try {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    } catch {
      // browsers may refuse replaceState when it runs too often; the next change writes again
    }
  };
  const write = (only: readonly AddressPart[]) => {
    // rewriting even no part drops the pairs that do not decode
    let search = withParams(win.location.search, new Set(), []);
    for (const p of only) search = withParams(search, p.names, p.params());
    replace(search);
  };

  notify([...malformedNotice(query.malformed), ...loaded.flat()]);
  const refused = parts.filter((_, i) => (loaded[i] as string[]).length > 0);
  if (refused.length || query.malformed.length) write(refused);

  const stops = parts.map((part) => {
    let timer: number | null = null;
    let due = 0;
    let lastWrite = Number.NEGATIVE_INFINITY;
    const flush = () => {
      if (timer !== null) clock.clearTimeout(timer);
      pending.delete(flush);
      timer = null;
      lastWrite = clock.now();
      write([part]);
    };
    const unwatch = part.watch(() => {
      const now = clock.now();
      const { ms, restart } = part.pace(now - lastWrite);
      if (timer !== null && !restart && due <= now + ms) return;
      if (timer !== null) clock.clearTimeout(timer);
      due = now + ms;
      timer = clock.setTimeout(flush, ms);
      pending.add(flush);
    });
    return () => {
      unwatch();
      pending.delete(flush);
      if (timer !== null) clock.clearTimeout(timer);
    };
  });
  return () => {
    for (const stop of stops) stop();
  };
}
