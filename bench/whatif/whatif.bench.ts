/**
 * What-if speed: 100 replications of one simulated year of a 10-stage stream with 50,000 cases
 * a year, on every core (worker threads) and, as the peer in the same run, on one thread. The
 * stream: Poisson arrivals, exponential processing, 1 to 4 servers per stage at 55–92 %
 * utilisation, 10 % of cases sent back one stage after each stage (rework). With
 * `--external-delays`, every move into a stage first waits an external delay resampled from
 * 1,000 exponential draws (mean 4 h), one more event per stage visit. Prints the figures for
 * docs/benchmarks.md.
 *
 *   node --import tsx bench/whatif/whatif.bench.ts [--replications 100] [--external-delays]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { SimulationModel } from '../../src/core/simulation/SimulationModel.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { summarizeRuns } from '../../src/core/simulation/summarizeRuns.js';
import { trafficLoads } from '../../src/core/simulation/trafficLoads.js';
import { runReplications } from '../../src/simulation/runReplications.js';

const { values } = parseArgs({
  options: {
    replications: { type: 'string', default: '100' },
    'external-delays': { type: 'boolean', default: false },
  },
});
const replications = Number(values.replications);
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const CASES_PER_YEAR = 50_000;
const STAGES = 10;
const REWORK = 0.1;
const servers = [2, 3, 1, 4, 2, 3, 1, 2, 4, 3];
const targetRho = [0.7, 0.62, 0.92, 0.55, 0.8, 0.66, 0.75, 0.6, 0.58, 0.7];

const arrivalsPerMs = CASES_PER_YEAR / (52 * WEEK);
// With rework back one stage, stage s is visited v_s times per case (traffic equations);
// service means are set so that each stage has its target utilisation.
const routing = Array.from({ length: STAGES }, (_, s) => {
  const row = new Array<number>(STAGES + 1).fill(0);
  if (s > 0) row[s - 1] = REWORK;
  row[s + 1] = s > 0 ? 1 - REWORK : 1;
  return row;
});
const model: SimulationModel = {
  stages: Array.from({ length: STAGES }, (_, s) => `Stage ${s + 1}`),
  servers,
  service: servers.map(() => ({ kind: 'exponential', meanMs: HOUR })),
  serviceScale: servers.map(() => 1),
  entry: servers.map((_, s) => (s === 0 ? 1 : 0)),
  routing,
  arrivals: { kind: 'poisson', meanGapMs: 1 / arrivalsPerMs },
  gapScale: 1,
  week: { starts: Float64Array.of(0), ends: Float64Array.of(WEEK) },
  release: { kind: 'open' },
};
const visits = trafficLoads(model, WEEK).visits;
model.service = servers.map((c, s) => ({
  kind: 'exponential',
  meanMs: (targetRho[s]! * c) / (arrivalsPerMs * visits[s]!),
}));
if (values['external-delays']) {
  const draws = Float64Array.from(
    { length: 1000 },
    (_, k) => -4 * HOUR * Math.log(1 - (k + 0.5) / 1000),
  );
  model.externalDelay = servers.map(() => ({ kind: 'empirical', samplesMs: draws }));
}
const length = { weeks: 52, warmupWeeks: 4 };
const threads = availableParallelism();

let t0 = performance.now();
const parallel = await runReplications(model, length, 1, { from: 0, to: replications, threads });
const parallelSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
const single = simulateReplications(model, length, 1, 0, replications);
const singleSeconds = (performance.now() - t0) / 1000;

const summary = summarizeRuns(model.stages, parallel);
const identical = JSON.stringify(parallel) === JSON.stringify(single);
const events = Math.round(
  summary.throughputPerWeek.mean *
    (length.weeks + length.warmupWeeks) *
    visits.reduce((a, b) => a + b, 0),
);
console.log(
  `what-if: ${replications} replications × (${length.weeks} + ${length.warmupWeeks} warm-up) weeks, ${STAGES} stages, ${CASES_PER_YEAR} cases a year${values['external-delays'] ? ', external delays at every stage' : ''}`,
);
console.log(
  `  throughput ${summary.throughputPerWeek.mean.toFixed(1)} cases/week (${(summary.throughputPerWeek.mean * 52).toFixed(0)} a year), constraint ${summary.constraint}`,
);
console.log(`  about ${(events / 1e6).toFixed(2)} M stage visits per replication`);
console.log(`  ${threads} worker threads: ${parallelSeconds.toFixed(2)} s (target < 20 s)`);
console.log(
  `  one thread:        ${singleSeconds.toFixed(2)} s (speed-up ${(singleSeconds / parallelSeconds).toFixed(2)}×)`,
);
console.log(`  threaded runs identical to the single-thread runs: ${identical}`);
console.log(`  load average at the end (other work on the machine): ${loadavg()[0]!.toFixed(1)}`);
