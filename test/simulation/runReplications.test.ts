import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SimulationModel } from '../../src/core/simulation/SimulationModel.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { runReplications } from '../../src/simulation/runReplications.js';

const HOUR = 3_600_000;

const model: SimulationModel = {
  stages: ['a', 'b'],
  servers: [1, 2],
  service: [
    { kind: 'empirical', samplesMs: Float64Array.of(0.2 * HOUR, 0.5 * HOUR, 0.9 * HOUR) },
    { kind: 'exponential', meanMs: 1.5 * HOUR },
  ],
  serviceScale: [1, 1],
  entry: [1, 0],
  routing: [
    [0.1, 0.9, 0],
    [0.15, 0, 0.85],
  ],
  arrivals: { kind: 'poisson', meanGapMs: HOUR },
  gapScale: 1,
  // Monday to Friday, 09:00-17:00.
  week: {
    starts: Float64Array.from([0, 1, 2, 3, 4], (d) => d * 24 * HOUR + 9 * HOUR),
    ends: Float64Array.from([0, 1, 2, 3, 4], (d) => d * 24 * HOUR + 17 * HOUR),
  },
  release: { kind: 'open' },
};

test('replications split over worker threads equal a single-thread run with the same seeds, run for run', async () => {
  const length = { weeks: 8, warmupWeeks: 2 };
  const single = simulateReplications(model, length, 11, 0, 7);
  const threaded = await runReplications(model, length, 11, { from: 0, to: 7, threads: 2 });
  assert.equal(threaded.length, 7);
  assert.deepEqual(threaded, single);
  const tail = await runReplications(model, length, 11, { from: 4, to: 7, threads: 2 });
  assert.deepEqual(tail, single.slice(4), 'a later batch continues the same sequence of seeds');
});
