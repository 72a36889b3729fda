/** The setting of one simulated value stream and the shape of its analytic truth. */

export type Domain = 'software' | 'support' | 'sales' | 'marketplace';

/** Stage names in flow order, and the name of each domain's arrival event. */
export const DOMAINS: Readonly<Record<Domain, { arrival: string; stages: readonly string[] }>> = {
  software: {
    arrival: 'Ticket Created',
    stages: ['Refinement', 'Design', 'Development', 'Code Review', 'QA', 'Release'],
  },
  support: {
    arrival: 'Ticket Opened',
    stages: [
      'Triage',
      'Reproduction',
      'Investigation',
      'Fix',
      'Fix Review',
      'Customer Confirmation',
      'Knowledge Base',
      'Closure',
    ],
  },
  sales: {
    arrival: 'Lead Created',
    stages: [
      'Lead Qualification',
      'Discovery Call',
      'Demo',
      'Technical Validation',
      'Proposal',
      'Legal Review',
      'Negotiation',
      'Contract Signature',
    ],
  },
  marketplace: {
    arrival: 'Application Submitted',
    stages: [
      'Application',
      'Identity Check',
      'Background Check',
      'Onboarding Call',
      'Photo Shoot',
      'Listing Draft',
      'Listing Review',
      'Pricing',
      'Activation',
    ],
  },
};

export type ServiceTime =
  | { kind: 'exponential' }
  | { kind: 'lognormal'; cv: number }
  | { kind: 'gamma'; shape: number };

export interface StageSpec {
  name: string;
  /** People working the stage; for the two stages of a shared pool, the pool's size. */
  servers: number;
  /** Mean service time of one visit, in hours (working hours when `workingHours`). */
  meanServiceHours: number;
  service: ServiceTime;
  /** Probability that a case finishing this stage is sent back to the previous one (0 for the first). */
  rework: number;
}

export interface ValueStreamSpec {
  domain: Domain;
  /** Stages in flow order. */
  stages: StageSpec[];
  /** Poisson arrival rate per hour (per working hour when `workingHours`). */
  arrivalsPerHour: number;
  cases: number;
  /** Monday 00:00 UTC of the first simulated week, in ms. */
  startMs: number;
  /** Drop start events: the export has completions only. */
  completeOnly: boolean;
  /** People work, and cases arrive, Monday to Friday 09:00-17:00 UTC only. */
  workingHours: boolean;
  /** Add a final "Weekly Release" that ships everything finished by Friday 16:00 at once. */
  batchStage: boolean;
  /** Share of the arrival period cut from the front of the export (0: nothing cut). */
  truncateShare: number;
  /** Index of the first of two adjacent stages worked by one pool of people, or null. */
  sharedPool: number | null;
  /** Add people to a dedicated stage once this share of the cases has arrived (null: no shift). */
  shift?: { stage: number; addServers: number; afterShare: number } | null;
  /** Change a pattern once this share of the cases has arrived (bench/changes): null for none. */
  step?: PatternStep | null;
}

/** A step in the stream's patterns: the arrival rate, or one stage's service time or rework. */
export interface PatternStep {
  afterShare: number;
  /** Multiplies the arrival rate. */
  arrivalFactor?: number;
  /** The stage whose service or rework changes. */
  stage?: number;
  /** Replaces the stage's service-time distribution (same mean). */
  service?: ServiceTime;
  /** Replaces the stage's rework probability. */
  rework?: number;
}

export type TruthKind = 'internal' | 'demand' | 'between';

/** The analytic truth, with the fields of the ground-truth `*.truth.json` files (camel-cased). */
export interface Truth {
  kind: TruthKind;
  /** The stage with the highest utilisation (the pool's first stage for a shared pool). */
  constraint: string;
  /** Every stage whose naming is right: the constraint, or both stages of its pool. */
  constraintStages: string[];
  rho: Record<string, number>;
  servers: Record<string, number>;
  /** Mean visits per case (traffic equations). */
  visits: Record<string, number>;
  domain: Domain;
  cases: number;
  completeOnly: boolean;
  hoursAre: string;
  batchStage: string | null;
  truncatedBefore: string | null;
  sharedPool: { stages: string[]; people: number; rho: number } | null;
  /** ISO time of the shift, when the spec has one. */
  shiftAt?: string;
  /** The constraint from the shift on. */
  constraintAfter?: string;
  rhoAfter?: Record<string, number>;
  /** ISO time of the spec's pattern step, when it has one. */
  stepAt?: string;
}

/** One event as a CSV row of the ground-truth files would hold it. */
export interface SimEvent {
  case: string;
  activity: string;
  /** ms since the epoch, UTC, whole seconds. */
  time: number;
  lifecycle: 'start' | 'complete';
  resource: string;
}

export interface SimulatedLog {
  spec: ValueStreamSpec;
  truth: Truth;
  /** In time order; ties in the order they happened. */
  events: SimEvent[];
}

/** Thresholds of the truth's `kind`, as the data README states them. */
export const INTERNAL_MIN_RHO = 0.86;
export const INTERNAL_MIN_GAP = 0.1;
export const DEMAND_MAX_RHO = 0.5;

export const BATCH_STAGE = 'Weekly Release';
export const BATCH_RESOURCE = 'release-manager';
