import type { AnalyzeOptions } from '../core/analysis/analyzeLog.js';
import { parseCalendar } from '../core/calendar/parseCalendar.js';
import { timeZone } from '../core/calendar/zoneOffset.js';
import type { WorkspaceSettings } from '../store/EventStore.js';

/**
 * The analysis options a workspace's settings stand for, built exactly as `drumbeat analyze`
 * builds them from its flags, so the API and the CLI agree on the same events. Throws a
 * RangeError for an unknown zone or a malformed calendar (the API schemas check both first).
 */
export function toAnalyzeOptions(settings: WorkspaceSettings): AnalyzeOptions {
  const zone = timeZone(settings.timezone);
  return {
    timezone: zone,
    ...(settings.calendar !== null && { calendar: parseCalendar(settings.calendar, zone) }),
    ...(settings.stageMap !== null && { stageMap: settings.stageMap }),
    ...(settings.bufferTargetHours !== null && { bufferTargetHours: settings.bufferTargetHours }),
  };
}
