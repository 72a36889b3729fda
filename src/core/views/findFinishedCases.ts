import type { EventLog } from '../model/EventLog.js';

/**
 * Which cases are finished. A log rarely says so outright; a case counts as finished when its
 * last event is a usual ending — an end activity of at least a tenth as many cases as the most
 * common one. Cases that stopped elsewhere are still in progress (or abandoned).
 */
export function findFinishedCases(
  log: EventLog,
  endActivities: Record<string, number>,
): Uint8Array {
  const most = Math.max(0, ...Object.values(endActivities));
  const usual = new Set(
    Object.entries(endActivities)
      .filter(([, n]) => n >= most / 10)
      .map(([name]) => log.activityNames.indexOf(name)),
  );
  const cases = log.caseOffsets.length - 1;
  const finished = new Uint8Array(cases);
  for (let c = 0; c < cases; c++) {
    const to = log.caseOffsets[c + 1]!;
    if (to > log.caseOffsets[c]! && usual.has(log.activityOf[log.order[to - 1]!]!)) finished[c] = 1;
  }
  return finished;
}
