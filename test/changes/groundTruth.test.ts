import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { groundTruthLogs } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

const DAY = 86_400_000;
const dir = sharedPath('ground-truth');
const logs = groundTruthLogs();

for (const { id, truth } of logs) {
  const at = truth.shift_at;
  const title = at
    ? `${id}: finds the people added to ${truth.constraint} within 7 days of ${at.slice(0, 10)}`
    : `${id}: a stable log raises no demand or capacity change`;
  test(title, async () => {
    const { log } = await readEventLog(`${dir}/${id}.csv.gz`);
    const { changes } = analyzeLog(log);
    const steps = changes.filter((c) => c.kind === 'demand' || c.kind === 'capacity');
    if (!at) {
      assert.deepEqual(steps, [], JSON.stringify(changes, null, 1));
      return;
    }
    const hit = changes.find(
      (c) =>
        c.kind === 'capacity' &&
        c.stage === truth.constraint &&
        Math.abs(Date.parse(c.at) - Date.parse(at)) <= 7 * DAY,
    );
    assert.ok(hit, JSON.stringify(changes, null, 1));
    assert.equal(hit.direction, 'up');
    assert.ok(hit.after > hit.before);
    assert.ok(hit.significance > 3 && hit.confidence > 0 && hit.confidence <= 1);
    assert.match(hit.evidence, new RegExp(`${truth.constraint} went from \\d`));
    // Nothing else in the stream changed in these logs.
    assert.equal(steps.length, 1, JSON.stringify(steps, null, 1));
  });
}
