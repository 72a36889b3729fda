import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { workingMs } from '../calendar/workingTime.js';
import type { Stages } from '../flow/StageMap.js';
import type { EventLog } from '../model/EventLog.js';

const HOUR = 3_600_000;

/**
 * Blocked time of a stage, where the data shows it: the working hours its items spent
 * suspended (XES lifecycle `suspend` … `resume`) — started work that could not go on, waiting
 * for an answer, a part or a decision. Only logs that record those transitions show it; others
 * give 0. An item still suspended at the end of the log counts until then.
 */
export function measureBlocked(
  log: EventLog,
  stages: Stages,
  stage: number,
  calendar: WorkingCalendar,
  end: number,
): number {
  const suspend = log.lifecycleNames.indexOf('suspend');
  const resume = log.lifecycleNames.indexOf('resume');
  if (suspend < 0) return 0;
  let total = 0;
  const open = new Map<number, number>();
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    open.clear();
    for (let k = log.caseOffsets[c]!; k < log.caseOffsets[c + 1]!; k++) {
      const e = log.order[k]!;
      const a = log.activityOf[e]!;
      if (stages.stageOfActivity[a] !== stage) continue;
      const l = log.lifecycleOf[e]!;
      if (l === suspend && !open.has(a)) open.set(a, log.time[e]!);
      else if (l === resume && open.has(a)) {
        total += workingMs(calendar, open.get(a)!, log.time[e]!);
        open.delete(a);
      }
    }
    for (const from of open.values()) total += workingMs(calendar, from, end);
  }
  return total / HOUR;
}
