import type { RunResult } from './RunResult.js';
import { studentT975 } from './studentT975.js';
import type { Estimate, WhatIfSummary } from './WhatIfSummary.js';

/**
 * Means over independent replications with Student-t 95 % intervals (the replication/deletion
 * method: each replication is one observation; Law, *Simulation Modeling and Analysis*, §9.5).
 * Runs in which no case finished contribute no lead time.
 */
export function summarizeRuns(
  stages: readonly string[],
  runs: readonly RunResult[],
): WhatIfSummary {
  const share = new Float64Array(stages.length);
  for (const r of runs) share[r.constraint]! += 1 / runs.length;
  let top = 0;
  for (let s = 1; s < stages.length; s++) if (share[s]! > share[top]!) top = s;
  return {
    replications: runs.length,
    throughputPerWeek: estimate(runs.map((r) => r.throughputPerWeek)),
    leadTimeMedianSeconds: estimate(runs.map((r) => r.leadTimeMedianSeconds)),
    leadTimeP85Seconds: estimate(runs.map((r) => r.leadTimeP85Seconds)),
    utilization: Object.fromEntries(
      stages.map((name, s) => [name, estimate(runs.map((r) => r.utilization[s]!))]),
    ),
    wipMean: estimate(runs.map((r) => r.wipMean)),
    constraint: stages[top] ?? '',
    constraintShare: Object.fromEntries(
      stages.flatMap((name, s) => (share[s]! > 0 ? [[name, round(share[s]!)]] : [])),
    ),
    heldBackAtEnd: estimate(runs.map((r) => r.heldBackAtEnd)).mean,
  };
}

function estimate(values: readonly number[]): Estimate {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (n === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n === 1) return { mean, low: Number.NaN, high: Number.NaN };
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const half = studentT975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, low: mean - half, high: mean + half };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
