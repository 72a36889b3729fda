import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { measureStarvation } from '../../src/core/buffers/measureStarvation.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { groundTruthLogs } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

const dir = sharedPath('ground-truth');
const logs = groundTruthLogs().filter(({ truth }) => truth.idle_server_hours);

for (const { id, truth } of logs) {
  // The tolerances: 10 % with start events, 25 % when starts must be estimated.
  const tolerance = truth.complete_only ? 0.25 : 0.1;
  test(`${id}: the constraint's idle and starved server-hours agree with the simulation within ${tolerance * 100} %`, async () => {
    const { log } = await readEventLog(`${dir}/${id}.csv.gz`);
    const detail = analyzeDetailed(log);
    const got = measureStarvation(detail, truth.constraint);
    assert.ok(got);
    const idle = truth.idle_server_hours![truth.constraint]!;
    const starved = truth.starved_server_hours![truth.constraint]!;
    assert.ok(
      Math.abs(got.idleHours - idle) <= tolerance * idle,
      `idle ${got.idleHours} vs ${idle}`,
    );
    // A starved figure of zero is matched to within a hundredth of the idle time.
    assert.ok(
      Math.abs(got.starvedHours - starved) <= Math.max(tolerance * starved, 0.01 * idle),
      `starved ${got.starvedHours} vs ${starved}`,
    );
    assert.ok(got.periods.every((p) => p.hours > 0 && p.from < p.to));
  });
}
