import { inferCalendar } from '../calendar/inferCalendar.js';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { type TimeZone, timeZone } from '../calendar/zoneOffset.js';
import { detectChanges } from '../changes/detectChanges.js';
import { type DetectConstraintOptions, detectConstraint } from '../constraint/detectConstraint.js';
import type { ActivityInstances } from '../flow/ActivityInstances.js';
import { buildInstances } from '../flow/buildInstances.js';
import { buildTimeline } from '../flow/buildTimeline.js';
import {
  type DirectlyFollowsArc,
  discoverDirectlyFollows,
} from '../flow/discoverDirectlyFollows.js';
import { inferFlowOrder } from '../flow/inferFlowOrder.js';
import type { CapacityMeasure } from '../flow/measureCapacity.js';
import { measureCapacity } from '../flow/measureCapacity.js';
import { measureStages } from '../flow/measureStages.js';
import { resolveStages, type StageMap, type Stages } from '../flow/StageMap.js';
import type { StageMetrics } from '../flow/StageMetrics.js';
import { type CaseSummary, summarizeCases } from '../flow/summarizeCases.js';
import type { Timeline } from '../flow/Timeline.js';
import type { EventLog } from '../model/EventLog.js';
import { detectShifts, peopleByWeek } from '../shifts/detectShifts.js';
import type { AnalysisReport } from './AnalysisReport.js';
import { measureSubordination } from './measureSubordination.js';
import { toSecondsSummary } from './toSecondsSummary.js';
import { toStageReport } from './toStageReport.js';

/** What the analysis may be told instead of inferring it. */
export interface AnalyzeOptions {
  stageMap?: StageMap;
  /** Working calendar; inferred from the events when absent. */
  calendar?: WorkingCalendar;
  /** Zone for weeks and calendar inference; UTC by default. */
  timezone?: TimeZone;
  /** Servers (people) per stage name, overriding the estimate. */
  servers?: Readonly<Record<string, number>>;
  detect?: Partial<DetectConstraintOptions>;
  /** Buffer target in constraint hours, instead of deriving it from upstream variability. */
  bufferTargetHours?: number;
  /** Throughput (money or points) per finished item, to price the constraint's lost hours. */
  valuePerItem?: number;
}

/** Process-mining basics that a caller may have kept up to date incrementally. */
export interface LogBasics {
  directlyFollows: DirectlyFollowsArc[];
  cases: CaseSummary;
}

/** The report together with the intermediate results the dashboard views are drawn from. */
export interface AnalysisDetail {
  report: AnalysisReport;
  log: EventLog;
  calendar: WorkingCalendar;
  stages: Stages;
  instances: ActivityInstances;
  capacity: CapacityMeasure;
  timeline: Timeline;
  metrics: StageMetrics[];
  cases: CaseSummary;
  /** Stage indices in flow order. */
  flow: number[];
}

/**
 * The whole analysis of one event log: process-mining basics over events as recorded, flow
 * metrics per stage over activity instances, and the constraint. Pure: no I/O.
 *
 * @example const report = analyzeLog(log, { calendar: parseCalendar('Mon-Fri 09:00-17:00', timeZone('UTC')) });
 */
export function analyzeLog(log: EventLog, options: AnalyzeOptions = {}): AnalysisReport {
  return analyzeDetailed(log, options).report;
}

/** {@link analyzeLog} with its intermediate results; `basics` skips recomputing them. */
export function analyzeDetailed(
  log: EventLog,
  options: AnalyzeOptions = {},
  basics?: LogBasics,
): AnalysisDetail {
  const zone = options.timezone ?? options.calendar?.zone ?? timeZone('UTC');
  const calendar = options.calendar ?? inferCalendar(log, zone);
  const cases = basics?.cases ?? summarizeCases(log);
  const stages = resolveStages(log.activityNames, options.stageMap);
  const instances = buildInstances(log, stages, calendar);
  const { min, max } = timeRange(log.time);
  const timeline = buildTimeline(min, Math.max(max, min + 1), calendar);
  const capacity = measureCapacity(
    instances,
    stages.names.length,
    log.resourceNames.length,
    timeline,
    calendar,
  );
  for (const [name, n] of Object.entries(options.servers ?? {})) {
    const s = stages.names.indexOf(name);
    if (s >= 0) capacity.servers[s] = n;
  }
  let totalLead = 0;
  for (const d of cases.durations) totalLead += d;
  const metrics = measureStages(log, instances, stages, capacity, timeline, totalLead, calendar);
  const constraint = detectConstraint(metrics, capacity, timeline, options.detect);
  const flow = inferFlowOrder(instances, stages);
  let processing = 0;
  for (const m of metrics) processing += m.processing.mean * m.processing.count || 0;
  const base = { log, calendar, stages, instances, capacity, timeline, metrics, cases, flow };
  const weekLabels = Array.from(timeline.weekStarts.subarray(0, -1), (t) =>
    new Date(t).toISOString(),
  );
  const loads = new Map(constraint.ranking.map((r) => [r.stage, r.load]));
  const subordination = measureSubordination(base, constraint.stage, weekLabels, loads, options);
  const report: AnalysisReport = {
    log: {
      cases: log.caseNames.length,
      events: log.size,
      activities: log.activityNames.length,
      start: log.size ? new Date(min).toISOString() : null,
      end: log.size ? new Date(max).toISOString() : null,
      timezone: zone.name,
      calendar: { label: calendar.label, source: calendar.source },
      leadTime: toSecondsSummary(cases.duration),
      flowEfficiency: totalLead > 0 ? Math.min(1, processing / totalLead) : null,
      instances: instances.size,
      pairing: instances.pairing,
    },
    directlyFollows: basics?.directlyFollows ?? discoverDirectlyFollows(log),
    startActivities: cases.startActivities,
    endActivities: cases.endActivities,
    caseDuration: {
      meanSeconds: finite(cases.duration.mean),
      medianSeconds: finite(cases.duration.median),
    },
    weeks: weekLabels,
    stages: flow.map((s, position) => toStageReport(metrics[s]!, position, constraint.ranking)),
    constraint: {
      kind: constraint.kind,
      stage: constraint.stage,
      sharedWith: constraint.sharedWith,
      runnerUp:
        constraint.ranking.find(
          (r) => r.stage !== constraint.stage && !constraint.sharedWith.includes(r.stage),
        )?.stage ?? null,
      confidence: constraint.confidence,
      evidence: constraint.evidence,
    },
    ...subordination,
    shifts: [],
    changes: [],
  };
  const detail = {
    report,
    log,
    calendar,
    stages,
    instances,
    capacity,
    timeline,
    metrics,
    cases,
    flow,
  };
  // Who worked where each week: one pass over every instance, shared by both detectors.
  const people = peopleByWeek(detail);
  report.shifts = detectShifts(detail, {}, people);
  report.changes = detectChanges(detail, {}, people);
  return detail;
}

/** First and last event time; an empty log spans the single instant 0, so every figure is defined. */
function timeRange(time: Float64Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return time.length ? { min, max } : { min: 0, max: 0 };
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
