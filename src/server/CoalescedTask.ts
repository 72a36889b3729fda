/**
 * A task asked for often but worth running rarely: a trailing debounce (runs `delayMs` after the
 * last request) bounded by `maxWaitMs` (a steady stream of requests still runs it that often),
 * with at most one run in flight (a request during a run schedules one more run after it).
 * Recomputing an analysis costs about a second per million events, so a burst of a thousand
 * ingest batches must cost one recomputation, not a thousand.
 */
export class CoalescedTask {
  private timer: NodeJS.Timeout | undefined;
  private firstRequest = 0;
  private running = false;
  private requestedWhileRunning = false;
  private stopped = false;

  constructor(
    private readonly task: () => void | Promise<void>,
    private readonly delayMs = 250,
    private readonly maxWaitMs = 2_000,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.requestedWhileRunning = true;
      return;
    }
    const now = Date.now();
    if (this.timer === undefined) this.firstRequest = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstRequest + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.run(), wait);
  }

  /** Drops a pending run and refuses new ones (the workspace is gone or the server stops). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.running = true;
    try {
      await this.task();
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
    }
    if (this.requestedWhileRunning) {
      this.requestedWhileRunning = false;
      this.request();
    }
  }
}
