import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { resolveRegister } from '../../src/core/strategy/resolveRegister.js';
import type { RegisterEntry } from '../../src/core/strategy/Strategy.js';
import { groundTruthReport } from './support/qaReport.js';

let qa: AnalysisReport;
let shifted: AnalysisReport;
before(async () => {
  qa = await groundTruthReport('gt-1003');
  shifted = await groundTruthReport('gt-1009');
});

const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  id: 'e1',
  at: '2030-01-01T00:00:00.000Z',
  action: 'confirm',
  stage: 'QA',
  type: 'capacity',
  permanence: 'structural',
  owner: 'Ana',
  reason: '',
  by: 'Ana',
  ...over,
});

test('without entries the detected constraint is in force, since the data starts', () => {
  const r = resolveRegister(qa, []);
  assert.equal(r.status, 'detected');
  assert.equal(r.stage, 'QA');
  assert.equal(r.type, 'capacity');
  assert.equal(r.since, qa.log.start);
  assert.equal(r.history[0]?.action, 'detected');
});

test('no events and no entry: unknown', () => {
  const r = resolveRegister(null, []);
  assert.equal(r.status, 'unknown');
  assert.equal(r.stage, null);
});

test('a confirmation of the detected stage makes it confirmed, with its owner and type', () => {
  const r = resolveRegister(qa, [entry({ permanence: 'temporary', owner: 'Bo' })]);
  assert.equal(r.status, 'confirmed');
  assert.equal(r.owner, 'Bo');
  assert.equal(r.permanence, 'temporary');
  assert.equal(r.note, null);
  assert.equal(r.history.at(-1)?.action, 'confirm');
});

test('an override holds against the analysis, and says where they disagree', () => {
  const r = resolveRegister(qa, [
    entry({}),
    entry({
      id: 'e2',
      at: '2030-02-01T00:00:00.000Z',
      action: 'override',
      stage: 'Development',
      type: 'policy',
      reason: 'a freeze on merges',
    }),
  ]);
  assert.equal(r.status, 'overridden');
  assert.equal(r.stage, 'Development');
  assert.equal(r.detectedStage, 'QA');
  assert.equal(r.reason, 'a freeze on merges');
  assert.match(r.note ?? '', /analysis names QA/);
  assert.equal(r.since, '2030-02-01T00:00:00.000Z');
});

test('a confirmation of a stage the analysis no longer names falls back to the analysis', () => {
  const r = resolveRegister(qa, [entry({ stage: 'Development' })]);
  assert.equal(r.status, 'detected');
  assert.equal(r.stage, 'QA');
  assert.match(r.note ?? '', /now names QA/);
});

test('a shift detected after a person’s entry sends the register back to the analysis', () => {
  const shift = shifted.shifts[0]!;
  assert.ok(shift, 'gt-1009 has a detected shift');
  const before = new Date(Date.parse(shift.at) - 86_400_000).toISOString();
  const r = resolveRegister(shifted, [entry({ at: before, stage: shift.from })]);
  assert.equal(r.status, 'detected');
  assert.equal(r.stage, shifted.constraint.stage);
  assert.match(r.note ?? '', new RegExp(`move from ${shift.from} to ${shift.to}`));
  assert.equal(r.since, shift.at);
  assert.ok(r.history.some((h) => h.action === 'shift' && h.from === shift.from));
});

test('the history keeps every entry with what the person recorded, and the detected moves between them, by date', () => {
  const shift = shifted.shifts[0]!;
  const day = 86_400_000;
  const before = new Date(Date.parse(shift.at) - day).toISOString();
  const afterShift = new Date(Date.parse(shift.at) + day).toISOString();
  const r = resolveRegister(shifted, [
    entry({ id: 'a', at: before, stage: shift.from, owner: 'Bo', permanence: 'temporary' }),
    entry({
      id: 'b',
      at: afterShift,
      action: 'override',
      stage: shift.from,
      type: 'policy',
      owner: 'Cy',
      reason: 'a release freeze',
      by: 'Di',
    }),
  ]);
  const people = r.history.filter((h) => h.source === 'person');
  assert.deepEqual(
    people.map((h) => [h.action, h.by, h.type, h.permanence, h.owner, h.reason]),
    [
      ['confirm', 'Ana', 'capacity', 'temporary', 'Bo', ''],
      ['override', 'Di', 'policy', 'structural', 'Cy', 'a release freeze'],
    ],
  );
  const order = r.history.map((h) => h.action);
  assert.ok(order.indexOf('confirm') < order.indexOf('shift'));
  assert.ok(order.indexOf('shift') < order.indexOf('override'));
  const move = r.history.find((h) => h.action === 'shift')!;
  assert.equal(move.by, null);
  assert.equal(move.owner, null);
  assert.equal(r.status, 'overridden');
});
