/**
 * Runs async tasks one at a time, in the order they were queued. A workspace's writes go through
 * one queue so that rebuilding its analysis from the store never races an ingest: an event is
 * either in the store before the rebuild scans it, or appended to the new analysis after.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The queue continues whether the task failed or not; the caller sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
