/** A figure's 95 % confidence interval over replications, [low, high]. */
export type Interval = [number, number];

/** One side of a what-if (the calibrated model, or the model with the scenario's changes). */
export interface WhatIfSide {
  replications: number;
  throughputPerWeek: number;
  throughputPerWeekCI: Interval;
  leadTimeMedianSeconds: number;
  leadTimeMedianSecondsCI: Interval;
  leadTimeP85Seconds: number;
  leadTimeP85SecondsCI: Interval;
  /** Mean work in progress (cases in the stream). */
  wipMean: number;
  /** Stage the replications name the constraint most often (highest utilisation). */
  constraint: string;
  constraintShare: Record<string, number>;
  utilization: Record<string, number>;
  utilizationCI: Record<string, Interval>;
  /** Cases held back by the rope or WIP cap at the end of a replication, on average. */
  heldBackAtEnd: number;
}

/** How the simulated baseline compares with the log itself. */
export interface CalibrationFigure {
  figure: string;
  log: number;
  simulated: number;
  /** Simulated over log minus one, or the difference for utilisation. */
  error: number;
  tolerance: string;
  within: boolean;
}

/** The answer of a what-if: the baseline and the scenario, run on the same random numbers. */
export interface WhatIfResult {
  baseline: WhatIfSide;
  scenario: WhatIfSide;
  /** Weeks measured per replication and warm-up weeks discarded before. */
  weeks: number;
  warmupWeeks: number;
  seed: number;
  /** For the rope: the drum stage and the buffer in cases; for a WIP cap, the cap. */
  release:
    | { kind: 'open' }
    | { kind: 'rope'; stage: string; bufferCases: number }
    | { kind: 'conwip'; cap: number };
  /** Set when the model was calibrated from the log since the last constraint shift only (ISO). */
  calibratedFrom: string | null;
  calibration: CalibrationFigure[];
}
