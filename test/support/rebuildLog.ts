import type { EventLog } from '../../src/core/model/EventLog.js';
import { EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';

/** A copy of the log keeping only the events that pass `keep`, in file order. */
export function rebuildLog(log: EventLog, keep: (event: number) => boolean): EventLog {
  const b = new EventLogBuilder();
  for (let e = 0; e < log.size; e++) {
    if (!keep(e)) continue;
    const r = log.resourceOf[e]!;
    const l = log.lifecycleOf[e]!;
    b.add({
      case: log.caseNames[log.caseOf[e]!]!,
      activity: log.activityNames[log.activityOf[e]!]!,
      time: log.time[e]!,
      resource: r >= 0 ? log.resourceNames[r] : undefined,
      lifecycle: l >= 0 ? log.lifecycleNames[l] : undefined,
    });
  }
  return b.build();
}
