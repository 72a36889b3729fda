import type { ActivityInstances } from '../flow/ActivityInstances.js';
import type { Interval } from './intervals.js';

/**
 * When work for a stage existed upstream of it: the times at which some case was queued for,
 * or being worked on at, a stage earlier in the flow — including cases sent back there by
 * rework. `position` gives each stage's place in the flow; work still open at the end of the
 * log counts until `end`.
 *
 * The union is found by sweeping sorted starts and ends (typed arrays, native sort), so ten
 * million instances cost two sorts and no per-interval objects.
 */
export function upstreamWork(
  instances: ActivityInstances,
  stage: number,
  position: Int32Array,
  end: number,
): Interval[] {
  const here = position[stage]!;
  let n = 0;
  const froms = new Float64Array(instances.size);
  const tos = new Float64Array(instances.size);
  for (let i = 0; i < instances.size; i++) {
    const p = position[instances.stageOf[i]!]!;
    if (p < 0 || p >= here) continue;
    const from = Number.isNaN(instances.ready[i]!) ? instances.start[i]! : instances.ready[i]!;
    const to = Number.isNaN(instances.complete[i]!) ? end : instances.complete[i]!;
    if (!(to > from)) continue;
    froms[n] = from;
    tos[n] = to;
    n++;
  }
  const starts = froms.subarray(0, n).sort();
  const ends = tos.subarray(0, n).sort();
  const out: Interval[] = [];
  let active = 0;
  let open = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < n) {
    // Starts before ends at the same instant, so touching intervals merge.
    if (i < n && starts[i]! <= ends[j]!) {
      if (active++ === 0) open = starts[i]!;
      i++;
    } else {
      if (--active === 0) out.push([open, ends[j]!]);
      j++;
    }
  }
  return out;
}
