/**
 * What leaders write down about a value stream's strategy (docs/strategy.md). Every record is
 * plain data, stored as JSON by the StrategyStore port and validated at the API.
 */

/** Goldratt's five focusing steps, the frame of the plan (The Goal, 1984; Theory of Constraints, 1990). */
export type FocusingStep = 'identify' | 'exploit' | 'subordinate' | 'elevate' | 'repeat';

export const FOCUSING_STEPS: readonly FocusingStep[] = [
  'identify',
  'exploit',
  'subordinate',
  'elevate',
  'repeat',
];

/** What kind of thing limits the stream. */
export type ConstraintType = 'capacity' | 'policy' | 'skill' | 'supply' | 'market';

export type Permanence = 'temporary' | 'structural';

/** A person confirming the detected constraint, or overriding it with a reason. Append-only. */
export interface RegisterEntry {
  id: string;
  /** ISO time the entry was made. */
  at: string;
  action: 'confirm' | 'override';
  stage: string;
  type: ConstraintType;
  permanence: Permanence;
  owner: string;
  reason: string;
  by: string;
}

/** How we exploit the constraint, in the leaders' words. */
export interface StrategyStatement {
  text: string;
  updatedAt: string;
  updatedBy: string;
}

export type InitiativeStatus = 'proposed' | 'active' | 'done' | 'stopped';

export interface Initiative {
  id: string;
  title: string;
  step: FocusingStep;
  owner: string;
  /** The stage it works on. */
  stage: string;
  /** Expected change in the constraint's throughput, items per week; null when not estimated. */
  expectedEffectPerWeek: number | null;
  /** Effort in person-weeks: what "share of effort" weighs. */
  effort: number;
  status: InitiativeStatus;
}

export interface Objective {
  id: string;
  title: string;
  level: 'company' | 'team';
  /** The team owning a team-level objective; null at company level. */
  team: string | null;
  parentId: string | null;
  owner: string;
}

/** Metrics computed from the events (docs/strategy.md, "Live key results"). */
export type LiveMetric =
  | 'constraint-throughput-per-week'
  | 'buffer-green-share'
  | 'lead-time-p85-days';

export const LIVE_METRICS: readonly LiveMetric[] = [
  'constraint-throughput-per-week',
  'buffer-green-share',
  'lead-time-p85-days',
];

export interface KeyResult {
  id: string;
  objectiveId: string;
  title: string;
  description: string;
  /** The stage it works on; null for the whole value stream (e.g. end-to-end lead time). */
  stage: string | null;
  /** A live metric from the events, or the latest check-in. */
  source: 'live' | 'check-in';
  liveMetric: LiveMetric | null;
  start: number;
  target: number;
  unit: string;
}

export interface CheckIn {
  id: string;
  keyResultId: string;
  at: string;
  value: number;
  /** 0–1: how sure the owner is the target will be met. */
  confidence: number;
  note: string;
  by: string;
}

/** A metric a team is measured on, with its target: what the incentive check reads. */
export interface TeamMetric {
  id: string;
  team: string;
  /** The stage the team works in; null when the metric spans the whole stream. */
  stage: string | null;
  name: string;
  description: string;
  target: string;
}

export interface Decision {
  id: string;
  at: string;
  decision: string;
  by: string;
  context: string;
}

/** Everything stored for one workspace's strategy. */
export interface StrategyRecords {
  statement: StrategyStatement | null;
  register: RegisterEntry[];
  initiatives: Initiative[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  teamMetrics: TeamMetric[];
  decisions: Decision[];
}
