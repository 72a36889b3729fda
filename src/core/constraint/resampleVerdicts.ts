import type { CapacityMeasure } from '../flow/measureCapacity.js';
import type { StageMetrics } from '../flow/StageMetrics.js';
import type { Timeline } from '../flow/Timeline.js';
import { seededRandom } from '../stats/seededRandom.js';
import { measureLoads } from './measureLoads.js';
import { stageLoad } from './stageLoad.js';

interface Verdict {
  kind: 'internal' | 'demand';
  /** Stages whose win counts as agreement (the constraint and its pool peers). */
  winners: Set<number>;
  threshold: number;
  scoreOf: (stage: StageMetrics, load: number) => number;
  resamples: number;
  seed: number;
}

/**
 * Bootstrap over calendar weeks (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993;
 * whole weeks as blocks keep the daily and weekly rhythm of work intact): draw as many weeks as
 * the log has, with replacement, recompute every stage's load, and count how often the verdict
 * is the same. A one-week log cannot vary this way, and gets confidence 1 only by construction,
 * which the evidence states through the week count.
 */
export function resampleVerdicts(
  stages: StageMetrics[],
  capacity: CapacityMeasure,
  timeline: Timeline,
  verdict: Verdict,
): number {
  const weeks = timeline.availableMs.length;
  const random = seededRandom(verdict.seed);
  const picks = new Uint32Array(weeks);
  let agree = 0;
  for (let b = 0; b < verdict.resamples; b++) {
    for (let k = 0; k < weeks; k++) picks[k] = Math.floor(random() * weeks);
    const loads = measureLoads(capacity, timeline, picks);
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let busiest = 0;
    for (const s of stages) {
      const load = stageLoad(loads, s.index, verdict.threshold);
      const score = verdict.scoreOf(s, load);
      if (score > bestScore) {
        bestScore = score;
        best = s.index;
      }
      if (load > busiest) busiest = load;
    }
    const kind = busiest >= verdict.threshold ? 'internal' : 'demand';
    if (kind === verdict.kind && (kind === 'demand' || verdict.winners.has(best))) agree++;
  }
  return Math.round((agree / verdict.resamples) * 1000) / 1000;
}
