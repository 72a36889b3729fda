/** How long one visit of a stage takes, in working milliseconds. */
export type ServiceTime =
  /** Resampled from the processing times measured in the log. */
  | { kind: 'empirical'; samplesMs: Float64Array }
  | { kind: 'exponential'; meanMs: number }
  /** No processing time was measured: the stage passes work on at once. */
  | { kind: 'none' };

/**
 * Gaps between arrivals of new cases, in wall-clock milliseconds; or, with `working`, in
 * working milliseconds, for streams whose cases arrive only in working hours.
 */
export type ArrivalProcess =
  | { kind: 'empirical'; gapsMs: Float64Array; working?: boolean }
  | { kind: 'poisson'; meanGapMs: number };

/**
 * The week in which servers work: working blocks as [start, end) milliseconds from Monday 00:00
 * of simulated time, ascending and disjoint. An always-open calendar is one block of the week.
 */
export interface WorkingWeek {
  starts: Float64Array;
  ends: Float64Array;
}

/** Stages served by one set of servers: people shared between them (findPools). */
export interface ServerPool {
  /** Stage indices, ascending. */
  stages: number[];
  servers: number;
}

/** How new cases enter the stream. */
export type ReleasePolicy =
  | { kind: 'open' }
  /** Drum-buffer-rope: a case is let in only while fewer than `bufferCases` released cases have yet to pass `stage`. */
  | { kind: 'rope'; stage: number; bufferCases: number }
  /** CONWIP: at most `cap` cases in the stream at once. */
  | { kind: 'conwip'; cap: number };

/**
 * A value stream as a network of multi-server FIFO stations with Markov routing between them.
 * Plain data (typed arrays and numbers), so it can be sent to a worker thread as it is.
 */
export interface SimulationModel {
  stages: string[];
  /**
   * Servers per stage. For a stage in a pool, the servers that work there (its utilisation is
   * measured against them, as the analysis measures it); the pool's servers do the work.
   */
  servers: number[];
  /** Stages sharing one set of servers, first come first served across them. Absent: none. */
  pools?: ServerPool[];
  service: ServiceTime[];
  /**
   * Per stage, a wait outside the stream (the customer, a third party, a release day) sampled
   * when a case moves into the stage and spent before it joins the queue, holding no server;
   * in working ms (see measureExternalDelays). Absent or 'none': the case joins at once.
   */
  externalDelay?: ServiceTime[];
  /** Multiplier on each stage's processing times (a scenario's "−20 %" is 0.8). */
  serviceScale: number[];
  /** Probability that a new case starts at each stage. */
  entry: number[];
  /** `routing[s][t]`: probability that a case leaving stage s goes to stage t; index `stages.length` is leaving the stream. */
  routing: number[][];
  arrivals: ArrivalProcess;
  /** Multiplier on the gaps between arrivals (arrivals +10 % is 1 / 1.1). */
  gapScale: number;
  week: WorkingWeek;
  release: ReleasePolicy;
}
