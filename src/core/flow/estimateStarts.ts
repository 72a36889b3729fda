import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { ActivityInstances, PairingReport } from './ActivityInstances.js';
import { groupByResource } from './groupByResource.js';

type Mutable = Pick<
  ActivityInstances,
  'size' | 'resourceOf' | 'ready' | 'start' | 'complete' | 'startEstimated'
> & {
  pairing: PairingReport;
};

/**
 * Estimates the start of complete-only work: the later of the moment the case became ready
 * for it (its previous completion) and the moment its resource finished its previous work,
 * moved to the next working instant. This is exact when each person works one item at a time,
 * first come first served — the usual assumption of queue mining (Senderovich et al., 2015).
 * A case's first work has no known ready moment, so its start stays unknown (NaN) rather
 * than being guessed from the resource alone.
 */
export function estimateStarts(
  instances: Mutable,
  calendar: WorkingCalendar,
  nextWorking: (t: number) => number,
): void {
  const { ready, start, complete, startEstimated, pairing } = instances;
  const previous = previousCompletionOfResource(instances);
  for (let i = 0; i < instances.size; i++) {
    if (!Number.isNaN(start[i]!) || Number.isNaN(complete[i]!)) continue;
    if (Number.isNaN(ready[i]!)) {
      pairing.unknownStarts++;
      continue;
    }
    let s = Math.max(ready[i]!, previous[i]!);
    if (!calendar.alwaysOpen) s = nextWorking(s);
    start[i] = Math.min(s, complete[i]!);
    startEstimated[i] = 1;
    pairing.estimatedStarts++;
  }
}

/** For each instance, its resource's latest completion before it (-Infinity when none). */
function previousCompletionOfResource(instances: Mutable): Float64Array {
  const previous = new Float64Array(instances.size).fill(Number.NEGATIVE_INFINITY);
  for (const group of groupByResource(instances.resourceOf, instances.complete)) {
    for (let k = 1; k < group.length; k++) {
      const prev = instances.complete[group[k - 1]!]!;
      if (!Number.isNaN(prev)) previous[group[k]!] = prev;
    }
  }
  return previous;
}
