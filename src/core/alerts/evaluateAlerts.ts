import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import type { AlertRule } from './AlertRule.js';
import type { AlertState, ConditionState } from './AlertState.js';
import { alertConditionKey } from './alertConditionKey.js';
import type { NewAlert } from './NewAlert.js';

/** After firing, a condition stays quiet at least this long, so a flapping signal sends no storm. */
const ALERT_COOL_DOWN_MS = 30 * 60_000;

const DAY_MS = 86_400_000;
const DEFAULT_MINUTES = 60;
const DEFAULT_DAYS = 14;
const DEFAULT_PATTERN_DAYS = 28;

/** A condition that holds in this analysis, and the alert it would raise. */
type Holding = Omit<NewAlert, 'at'>;

/**
 * Runs the alert rules of docs/api.md ("Alerts") over one analysis. Each condition is debounced:
 * it fires when it becomes true, then not again until it has been false at one evaluation *and*
 * {@link ALERT_COOL_DOWN_MS} has passed since it fired. Returns the alerts to raise and the
 * state to pass to the next call; `state` itself is not changed. `now` is the wall clock (ms),
 * which the cool-down counts in; the data's own "now" is the report's last event.
 */
export function evaluateAlerts(
  report: AnalysisReport,
  rules: readonly AlertRule[],
  state: AlertState,
  now: number,
): { alerts: NewAlert[]; state: AlertState } {
  const holding = new Map<string, Holding>();
  const previousConstraint = state.constraint;
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const h of check(rule, report, previousConstraint)) holding.set(conditionKey(h), h);
  }

  const at = new Date(now).toISOString();
  const alerts: NewAlert[] = [];
  const conditions: Record<string, ConditionState> = {};
  const keys = new Set([...Object.keys(state.conditions), ...holding.keys()]);
  for (const key of keys) {
    const before = state.conditions[key] ?? {
      active: false,
      lastFiredAt: null,
      clearedSinceFired: true,
    };
    const h = holding.get(key);
    if (!h) {
      // Forgotten once both the cool-down is over and it is false: nothing left to debounce.
      if (before.lastFiredAt !== null && now - before.lastFiredAt < ALERT_COOL_DOWN_MS) {
        conditions[key] = { ...before, active: false, clearedSinceFired: true };
      }
      continue;
    }
    const armed =
      before.lastFiredAt === null ||
      (before.clearedSinceFired && now - before.lastFiredAt >= ALERT_COOL_DOWN_MS);
    if (armed) {
      alerts.push({ rule: h.rule, at, stage: h.stage, message: h.message, details: h.details });
      conditions[key] = { active: true, lastFiredAt: now, clearedSinceFired: false };
    } else {
      conditions[key] = { ...before, active: true };
    }
  }
  return { alerts, state: { conditions, constraint: report.constraint.stage || null } };
}

function conditionKey(h: Holding): string {
  return alertConditionKey(h.rule, h.stage, h.details);
}

function check(rule: AlertRule, report: AnalysisReport, previous: string | null): Holding[] {
  switch (rule.kind) {
    case 'buffer-red':
      return bufferRed(report);
    case 'constraint-starved':
      return constraintStarved(report, rule.minutes ?? DEFAULT_MINUTES);
    case 'wip-growing':
      return wipGrowing(report, rule.days ?? DEFAULT_DAYS);
    case 'constraint-moved':
      return constraintMoved(report, previous);
    case 'pattern-changed':
      return patternChanged(report, rule.days ?? DEFAULT_PATTERN_DAYS);
  }
}

function bufferRed(report: AnalysisReport): Holding[] {
  const b = report.buffer;
  if (!b.stage || b.zone !== 'red') return [];
  return [
    {
      rule: 'buffer-red',
      stage: b.stage,
      message:
        `The buffer in front of ${b.stage} is in the red: ${hours(b.currentHours)} of work ` +
        `(${b.currentItems} ${b.currentItems === 1 ? 'item' : 'items'}) against a target of ` +
        `${hours(b.targetHours)}. ${b.stage} may soon run out of work.`,
      details: {
        currentHours: round(b.currentHours),
        currentItems: b.currentItems,
        targetHours: round(b.targetHours),
        zone: b.zone,
      },
    },
  ];
}

/**
 * The latest starvation period that ended within the last analysed day (counted back from the
 * log's last event, not the wall clock: an import of old data is judged on its own time) and
 * lasted at least `minutes` of working time.
 */
function constraintStarved(report: AnalysisReport, minutes: number): Holding[] {
  const s = report.starvation;
  const end = report.log.end === null ? Number.NaN : Date.parse(report.log.end);
  if (!s.stage || !Number.isFinite(end)) return [];
  const recent = s.periods.filter(
    (p) => Date.parse(p.to) >= end - DAY_MS && p.hours * 60 >= minutes,
  );
  const period = recent.at(-1);
  if (!period) return [];
  return [
    {
      rule: 'constraint-starved',
      stage: s.stage,
      message:
        `${s.stage}, the constraint, was starved for ${hours(period.hours)} of working time ` +
        `(summed over its people) between ${period.from} and ${period.to}, while work waited ` +
        'upstream: time lost at the constraint is throughput lost for the whole stream.',
      details: {
        from: period.from,
        to: period.to,
        hours: round(period.hours),
        minutes,
        starvedHours: round(s.starvedHours),
      },
    },
  ];
}

/** Stages other than the constraint around which inventory keeps growing. */
function wipGrowing(report: AnalysisReport, days: number): Holding[] {
  return report.spareCapacity
    .filter((c) => c.flag === 'piling-up')
    .map((c) => {
      const trend = report.stages.find((s) => s.name === c.stage)?.queueTrendPerWeek ?? null;
      const growth = trend === null ? '' : ` (about ${round(trend)} more items a week)`;
      return {
        rule: 'wip-growing' as const,
        stage: c.stage,
        message:
          `Work is piling up around ${c.stage}: its queue has grown over the last ${days} days` +
          `${growth}. It is not the constraint, so the extra work in progress does not raise ` +
          'throughput; release less work into the stream.',
        details: {
          days,
          queueTrendPerWeek: trend === null ? null : round(trend),
          utilization: c.utilization === null ? null : round(c.utilization),
        },
      };
    });
}

function constraintMoved(report: AnalysisReport, previous: string | null): Holding[] {
  const stage = report.constraint.stage;
  if (previous === null || !stage || stage === previous) return [];
  return [
    {
      rule: 'constraint-moved',
      stage,
      message:
        `The constraint has moved from ${previous} to ${stage} ` +
        `(confidence ${Math.round(report.constraint.confidence * 100)} %). ` +
        `Buffer, rope and spare capacity now follow ${stage}.`,
      details: {
        from: previous,
        to: stage,
        confidence: Math.round(report.constraint.confidence * 100) / 100,
      },
    },
  ];
}

/**
 * New patterns (docs/change-points.md) whose new level began within the last `days` of the
 * data (counted back from the log's last event, like starvation): older ones are history.
 */
function patternChanged(report: AnalysisReport, days: number): Holding[] {
  const end = report.log.end === null ? Number.NaN : Date.parse(report.log.end);
  if (!Number.isFinite(end)) return [];
  return report.changes
    .filter((c) => Date.parse(c.at) >= end - days * DAY_MS)
    .map((c) => ({
      rule: 'pattern-changed' as const,
      stage: c.stage ?? 'arrivals',
      message: `New pattern (${c.kind}, ${c.direction}) since ${c.at.slice(0, 10)}: ${c.evidence}`,
      details: {
        kind: c.kind,
        direction: c.direction,
        at: c.at,
        before: c.before,
        after: c.after,
        unit: c.unit,
        significance: c.significance,
        days,
      },
    }));
}

function hours(h: number): string {
  return `${round(h)} ${h === 1 ? 'hour' : 'hours'}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
