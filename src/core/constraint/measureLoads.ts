import type { CapacityMeasure } from '../flow/measureCapacity.js';
import type { Timeline } from '../flow/Timeline.js';

/** Load of each stage, as a share of its capacity. */
export interface StageLoads {
  /** Busy time over (servers × available working time). NaN when no processing time is known. */
  utilization: Float64Array;
  /**
   * For stages worked mostly by people who also work elsewhere: how busy those people are
   * across all their stages, weighted by their work here. NaN for stages with dedicated people.
   */
  poolLoad: Float64Array;
}

/** A person whose work overlaps itself more than this is taken to be several servers. */
const MAX_OVERLAP = 0.1;
/** A person belongs to a stage's pool when at least this share of their time goes elsewhere. */
const MIN_ELSEWHERE = 0.1;

/**
 * Utilisation and pool load of every stage, over the whole log or over a resample of weeks
 * (`weeks`, indices into the timeline, repeats allowed). Pool load is what reveals a constraint
 * hidden in a pool of people shared by stages: each stage on its own looks half busy, while
 * the people are nearly always busy.
 */
export function measureLoads(
  capacity: CapacityMeasure,
  timeline: Timeline,
  weeks?: ArrayLike<number>,
): StageLoads {
  const stageCount = capacity.stageBusyMs.length;
  let available = timeline.totalAvailableMs;
  if (weeks) {
    available = 0;
    for (let k = 0; k < weeks.length; k++) available += timeline.availableMs[weeks[k]!]!;
  }
  const sumWeeks = (byWeek: Float64Array, total: number): number => {
    if (!weeks) return total;
    let s = 0;
    for (let k = 0; k < weeks.length; k++) s += byWeek[weeks[k]!]!;
    return s;
  };
  const utilization = new Float64Array(stageCount);
  for (let s = 0; s < stageCount; s++) {
    const busy = sumWeeks(capacity.stageBusyByWeek[s]!, capacity.stageBusyMs[s]!);
    const cap = capacity.servers[s]! * available;
    utilization[s] = capacity.stageBusyMs[s]! > 0 && cap > 0 ? busy / cap : Number.NaN;
  }
  const pooledWeight = new Float64Array(stageCount);
  const pooledLoad = new Float64Array(stageCount);
  const totalWeight = new Float64Array(stageCount);
  capacity.resourceStageMs.forEach((row, r) => {
    let own = 0;
    let largest = 0;
    for (const ms of row) {
      own += ms;
      largest = Math.max(largest, ms);
    }
    const shared =
      own > 0 && 1 - largest / own >= MIN_ELSEWHERE && capacity.overlapShare[r]! <= MAX_OVERLAP;
    const load =
      available > 0
        ? sumWeeks(capacity.resourceBusyByWeek[r]!, capacity.resourceBusyMs[r]!) / available
        : 0;
    for (let s = 0; s < stageCount; s++) {
      const w = row[s]!;
      totalWeight[s]! += w;
      if (shared && w > 0) {
        pooledWeight[s]! += w;
        pooledLoad[s]! += w * load;
      }
    }
  });
  const poolLoad = Float64Array.from(pooledWeight, (w, s) =>
    w > 0 && w >= 0.5 * totalWeight[s]! ? pooledLoad[s]! / w : Number.NaN,
  );
  return { utilization, poolLoad };
}
