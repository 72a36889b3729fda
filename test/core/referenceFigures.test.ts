import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { discoverDirectlyFollows } from '../../src/core/flow/discoverDirectlyFollows.js';
import { summarizeCases } from '../../src/core/flow/summarizeCases.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { sharedPath } from '../support/sharedData.js';

interface Reference {
  cases: number;
  events: number;
  activities: number;
  start: string;
  end: string;
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
  caseDuration: { meanSeconds: number; medianSeconds: number };
  directlyFollows: Array<{
    from: string;
    to: string;
    count: number;
    meanSeconds: number;
    medianSeconds: number;
  }>;
}

const LOGS: Array<[file: string, ref: string]> = [
  ['running-example.xes', 'running-example.json'],
  ['receipt.xes.gz', 'receipt.xes.json'],
  ['receipt.csv', 'receipt.csv.json'],
  ['helpdesk.xes.gz', 'helpdesk.json'],
  ['BPI_Challenge_2012_W_Two_TS.xes.gz', 'BPI_Challenge_2012_W_Two_TS.json'],
  ['sepsis.csv', 'sepsis.json'],
  ['roadtraffic100traces.xes', 'roadtraffic100traces.json'],
];

for (const [file, refFile] of LOGS) {
  test(`${file}: directly-follows graph, start/end activities and case durations match the reference exactly`, async () => {
    const ref = JSON.parse(readFileSync(sharedPath('ref', refFile), 'utf8')) as Reference;
    const { log } = await readEventLog(sharedPath('logs', file));
    assert.equal(log.caseNames.length, ref.cases);
    assert.equal(log.size, ref.events);
    assert.equal(log.activityNames.length, ref.activities);
    const cases = summarizeCases(log);
    assert.deepEqual(cases.startActivities, ref.startActivities);
    assert.deepEqual(cases.endActivities, ref.endActivities);
    assert.ok(
      Math.abs(cases.duration.mean - ref.caseDuration.meanSeconds) < 1e-3,
      'case duration mean',
    );
    assert.ok(
      Math.abs(cases.duration.median - ref.caseDuration.medianSeconds) < 1e-3,
      'case duration median',
    );
    const arcs = new Map(discoverDirectlyFollows(log).map((a) => [`${a.from}\u0000${a.to}`, a]));
    assert.equal(arcs.size, ref.directlyFollows.length, 'number of arcs');
    for (const want of ref.directlyFollows) {
      const got = arcs.get(`${want.from}\u0000${want.to}`);
      assert.ok(got, `arc ${want.from} → ${want.to} is missing`);
      assert.equal(got.count, want.count, `count of ${want.from} → ${want.to}`);
      assert.ok(
        Math.abs(got.meanSeconds - want.meanSeconds) < 1e-3,
        `mean of ${want.from} → ${want.to}`,
      );
      assert.ok(
        Math.abs(got.medianSeconds - want.medianSeconds) < 1e-3,
        `median of ${want.from} → ${want.to}`,
      );
    }
  });
}
