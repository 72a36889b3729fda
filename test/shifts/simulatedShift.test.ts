import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  simulateValueStream,
  toEventLog,
  type ValueStreamSpec,
} from '../../bench/detection/simulateValueStream.js';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { detectShifts } from '../../src/core/shifts/detectShifts.js';

const DAY = 86_400_000;

// Review (rho 0.93 on 1 person) is the constraint until a second person joins it; then Build
// (rho 0.82) leads. Working hours and complete-only events, as real exports have.
const spec = (
  shift: { stage: number; addServers: number; afterShare: number } | null,
): ValueStreamSpec => ({
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
      servers: 2,
      meanServiceHours: 1.64,
      service: { kind: 'lognormal', cv: 0.8 },
      rework: 0,
    },
    {
      name: 'Code Review',
      servers: 1,
      meanServiceHours: 0.93,
      service: { kind: 'gamma', shape: 2 },
      rework: 0,
    },
    { name: 'QA', servers: 2, meanServiceHours: 0.8, service: { kind: 'exponential' }, rework: 0 },
  ],
  arrivalsPerHour: 1,
  cases: 1000,
  startMs: Date.UTC(2025, 0, 6),
  completeOnly: true,
  workingHours: true,
  batchStage: false,
  truncateShare: 0,
  sharedPool: null,
  shift,
});

test('a simulated move from Code Review to Development is found within 7 days', () => {
  const sim = simulateValueStream(spec({ stage: 2, addServers: 1, afterShare: 0.5 }), 42);
  assert.equal(sim.truth.constraint, 'Code Review');
  assert.equal(sim.truth.constraintAfter, 'Development');
  const shifts = detectShifts(analyzeDetailed(toEventLog(sim.events)));
  assert.equal(shifts.length, 1, JSON.stringify(shifts, null, 1));
  const [shift] = shifts;
  assert.equal(shift?.from, 'Code Review');
  assert.equal(shift?.to, 'Development');
  assert.ok(Math.abs(Date.parse(shift.at) - Date.parse(sim.truth.shiftAt ?? '')) <= 7 * DAY);
});

test('the same stream without the shift reports no move', () => {
  const sim = simulateValueStream(spec(null), 42);
  assert.deepEqual(detectShifts(analyzeDetailed(toEventLog(sim.events))), []);
});
