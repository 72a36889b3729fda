import type { StageMetrics } from '../flow/StageMetrics.js';
import type { SpareCapacity } from './Subordination.js';

/** A non-constraint loaded past this has too little spare capacity: the next constraint in waiting. */
const NEXT_CONSTRAINT_LOAD = 0.8;
/** Queue growth (items per week) that counts as inventory piling up. */
const PILING_UP = 0.5;

/**
 * Spare (protective) capacity of every stage but the constraint (Goldratt's "subordinate":
 * non-constraints need capacity to spare, or the constraint's variability starves it). Flags a
 * stage with too little to spare, and a stage around which inventory grows — work piling up in
 * front of it, or behind it in front of the next non-constraint — which is local optimisation
 * that does not raise throughput. `loads` are the detector's loads by stage index.
 */
export function measureSpareCapacity(
  metrics: StageMetrics[],
  flow: number[],
  constraint: string,
  loads: ArrayLike<number>,
): SpareCapacity[] {
  return flow
    .filter((s) => metrics[s]!.name !== constraint)
    .map((s) => {
      const m = metrics[s]!;
      const load = loads[s]!;
      const known = Number.isFinite(load);
      const next = flow[flow.indexOf(s) + 1];
      const behind =
        next !== undefined && metrics[next]!.name !== constraint
          ? metrics[next]!.queueTrendPerWeek
          : 0;
      const flag =
        known && load >= NEXT_CONSTRAINT_LOAD
          ? 'next-constraint'
          : m.queueTrendPerWeek >= PILING_UP || behind >= PILING_UP
            ? 'piling-up'
            : null;
      return {
        stage: m.name,
        utilization: known ? load : null,
        protectiveCapacity: known ? 1 - load : null,
        flag,
      };
    });
}
