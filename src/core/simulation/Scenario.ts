/** A change to try on the calibrated model. Stage names are those of the analysis. */
export interface Scenario {
  /** Servers to add (positive) or remove (negative) per stage. */
  capacity?: Record<string, number>;
  /** Relative change of processing time per stage: −0.2 cuts it by 20 %. */
  processing?: Record<string, number>;
  /** Relative change of the arrival rate: 0.1 is 10 % more cases. */
  arrivals?: number;
  /** Release work at the constraint's pace (drum-buffer-rope); a number sets the buffer in cases. */
  rope?: boolean | number;
  /** CONWIP: at most this many cases in the stream at once. */
  wipCap?: number;
}
