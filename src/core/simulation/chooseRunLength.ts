import type { RunLength } from './simulateRun.js';

const WEEK_SECONDS = 7 * 86_400;

/**
 * Weeks of warm-up before measuring: the simulation starts empty, and a stream fills to its
 * steady state in roughly one lead time (Little's law: the work in progress is throughput ×
 * lead time, reached once the first cases have gone through). Twice the log's 85th-percentile
 * lead time, at least 2 weeks and at most 26, covers that with room for the slower cases;
 * the rule of thumb follows Law (*Simulation Modeling and Analysis*, §9.5.1) in preferring a
 * generous warm-up to a biased mean.
 */
export function chooseRunLength(weeks: number, leadTimeP85Seconds: number): RunLength {
  const fill = Number.isFinite(leadTimeP85Seconds) ? (2 * leadTimeP85Seconds) / WEEK_SECONDS : 0;
  return { weeks, warmupWeeks: Math.min(26, Math.max(2, Math.ceil(fill))) };
}
