import { childSeed, Random } from './random.js';
import {
  DEMAND_MAX_RHO,
  DOMAINS,
  type Domain,
  INTERNAL_MIN_GAP,
  INTERNAL_MIN_RHO,
  type ServiceTime,
  type StageSpec,
  type ValueStreamSpec,
  visitsPerCase,
} from './simulateValueStream.js';

/** What sets one held-out log apart: the kind of its truth and what its export looks like. */
export interface Scenario {
  seed: number;
  kind: 'internal' | 'demand';
  completeOnly: boolean;
  variant: Variant;
  spec: ValueStreamSpec;
}

/** The shape of the export, after the variants of the ground-truth README. */
export type Variant =
  | 'plain'
  | 'working-hours'
  | 'batch'
  | 'batch+working-hours'
  | 'truncated'
  | 'shared-pool';

/** Shares of the held-out mix. */
export interface Mix {
  internal: number;
  completeOnly: number;
  /** Relative weights of the variants; `shared-pool` is drawn for internal logs only. */
  variants: Readonly<
    Record<'plain' | 'working-hours' | 'batch' | 'truncated' | 'shared-pool', number>
  >;
}

export const DEFAULT_MIX: Mix = {
  internal: 0.7,
  completeOnly: 1 / 3,
  variants: {
    plain: 0.35,
    'working-hours': 0.2,
    batch: 0.15,
    truncated: 0.15,
    'shared-pool': 0.15,
  },
};

/** Monday 6 January 2025, 00:00 UTC: the first week of the ground-truth logs. */
const START_MS = Date.UTC(2025, 0, 6);

/**
 * Draws one held-out log's whole setting from its seed alone, so that any failure can be
 * regenerated with `--replay <seed>`. Utilisations are drawn first, in one of the two regimes
 * of the ground truth, and service times are derived from them:
 * - internal: one stage (or shared pool) at rho 0.86-0.96, every other stage at least 0.1 below;
 * - demand: every stage at rho 0.10-0.48.
 */
export function drawScenario(seed: number, mix: Mix = DEFAULT_MIX): Scenario {
  const rng = new Random(childSeed(seed, 7));
  const kind = rng.chance(mix.internal) ? 'internal' : 'demand';
  const completeOnly = rng.chance(mix.completeOnly);
  const weights = { ...mix.variants };
  if (kind === 'demand') weights['shared-pool'] = 0;
  const base = weighted(rng, weights);
  const variant: Variant =
    base === 'batch' && rng.chance(0.5) ? 'batch+working-hours' : (base as Variant);

  const domain = rng.pick(Object.keys(DOMAINS) as Domain[]);
  const names = DOMAINS[domain].stages;
  const n = rng.int(3, Math.min(10, names.length));
  const servers = Array.from({ length: n }, () => rng.int(1, 4));
  const rework = Array.from({ length: n }, (_, k) =>
    k > 0 && rng.chance(0.5) ? round3(rng.uniform(0.03, 0.25)) : 0,
  );
  const sharedPool = variant === 'shared-pool' ? rng.int(0, n - 2) : null;
  const rho = kind === 'internal' ? internalLoads(rng, n, sharedPool) : demandLoads(rng, n);
  if (sharedPool !== null) {
    // One pool of 2-4 people; the truth's servers for both stages is the pool's size.
    const people = rng.int(2, 4);
    servers[sharedPool] = people;
    servers[sharedPool + 1] = people;
  }
  const arrivalsPerHour = round3(rng.uniform(0.5, 2));
  const visits = visitsPerCase(rework);
  const stages: StageSpec[] = names.slice(0, n).map((name, k) => ({
    name,
    servers: servers[k]!,
    meanServiceHours: (rho[k]! * servers[k]!) / (arrivalsPerHour * visits[k]!),
    service: drawService(rng),
    rework: rework[k]!,
  }));
  const spec: ValueStreamSpec = {
    domain,
    stages,
    arrivalsPerHour,
    cases: rng.int(6, 12) * 500,
    startMs: START_MS,
    completeOnly,
    workingHours: variant === 'working-hours' || variant === 'batch+working-hours',
    batchStage: variant === 'batch' || variant === 'batch+working-hours',
    truncateShare: variant === 'truncated' ? round3(rng.uniform(0.05, 0.15)) : 0,
    sharedPool,
  };
  return { seed, kind, completeOnly, variant, spec };
}

/**
 * Stage loads of an internal log. With a shared pool, `rho[k]` of each pool stage is that
 * stage's own share of the pool's load, and one stage with dedicated people is made busier than
 * either pool stage on its own (as the README says of the real pool logs), yet at least 0.1
 * below the pool.
 */
function internalLoads(rng: Random, n: number, pool: number | null): number[] {
  const top = rng.uniform(INTERNAL_MIN_RHO, 0.96);
  const ceiling = top - INTERNAL_MIN_GAP - 0.005;
  const rho = Array.from({ length: n }, () => rng.uniform(0.2, ceiling));
  if (pool === null) {
    rho[rng.int(0, n - 1)] = top;
    return rho;
  }
  const share = rng.uniform(0.35, 0.65);
  rho[pool] = share * top;
  rho[pool + 1] = (1 - share) * top;
  const dedicated = rho.map((_, k) => k).filter((k) => k !== pool && k !== pool + 1);
  const busier = rng.pick(dedicated);
  rho[busier] = rng.uniform(Math.max(rho[pool]!, rho[pool + 1]!) + 0.02, ceiling);
  return rho;
}

function demandLoads(rng: Random, n: number): number[] {
  return Array.from({ length: n }, () => rng.uniform(0.1, DEMAND_MAX_RHO - 0.02));
}

function drawService(rng: Random): ServiceTime {
  switch (rng.int(0, 2)) {
    case 0:
      return { kind: 'exponential' };
    case 1:
      return { kind: 'lognormal', cv: round3(rng.uniform(0.5, 1.5)) };
    default:
      return { kind: 'gamma', shape: round3(rng.uniform(0.6, 3)) };
  }
}

function weighted<K extends string>(rng: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = rng.uniform(0, total);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0 && w > 0) return k;
  }
  return entries.filter(([, w]) => w > 0).at(-1)![0];
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
