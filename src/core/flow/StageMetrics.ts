import type { Summary } from '../stats/summarize.js';

/** Week-by-week figures of one stage; arrays are indexed by the timeline's weeks. */
export interface StageWeeks {
  arrivals: number[];
  completions: number[];
  /** Time-weighted mean number of items waiting in front of the stage. */
  queue: number[];
  utilization: number[];
}

/** Everything measured about one stage. Times in seconds, wall-clock. */
export interface StageMetrics {
  index: number;
  name: string;
  instances: number;
  completed: number;
  throughputPerWeek: number;
  wait: Summary;
  processing: Summary;
  /** Share of all cases' lead time spent waiting in front of this stage. */
  waitingShare: number;
  /** Capacity in full-time people or servers. */
  servers: number;
  people: number;
  /** Busy time over available working time × servers; NaN when no processing time is known. */
  utilization: number;
  wipMean: number;
  queueMean: number;
  /** Slope of the weekly mean queue length, items per week. */
  queueTrendPerWeek: number;
  /** Share of instances that are repeat visits of the stage in the same case. */
  reworkRate: number;
  /** Share of instances started estimated from complete events alone. */
  estimatedShare: number;
  /** Largest number of items started by one person at the same instant, a sign of batching. */
  largestBatch: number;
  /** Of the pairs of items that queued together, the share served out of arrival order (0 = FIFO). */
  expediteRate: number;
  /** Share of completions outside working hours (overtime); 0 for wall-clock calendars. */
  overtimeShare: number;
  topPeople: Array<{ name: string; share: number; load: number }>;
  /** Share of the stage's items done by its busiest fifth of people (at least one person). */
  concentration: number;
  weeks: StageWeeks;
}
