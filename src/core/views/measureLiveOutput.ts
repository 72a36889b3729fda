import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { workingMs } from '../calendar/workingTime.js';
import type { LiveOutput, PeriodOutput } from './LiveOutput.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The constraint's output and utilisation today and this week — completed work only. "Now"
 * is the latest event, so a replayed history reads as it did on its last day.
 */
export function measureLiveOutput(detail: AnalysisDetail): LiveOutput | undefined {
  const { report, stages, instances, calendar, timeline, metrics } = detail;
  const s = stages.names.indexOf(report.constraint.stage);
  if (s < 0 || !report.log.end) return undefined;
  const now = Date.parse(report.log.end);
  const zone = calendar.zone;
  const localNow = now + zone.offsetAt(now);
  const dayStart = zone.toUtc(Math.floor(localNow / DAY) * DAY);
  const weekStart = timeline.weekStarts[timeline.weekStarts.length - 2] ?? dayStart;
  const servers = metrics[s]!.servers;
  const completedTotal = metrics[s]!.completed;
  const period = (from: number): PeriodOutput => {
    let completed = 0;
    const byResource = new Map<number, Array<[number, number]>>();
    for (let i = 0; i < instances.size; i++) {
      if (instances.stageOf[i] !== s) continue;
      const end = Number.isNaN(instances.complete[i]!) ? now : instances.complete[i]!;
      if (end >= from && end <= now && !Number.isNaN(instances.complete[i]!)) completed++;
      const start = instances.start[i]!;
      if (!(end > from) || !(start < now) || Number.isNaN(start)) continue;
      const r = instances.resourceOf[i]!;
      const list = byResource.get(r) ?? [];
      list.push([Math.max(start, from), Math.min(end, now)]);
      byResource.set(r, list);
    }
    let busy = 0;
    for (const [r, list] of byResource) {
      list.sort((a, b) => a[0] - b[0]);
      let reach = Number.NEGATIVE_INFINITY;
      for (const [a, b] of list) {
        // One person's overlapping items count once; anonymous work counts in full.
        const lo = r >= 0 ? Math.max(a, reach) : a;
        if (b > lo) busy += workingMs(calendar, lo, b);
        reach = Math.max(reach, b);
      }
    }
    const open = workingMs(calendar, from, now);
    const available = servers * open;
    return {
      from: new Date(from).toISOString(),
      completed,
      busyHours: busy / HOUR,
      availableHours: available / HOUR,
      utilization: available > 0 ? busy / available : null,
      typicalCompleted:
        timeline.totalAvailableMs > 0 ? (completedTotal * open) / timeline.totalAvailableMs : 0,
    };
  };
  return {
    stage: report.constraint.stage,
    kind: report.constraint.kind,
    now: new Date(now).toISOString(),
    servers,
    today: period(dayStart),
    week: period(weekStart),
    recentHours: recentCompletions(detail, s, now),
  };
}

function recentCompletions(
  detail: AnalysisDetail,
  s: number,
  now: number,
): Array<[string, number]> {
  const firstHour = Math.floor(now / HOUR) * HOUR - 47 * HOUR;
  const counts = new Array<number>(48).fill(0);
  const { instances } = detail;
  for (let i = 0; i < instances.size; i++) {
    const t = instances.complete[i]!;
    if (instances.stageOf[i] !== s || !(t >= firstHour) || t > now) continue;
    counts[Math.min(47, Math.floor((t - firstHour) / HOUR))]!++;
  }
  return counts.map((n, h) => [new Date(firstHour + h * HOUR).toISOString(), n]);
}
