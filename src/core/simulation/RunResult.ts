/** What one replication measured after its warm-up. */
export interface RunResult {
  /** Cases that left the stream, per (wall-clock) week. */
  throughputPerWeek: number;
  /** Lead time from entering the stream to leaving it, in wall-clock seconds; NaN when no case finished. */
  leadTimeMedianSeconds: number;
  leadTimeP85Seconds: number;
  /** Busy working time over the working time of the stage's servers, per stage. */
  utilization: number[];
  /** Index of the stage with the highest utilisation. */
  constraint: number;
  /** Mean number of cases in the stream (released, not yet finished), by Little's law. */
  wipMean: number;
  /** Cases that had arrived but were held back by the release policy at the end of the run. */
  heldBackAtEnd: number;
}
