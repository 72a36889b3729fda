/**
 * Runs async tasks one at a time, in the order they were queued. A store's writes go through
 * one so that deduplication (check the ids, then write) cannot interleave with another append
 * of the same ids, and closing waits for every write already accepted; the server gives each
 * workspace one so that rebuilding its analysis from the store never races an ingest.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The queue goes on whether the task failed or not; the caller sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
