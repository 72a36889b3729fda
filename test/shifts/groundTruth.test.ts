import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { detectShifts } from '../../src/core/shifts/detectShifts.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { groundTruthLogs } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

const DAY = 86_400_000;
const dir = sharedPath('ground-truth');
const logs = groundTruthLogs();

test('the ground-truth sample holds shift logs and stable logs', () => {
  assert.ok(logs.filter((g) => g.truth.shift_at).length >= 3);
  assert.ok(logs.filter((g) => !g.truth.shift_at).length >= 13);
});

for (const { id, truth } of logs) {
  const { shift_at: at, constraint_after: after } = truth;
  const title =
    at && after
      ? `${id}: finds the move from ${truth.constraint} to ${after} within 7 days of ${at.slice(0, 10)}`
      : `${id}: reports no move of a stable constraint`;
  test(title, async () => {
    const { log } = await readEventLog(`${dir}/${id}.csv.gz`);
    const shifts = detectShifts(analyzeDetailed(log));
    if (!at || !after) {
      assert.deepEqual(shifts, [], JSON.stringify(shifts, null, 1));
      return;
    }
    const hit = shifts.find(
      (s) => s.to === after && Math.abs(Date.parse(s.at) - Date.parse(at)) <= 7 * DAY,
    );
    assert.ok(hit, JSON.stringify(shifts, null, 1));
    assert.equal(hit.from, truth.constraint);
    assert.ok(hit.confidence > 0 && hit.confidence <= 1);
    assert.ok(hit.evidence.length >= 2 && hit.evidence.every((e) => /\d/.test(e)));
  });
}
