import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import type { ActivityInstances, PairingReport } from './ActivityInstances.js';
import { groupByResource } from './groupByResource.js';

type Mutable = Pick<
  ActivityInstances,
  'size' | 'stageOf' | 'resourceOf' | 'ready' | 'start' | 'complete' | 'startEstimated'
> & {
  pairing: PairingReport;
};

/**
 * Estimates the start of complete-only work: the later of the moment the case became ready
 * for it (its previous completion) and the moment its resource finished its previous work,
 * moved to the next working instant. This is exact when each person works one item at a time,
 * first come first served — the usual assumption of queue mining (Senderovich et al., 2015).
 *
 * Items one person completes at the same instant were handled as a batch (Martin et al.,
 * 2017): the batch cannot start before its last item was ready, so they all get that start.
 * Without this, the first item of a weekly release would seem worked on all week.
 *
 * A case's first work has no known ready moment, so its start stays unknown (NaN) rather
 * than being guessed from the resource alone.
 *
 * Finally, an estimate more than {@link IMPLAUSIBLE} times the stage's 75th percentile of
 * estimates is taken to hide idle time (a person waiting for a release day, say) and is
 * replaced by the stage's median estimate; recorded starts are never changed.
 */
export function estimateStarts(
  instances: Mutable,
  calendar: WorkingCalendar,
  nextWorking: (t: number) => number,
): void {
  const { ready, start, complete, startEstimated, pairing } = instances;
  const needsEstimate = (i: number) => Number.isNaN(start[i]!) && !Number.isNaN(complete[i]!);
  const estimate = (i: number, earliest: number) => {
    if (Number.isNaN(ready[i]!)) {
      pairing.unknownStarts++;
      return;
    }
    let s = Math.max(ready[i]!, earliest);
    if (!calendar.alwaysOpen) s = nextWorking(s);
    start[i] = Math.min(s, complete[i]!);
    startEstimated[i] = 1;
    pairing.estimatedStarts++;
  };
  const grouped = new Uint8Array(instances.size);
  for (const group of groupByResource(instances.resourceOf, complete)) {
    let previous = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < group.length; ) {
      const t = complete[group[k]!]!;
      if (Number.isNaN(t)) break;
      let end = k + 1;
      while (end < group.length && complete[group[end]!] === t) end++;
      let lastReady = previous;
      for (let j = k; j < end; j++) {
        const r = ready[group[j]!]!;
        if (r > lastReady) lastReady = r;
      }
      for (let j = k; j < end; j++) {
        const i = group[j]!;
        grouped[i] = 1;
        if (needsEstimate(i)) estimate(i, end - k > 1 ? lastReady : previous);
      }
      previous = t;
      k = end;
    }
  }
  // Work with no resource: only the case's own readiness bounds its start.
  for (let i = 0; i < instances.size; i++) {
    if (!grouped[i] && needsEstimate(i)) estimate(i, Number.NEGATIVE_INFINITY);
  }
  trimImplausible(instances, calendar);
}

/** How far past the stage's 75th percentile an estimated duration may go before it is trimmed. */
const IMPLAUSIBLE = 10;

function trimImplausible(instances: Mutable, calendar: WorkingCalendar): void {
  const { start, complete, startEstimated, stageOf, pairing } = instances;
  let stages = 0;
  for (let i = 0; i < instances.size; i++) stages = Math.max(stages, stageOf[i]! + 1);
  // Estimated durations in working time, grouped per stage in typed arrays (native sort).
  const worked = new Float64Array(instances.size);
  const counts = new Uint32Array(stages);
  for (let i = 0; i < instances.size; i++) {
    if (!startEstimated[i]) continue;
    worked[i] = workingMs(calendar, start[i]!, complete[i]!);
    counts[stageOf[i]!]!++;
  }
  const durations = Array.from(counts, (n) => new Float64Array(n));
  const fill = new Uint32Array(stages);
  for (let i = 0; i < instances.size; i++) {
    if (startEstimated[i]) durations[stageOf[i]!]![fill[stageOf[i]!]!++] = worked[i]!;
  }
  const limits = durations.map((d) => {
    if (d.length < 20) return { cap: Number.POSITIVE_INFINITY, median: 0 };
    d.sort();
    return { cap: IMPLAUSIBLE * d[Math.floor(d.length * 0.75)]!, median: d[d.length >> 1]! };
  });
  for (let i = 0; i < instances.size; i++) {
    if (!startEstimated[i]) continue;
    const { cap, median } = limits[stageOf[i]!]!;
    if (cap > 0 && worked[i]! > cap) {
      start[i] = workingBefore(calendar, complete[i]!, median);
      pairing.trimmedStarts++;
    }
  }
}

/** The instant `ms` of working time before `t`, by bisection on working time (within a year). */
function workingBefore(calendar: WorkingCalendar, t: number, ms: number): number {
  if (calendar.alwaysOpen) return t - ms;
  let lo = t - 366 * 86_400_000;
  let hi = t;
  for (let k = 0; k < 50 && hi - lo > 1; k++) {
    const mid = (lo + hi) / 2;
    if (workingMs(calendar, mid, t) > ms) lo = mid;
    else hi = mid;
  }
  return hi;
}
