import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type PatternStep,
  simulateValueStream,
  toEventLog,
  type ValueStreamSpec,
} from '../../bench/detection/simulateValueStream.js';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import type { PatternKind } from '../../src/core/changes/PatternChange.js';

const DAY = 86_400_000;

// Four stages, none overloaded, about 34 weeks of arrivals at one case an hour of wall time.
const spec = (step: PatternStep | null): ValueStreamSpec => ({
  domain: 'software',
  stages: [
    {
      name: 'Refinement',
      servers: 2,
      meanServiceHours: 0.9,
      service: { kind: 'exponential' },
      rework: 0,
    },
    {
      name: 'Development',
      servers: 3,
      meanServiceHours: 1.8,
      service: { kind: 'gamma', shape: 4 },
      rework: 0,
    },
    {
      name: 'Code Review',
      servers: 2,
      meanServiceHours: 0.8,
      service: { kind: 'gamma', shape: 4 },
      rework: 0.02,
    },
    { name: 'QA', servers: 2, meanServiceHours: 0.8, service: { kind: 'exponential' }, rework: 0 },
  ],
  arrivalsPerHour: 1,
  cases: 5800,
  startMs: Date.UTC(2025, 0, 6),
  completeOnly: false,
  workingHours: false,
  batchStage: false,
  truncateShare: 0,
  sharedPool: null,
  step,
});

const cases: Array<{
  title: string;
  step: PatternStep;
  kind: PatternKind;
  stage?: string;
  up: boolean;
}> = [
  {
    title: 'arrivals stepping up by 40 %',
    step: { afterShare: 0.5, arrivalFactor: 1.4 },
    kind: 'demand',
    up: true,
  },
  {
    title: 'arrivals falling by a third',
    step: { afterShare: 0.5, arrivalFactor: 0.67 },
    kind: 'demand',
    up: false,
  },
  {
    title: 'Development growing uneven (gamma CV 0.5 to log-normal CV 1.5)',
    step: { afterShare: 0.5, stage: 1, service: { kind: 'lognormal', cv: 1.5 } },
    kind: 'variability',
    stage: 'Development',
    up: true,
  },
  {
    title: 'rework from Code Review surging from 2 % to 25 %',
    step: { afterShare: 0.5, stage: 2, rework: 0.25 },
    kind: 'rework',
    stage: 'Development',
    up: true,
  },
];

for (const c of cases) {
  test(`finds ${c.title} within 7 days`, () => {
    const sim = simulateValueStream(spec(c.step), 11);
    const at = Date.parse(sim.truth.stepAt ?? '');
    const { changes } = analyzeLog(toEventLog(sim.events));
    const hit = changes.find(
      (x) => x.kind === c.kind && x.stage === c.stage && Math.abs(Date.parse(x.at) - at) <= 7 * DAY,
    );
    assert.ok(hit, JSON.stringify(changes, null, 1));
    assert.equal(hit.direction, c.up ? 'up' : 'down');
    assert.equal(hit.after > hit.before, c.up);
  });
}

test('the same stream without a step reports no change', () => {
  const sim = simulateValueStream(spec(null), 11);
  assert.deepEqual(analyzeLog(toEventLog(sim.events)).changes, []);
});
