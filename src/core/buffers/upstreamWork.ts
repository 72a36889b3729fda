import type { ActivityInstances } from '../flow/ActivityInstances.js';
import { type Interval, mergeIntervals } from './intervals.js';

/**
 * When work for a stage existed upstream of it: the times at which some case was queued for,
 * or being worked on at, a stage earlier in the flow — including cases sent back there by
 * rework. `position` gives each stage's place in the flow; work still open at the end of the
 * log counts until `end`.
 */
export function upstreamWork(
  instances: ActivityInstances,
  stage: number,
  position: Int32Array,
  end: number,
): Interval[] {
  const here = position[stage]!;
  const intervals: Interval[] = [];
  for (let i = 0; i < instances.size; i++) {
    const p = position[instances.stageOf[i]!]!;
    if (p < 0 || p >= here) continue;
    const from = Number.isNaN(instances.ready[i]!) ? instances.start[i]! : instances.ready[i]!;
    const to = Number.isNaN(instances.complete[i]!) ? end : instances.complete[i]!;
    if (to > from) intervals.push([from, to]);
  }
  return mergeIntervals(intervals);
}
