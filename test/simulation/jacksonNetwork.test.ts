import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SimulationModel } from '../../src/core/simulation/SimulationModel.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { summarizeRuns } from '../../src/core/simulation/summarizeRuns.js';
import { trafficLoads } from '../../src/core/simulation/trafficLoads.js';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/**
 * An open Jackson network with known parameters: Poisson arrivals, 4 an hour; three stations
 * with exponential service and 2, 1 and 3 servers; after station 1, 70 % go to 2 and 30 % to
 * 3; after 2, 20 % go back to 1 (rework) and the rest to 3; after 3, 10 % repeat 3 and the rest
 * leave. Traffic equations: v1 = 1 + 0.2 v2, v2 = 0.7 v1, v3 = 0.3 v1 + 0.8 v2 + 0.1 v3.
 */
function jackson(): SimulationModel {
  return {
    stages: ['one', 'two', 'three'],
    servers: [2, 1, 3],
    service: [
      { kind: 'exponential', meanMs: 0.4 * HOUR },
      { kind: 'exponential', meanMs: 0.25 * HOUR },
      { kind: 'exponential', meanMs: 0.5 * HOUR },
    ],
    serviceScale: [1, 1, 1],
    entry: [1, 0, 0],
    routing: [
      [0, 0.7, 0.3, 0],
      [0.2, 0, 0.8, 0],
      [0, 0, 0.1, 0.9],
    ],
    arrivals: { kind: 'poisson', meanGapMs: HOUR / 4 },
    gapScale: 1,
    week: { starts: Float64Array.of(0), ends: Float64Array.of(WEEK) },
    release: { kind: 'open' },
  };
}

/** Erlang's C formula: the chance an arrival waits at an M/M/c station with offered load a. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c;
  const rho = a / c;
  return last / (1 - rho) / (sum + last / (1 - rho));
}

test('the traffic equations of the Jackson network give the textbook visits', () => {
  const model = jackson();
  const loads = trafficLoads(model, WEEK);
  const v1 = 1 / (1 - 0.2 * 0.7);
  const v2 = 0.7 * v1;
  const v3 = (0.3 * v1 + 0.8 * v2) / 0.9;
  [v1, v2, v3].forEach((want, s) => {
    const got = loads.visits[s]!;
    assert.ok(Math.abs(got - want) < 1e-9, `${got} vs ${want}`);
  });
  assert.ok(Math.abs(loads.rho[0]! - (4 * v1 * 0.4) / 2) < 1e-9);
});

test('simulated utilisation, throughput and work in progress match the Jackson network within the 95 % interval', () => {
  const model = jackson();
  const loads = trafficLoads(model, WEEK);
  const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 1 }, 7, 0, 20);
  const summary = summarizeRuns(model.stages, runs);
  const inside = (label: string, e: { mean: number; low: number; high: number }, truth: number) =>
    assert.ok(
      e.low <= truth && truth <= e.high,
      `${label}: analytic ${truth.toFixed(4)} outside [${e.low.toFixed(4)}, ${e.high.toFixed(4)}]`,
    );
  model.stages.forEach((name, s) => {
    inside(`utilisation of ${name}`, summary.utilization[name]!, loads.rho[s]!);
  });
  inside('throughput per week', summary.throughputPerWeek, 4 * 24 * 7);
  // Jackson's theorem: each station behaves as an independent M/M/c queue, so the mean number
  // in the network is the sum of the stations' L = Lq + a, Lq = C(c, a) ρ / (1 − ρ).
  let wip = 0;
  model.stages.forEach((_, s) => {
    const c = model.servers[s]!;
    const a = loads.rho[s]! * c;
    wip += (erlangC(c, a) * loads.rho[s]!) / (1 - loads.rho[s]!) + a;
  });
  inside('mean work in progress', summary.wipMean, wip);
  assert.equal(summary.constraint, 'one', 'the station with the highest ρ is named the constraint');
});

test('the same seed gives the same runs; another seed gives others', () => {
  const model = jackson();
  const length = { weeks: 2, warmupWeeks: 1 };
  assert.deepEqual(
    simulateReplications(model, length, 3, 0, 3),
    simulateReplications(model, length, 3, 0, 3),
  );
  assert.notDeepEqual(
    simulateReplications(model, length, 3, 0, 1),
    simulateReplications(model, length, 4, 0, 1),
  );
});

test('a WIP cap holds the mean work in progress under the cap and keeps the rest waiting outside', () => {
  const model: SimulationModel = {
    ...jackson(),
    release: { kind: 'conwip', cap: 6 },
  };
  const summary = summarizeRuns(
    model.stages,
    simulateReplications(model, { weeks: 10, warmupWeeks: 1 }, 5, 0, 5),
  );
  assert.ok(summary.wipMean.high <= 6 + 1e-9, `wip ${summary.wipMean.high}`);
  assert.ok(summary.heldBackAtEnd > 0, 'some arrivals wait outside the stream');
  const open = summarizeRuns(
    model.stages,
    simulateReplications(
      { ...model, release: { kind: 'open' } },
      { weeks: 10, warmupWeeks: 1 },
      5,
      0,
      5,
    ),
  );
  assert.ok(summary.leadTimeP85Seconds.mean < open.leadTimeP85Seconds.mean);
});
