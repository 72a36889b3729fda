import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { buildDailyThroughput } from '../../src/core/forecast/buildDailyThroughput.js';
import { findFinishedCases } from '../../src/core/views/findFinishedCases.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { SHARED_DATA } from '../support/sharedData.js';

test('daily throughput of receipt: 90 days of finished cases and constraint completions', async () => {
  const { log } = await readEventLog(join(SHARED_DATA, 'logs/receipt.xes.gz'));
  const utc = timeZone('UTC');
  const detail = analyzeDetailed(log, { calendar: parseCalendar('always', utc) });
  const series = buildDailyThroughput(detail);
  assert.equal(series.days.length, 90);
  assert.equal(series.stream.length, 90);
  assert.equal(series.constraint.length, 90);
  assert.equal(series.workingDays, false);
  assert.equal(series.constraintStage, detail.report.constraint.stage);

  // Over the whole log the stream series counts every finished case exactly once.
  const all = buildDailyThroughput(detail, { days: 100_000 });
  const finished = findFinishedCases(log, detail.cases.endActivities).reduce((a, b) => a + b, 0);
  assert.equal(
    all.stream.reduce((a, b) => a + b, 0),
    finished,
  );
  const s = detail.stages.names.indexOf(series.constraintStage);
  assert.equal(
    all.constraint.reduce((a, b) => a + b, 0),
    detail.metrics[s]!.completed,
  );

  const weekdays = buildDailyThroughput(
    analyzeDetailed(log, { calendar: parseCalendar('Mon-Fri 09:00-17:00', utc) }),
  );
  assert.equal(weekdays.workingDays, true);
  assert.ok(weekdays.days.length < 70 && weekdays.days.length > 60);
});
