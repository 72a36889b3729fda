/**
 * Units of work: one per activity execution in a case, paired from start and complete events
 * (or a complete event alone). Columnar, like the event log. Times are ms since the epoch;
 * NaN means "not known".
 */
export interface ActivityInstances {
  readonly size: number;
  readonly caseOf: Int32Array;
  readonly stageOf: Int32Array;
  /** -1 when no resource was recorded. */
  readonly resourceOf: Int32Array;
  /** When the case became ready for this work: its previous completion. NaN for a case's first work. */
  readonly ready: Float64Array;
  /** Recorded start, or estimated (see `startEstimated`), or NaN. */
  readonly start: Float64Array;
  /** NaN while still in progress at the end of the log. */
  readonly complete: Float64Array;
  /** 1 when `start` was estimated rather than recorded. */
  readonly startEstimated: Uint8Array;
  /** 1 for the first visit of the stage in its case, 2 for the second (rework), … */
  readonly visit: Uint16Array;
  readonly pairing: PairingReport;
}

/** What pairing could not match, reported rather than dropped in silence. */
export interface PairingReport {
  /** Start events with no complete: work still in progress at the end of the log. */
  openStarts: number;
  /** Instances closed by an abort or withdraw transition; they are left out. */
  aborted: number;
  /** Events that neither open nor close work (schedule, assign, suspend, resume, unknown). */
  otherTransitions: number;
  /** Instances whose start was estimated from a complete event alone. */
  estimatedStarts: number;
  /** Complete-only instances whose start could not be estimated (a case's first work). */
  unknownStarts: number;
  /** Estimated starts so far before the completion that they hid idle time, trimmed to the stage's median. */
  trimmedStarts: number;
}
