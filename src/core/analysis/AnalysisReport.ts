import type { Starvation } from '../buffers/Starvation.js';
import type { ConstraintBuffer, ReleasePacing, SpareCapacity } from '../buffers/Subordination.js';
import type { PatternChange } from '../changes/PatternChange.js';
import type { PairingReport } from '../flow/ActivityInstances.js';
import type { DirectlyFollowsArc } from '../flow/discoverDirectlyFollows.js';
import type { ConstraintShift } from '../shifts/detectShifts.js';

/** Percentiles of a duration, in seconds; null when nothing was measured. */
export interface SecondsSummary {
  count: number;
  meanSeconds: number | null;
  medianSeconds: number | null;
  p85Seconds: number | null;
  p95Seconds: number | null;
}

/** One stage in the report: the fields documented in docs/report-format.md. */
export interface StageReport {
  name: string;
  rank: number;
  score: number;
  /** 0-based position in the flow. */
  flowPosition: number;
  instances: number;
  completed: number;
  throughputPerWeek: number;
  meanWaitSeconds: number | null;
  meanProcessingSeconds: number | null;
  wait: SecondsSummary;
  processing: SecondsSummary;
  waitingShare: number;
  servers: number;
  people: number;
  utilization: number | null;
  wipMean: number;
  queueMean: number;
  queueTrendPerWeek: number;
  reworkRate: number;
  estimatedStartShare: number;
  largestBatch: number;
  expediteRate: number;
  overtimeShare: number;
  concentration: number;
  topPeople: Array<{ name: string; share: number; load: number | null }>;
  weekly: { arrivals: number[]; completions: number[]; queue: number[]; utilization: number[] };
}

/** The whole result of `drumbeat analyze --json`. Field names are kept stable. */
export interface AnalysisReport {
  log: {
    cases: number;
    events: number;
    activities: number;
    start: string | null;
    end: string | null;
    timezone: string;
    calendar: { label: string; source: 'given' | 'inferred' | 'default' };
    leadTime: SecondsSummary;
    flowEfficiency: number | null;
    instances: number;
    pairing: PairingReport;
  };
  directlyFollows: DirectlyFollowsArc[];
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
  caseDuration: { meanSeconds: number | null; medianSeconds: number | null };
  /** Monday 00:00 of each week in the analysis time zone (ISO 8601, UTC). */
  weeks: string[];
  stages: StageReport[];
  constraint: {
    kind: 'internal' | 'demand';
    stage: string;
    sharedWith: string[];
    runnerUp: string | null;
    confidence: number;
    evidence: string[];
  };
  /** Drum-buffer-rope around the constraint (docs/report-format.md, "Subordination"). */
  buffer: ConstraintBuffer;
  starvation: Starvation;
  spareCapacity: SpareCapacity[];
  release: ReleasePacing;
  /**
   * Moments the constraint moved from one stage to another within the log, oldest first
   * (docs/constraint-shifts.md). `constraint` is the one in force at the end of the data.
   */
  shifts: ConstraintShift[];
  /** New patterns: steps in demand, a stage's people, spread or rework, oldest first (docs/change-points.md). */
  changes: PatternChange[];
}
