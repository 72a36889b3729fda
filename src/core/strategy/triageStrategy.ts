import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import { classifyMetric } from './classifyMetric.js';
import { constraintCondition } from './constraintCondition.js';
import type { Initiative, KeyResult, TeamMetric } from './Strategy.js';

/** More initiatives in flight than this is hedging (docs/strategy.md, "Hedging"). */
export const MAX_IN_FLIGHT = 5;
/** Effort spread over this many stages or more, with under {@link MIN_FOCUS_SHARE} at the constraint, is hedging. */
export const MAX_STAGES = 3;
export const MIN_FOCUS_SHARE = 0.5;

export type TriageRule =
  | 'scaling-trap'
  | 'too-many-in-flight'
  | 'spread-over-stages'
  | 'activity-metric';

export interface TriageFlag {
  rule: TriageRule;
  /** What the flag is on: an initiative, a key result, a team metric, or the plan as a whole. */
  subject: {
    kind: 'initiative' | 'key-result' | 'team-metric' | 'plan';
    id: string | null;
    title: string;
  };
  why: string;
}

export interface Triage {
  constraintStage: string | null;
  /** Share of in-flight effort (person-weeks) aimed at the constraint stage; null without effort. */
  focusShare: number | null;
  inFlight: number;
  stages: string[];
  /** Why the constraint counts as overloaded or starved (the scaling trap's condition). */
  condition: string[];
  flags: TriageFlag[];
}

const inFlight = (i: Initiative): boolean => i.status === 'proposed' || i.status === 'active';

/**
 * Checks the plan against the constraint (docs/strategy.md, "Triage"):
 * - scaling trap: an in-flight initiative (other than a subordinate-step one) or a key result aimed
 *   at a stage other than the constraint while the constraint is overloaded or starved: its gain
 *   cannot reach throughput (Goldratt: an hour saved at a non-bottleneck is a mirage);
 * - too many in flight: more than {@link MAX_IN_FLIGHT} initiatives proposed or active;
 * - spread over stages: in-flight effort on {@link MAX_STAGES} or more stages with under
 *   {@link MIN_FOCUS_SHARE} of it at the constraint;
 * - activity metric: a check-in key result or team metric that counts effort, not results.
 * Pure.
 */
export function triageStrategy(
  report: AnalysisReport | null,
  constraintStage: string | null,
  initiatives: readonly Initiative[],
  keyResults: readonly KeyResult[],
  teamMetrics: readonly TeamMetric[],
): Triage {
  const flags: TriageFlag[] = [];
  const condition = constraintCondition(report, constraintStage);
  const state = [condition.overloaded && 'overloaded', condition.starved && 'starved']
    .filter(Boolean)
    .join(' and ');
  const active = initiatives.filter(inFlight);

  if (constraintStage !== null && state !== '') {
    const because = `${constraintStage} is ${state} (${condition.reasons.join('; ')})`;
    for (const i of active) {
      if (i.stage === constraintStage || i.step === 'subordinate') continue;
      flags.push({
        rule: 'scaling-trap',
        subject: { kind: 'initiative', id: i.id, title: i.title },
        why: `aimed at ${i.stage}, not the constraint, while ${because}: more capacity at ${i.stage} adds work in front of ${constraintStage} or waits for it, and throughput stays where ${constraintStage} sets it`,
      });
    }
    for (const kr of keyResults) {
      if (kr.stage === null || kr.stage === constraintStage) continue;
      flags.push({
        rule: 'scaling-trap',
        subject: { kind: 'key-result', id: kr.id, title: kr.title },
        why: `measures ${kr.stage}, not the constraint, while ${because}: meeting it does not raise throughput`,
      });
    }
  }

  if (active.length > MAX_IN_FLIGHT) {
    flags.push({
      rule: 'too-many-in-flight',
      subject: { kind: 'plan', id: null, title: 'the plan' },
      why: `${active.length} initiatives are proposed or active, more than ${MAX_IN_FLIGHT}: each waits longer for people and attention, and none gets the focus the constraint needs`,
    });
  }

  const effort = active.reduce((sum, i) => sum + i.effort, 0);
  const atConstraint = active
    .filter((i) => i.stage === constraintStage)
    .reduce((sum, i) => sum + i.effort, 0);
  const focusShare = effort > 0 && constraintStage !== null ? atConstraint / effort : null;
  const stages = [...new Set(active.map((i) => i.stage))].sort();
  if (stages.length >= MAX_STAGES && focusShare !== null && focusShare < MIN_FOCUS_SHARE) {
    flags.push({
      rule: 'spread-over-stages',
      subject: { kind: 'plan', id: null, title: 'the plan' },
      why: `effort is spread over ${stages.length} stages (${stages.join(', ')}) with only ${Math.round(focusShare * 100)} % at ${constraintStage}: hedging across stages dilutes the one place where an improvement raises throughput`,
    });
  }

  for (const kr of keyResults) {
    if (kr.source !== 'check-in') continue;
    const c = classifyMetric(kr.title, kr.description);
    if (c.kind !== 'activity') continue;
    flags.push({
      rule: 'activity-metric',
      subject: { kind: 'key-result', id: kr.id, title: kr.title },
      why: `${c.why}; measure an outcome at ${constraintStage ?? 'the constraint'} instead (e.g. its throughput per week)`,
    });
  }
  for (const m of teamMetrics) {
    const c = classifyMetric(m.name, m.description);
    if (c.kind !== 'activity') continue;
    flags.push({
      rule: 'activity-metric',
      subject: { kind: 'team-metric', id: m.id, title: `${m.team}: ${m.name}` },
      why: `${c.why}; measure an outcome at ${constraintStage ?? 'the constraint'} instead`,
    });
  }

  return {
    constraintStage,
    focusShare,
    inFlight: active.length,
    stages,
    condition: condition.reasons,
    flags,
  };
}
