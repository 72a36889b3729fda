import {
  BATCH_STAGE,
  DEMAND_MAX_RHO,
  INTERNAL_MIN_GAP,
  INTERNAL_MIN_RHO,
  type Truth,
  type TruthKind,
  type ValueStreamSpec,
} from './ValueStreamSpec.js';

/**
 * Mean visits per case of each stage of a line in which stage k sends a case back to k-1 with
 * probability `rework[k]`. Across every boundary the net forward flow is one case, so
 * v[n-1] (1 - p[n-1]) = 1 and v[k] (1 - p[k]) - v[k+1] p[k+1] = 1.
 */
export function visitsPerCase(rework: readonly number[]): number[] {
  const n = rework.length;
  const v = new Array<number>(n).fill(1);
  const p = rework.map((x, k) => (k === 0 ? 0 : x));
  for (let k = n - 1; k >= 0; k--) {
    const back = k + 1 < n ? v[k + 1]! * p[k + 1]! : 0;
    v[k] = (1 + back) / (1 - p[k]!);
  }
  return v;
}

/** Resource name of the n-th person (1-based) of a dedicated stage: first word, lowercased. */
export function personName(stage: string, n: number): string {
  return `${stage.split(' ')[0]!.toLowerCase()}-${n}`;
}

/** The analytic truth of a spec: rho = arrival rate x visits x mean service / servers. */
export function computeTruth(spec: ValueStreamSpec, truncatedBefore: string | null = null): Truth {
  const names = spec.stages.map((s) => s.name);
  const visits = visitsPerCase(spec.stages.map((s) => s.rework));
  const work = spec.stages.map((s, k) => spec.arrivalsPerHour * visits[k]! * s.meanServiceHours);
  const rho: Record<string, number> = {};
  const servers: Record<string, number> = {};
  const visitsByName: Record<string, number> = {};
  spec.stages.forEach((s, k) => {
    rho[s.name] = round4(work[k]! / s.servers);
    servers[s.name] = s.servers;
    visitsByName[s.name] = round4(visits[k]!);
  });
  let sharedPool: Truth['sharedPool'] = null;
  const pool = spec.sharedPool;
  if (pool !== null) {
    const people = spec.stages[pool]!.servers;
    const poolRho = round4((work[pool]! + work[pool + 1]!) / people);
    rho[names[pool]!] = poolRho;
    rho[names[pool + 1]!] = poolRho;
    sharedPool = { stages: [names[pool]!, names[pool + 1]!], people, rho: poolRho };
  }
  // Candidates for the constraint: the pool counts once, as its first stage.
  const candidates = names.filter((_, k) => pool === null || k !== pool + 1);
  candidates.sort((a, b) => rho[b]! - rho[a]! || names.indexOf(a) - names.indexOf(b));
  const top = candidates[0]!;
  const second = candidates[1];
  const topRho = rho[top]!;
  const gap = second === undefined ? 1 : topRho - rho[second]!;
  const kind: TruthKind =
    topRho >= INTERNAL_MIN_RHO && gap >= INTERNAL_MIN_GAP
      ? 'internal'
      : topRho < DEMAND_MAX_RHO
        ? 'demand'
        : 'between';
  const constraintStages =
    pool !== null && top === names[pool] ? [names[pool]!, names[pool + 1]!] : [top];
  return {
    kind,
    constraint: top,
    constraintStages,
    rho,
    servers,
    visits: visitsByName,
    domain: spec.domain,
    cases: spec.cases,
    completeOnly: spec.completeOnly,
    hoursAre: spec.workingHours ? 'working (Mon-Fri 09:00-17:00 UTC)' : 'wall-clock',
    batchStage: spec.batchStage ? BATCH_STAGE : null,
    truncatedBefore,
    sharedPool,
  };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
