/** Calendar weeks covering the log, used for week-by-week figures and resampling. */
export interface Timeline {
  readonly from: number;
  readonly to: number;
  /** Week boundaries (ms), Monday 00:00 in the analysis time zone; length = weeks + 1. */
  readonly weekStarts: Float64Array;
  /** Working ms inside each week, clipped to [from, to]. */
  readonly availableMs: Float64Array;
  readonly totalAvailableMs: number;
}
