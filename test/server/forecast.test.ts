import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { buildDailyThroughput } from '../../src/core/forecast/buildDailyThroughput.js';
import type { ForecastAnswer } from '../../src/core/forecast/ForecastAnswer.js';
import { forecastHowMany } from '../../src/core/forecast/forecastHowMany.js';
import { forecastWhen } from '../../src/core/forecast/forecastWhen.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { type RunningServer, startServer } from '../../src/server/startServer.js';
import { sharedPath } from '../support/sharedData.js';
import { MemoryEventStore } from './support/MemoryEventStore.js';

const token = 'test-token-0123456789';
const DAY = 86_400_000;
let server: RunningServer;
let id: string;

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function workspace(name: string): Promise<string> {
  const response = await fetch(`${server.url}/api/workspaces`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  return ((await response.json()) as { id: string }).id;
}

before(async () => {
  server = await startServer({ store: new MemoryEventStore(), token, port: 0 });
  id = await workspace('QA-bound stream');
  const imported = await fetch(
    `${server.url}/api/workspaces/${id}/import?filename=gt-1003.csv.gz`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: readFileSync(sharedPath('ground-truth', 'gt-1003.csv.gz')),
    },
  );
  assert.equal(imported.status, 200);
});
after(() => server.close());

test('the forecast route gives the same percentiles as `drumbeat forecast`, with dates and distributions', async () => {
  const { status, body } = await get(`/api/workspaces/${id}/forecast?items=200&days=30`);
  assert.equal(status, 200);
  const f = body as ForecastAnswer;
  // The same history and seed as the CLI: the same figures.
  const { log } = await readEventLog(sharedPath('ground-truth', 'gt-1003.csv.gz'));
  const series = buildDailyThroughput(analyzeDetailed(log), { days: 90 });
  const when = forecastWhen(series.stream, 200);
  const howMany = forecastHowMany(series.constraint, 30);
  assert.equal(f.stream.when?.p85Days, when.p85Days);
  assert.equal(f.stream.when?.p50Days, when.p50Days);
  assert.deepEqual(
    [f.constraint.howMany?.p50, f.constraint.howMany?.p85, f.constraint.howMany?.p95],
    [howMany.p50, howMany.p85, howMany.p95],
  );
  assert.equal(f.constraint.stage, 'QA');
  assert.equal(f.dayUnit, 'days');
  assert.equal(f.items, 200);
  assert.equal(f.days, 30);
  // The 85 % date is that many days after the last event's day.
  const lastDay = Math.floor(Date.parse(f.from ?? '') / DAY);
  const p85Day = Date.parse(`${f.stream.when?.p85Date}T00:00:00Z`) / DAY;
  assert.equal(p85Day - lastDay, f.stream.when?.p85Days);
  for (const target of [f.stream, f.constraint]) {
    const w = target.when!;
    assert.ok(w.p50Days! <= w.p85Days! && w.p85Days! <= w.p95Days!);
    const h = target.howMany!;
    assert.ok(h.p95 <= h.p85 && h.p85 <= h.p50);
    for (const bins of [w.distribution, h.distribution]) {
      const total = bins.reduce((s, b) => s + b.share, 0);
      assert.ok(Math.abs(total - 1) < 0.01, `shares sum to ${total}`);
      assert.ok(bins.every((b) => b.to >= b.from));
    }
    // The median lies in a bin reaching half the trials.
    let cumulative = 0;
    const median = w.distribution.find((b) => {
      cumulative += b.share;
      return cumulative >= 0.5;
    });
    assert.ok(median && median.from <= w.p50Days! && w.p50Days! <= median.to);
  }
});

test('a date is turned into the days after the last event, and answers as those days do', async () => {
  const days = await get(`/api/workspaces/${id}/forecast?days=21`);
  const f = days.body as ForecastAnswer;
  const lastDay = Math.floor(Date.parse(f.from ?? '') / DAY);
  const date = new Date((lastDay + 21) * DAY).toISOString().slice(0, 10);
  const byDate = (await get(`/api/workspaces/${id}/forecast?date=${date}`)).body as ForecastAnswer;
  assert.equal(byDate.days, 21);
  assert.equal(byDate.date, date);
  assert.deepEqual(byDate.stream.howMany, f.stream.howMany);
  assert.equal(byDate.stream.when, null, 'no items asked, no "when"');
});

test('bad questions are refused with 400 naming the field; an empty workspace with 409', async () => {
  const cases: Array<[string, RegExp]> = [
    ['items=-3', /items/],
    ['items=2.5', /items/],
    ['days=0', /days/],
    ['date=2025-13-45', /date/],
    ['date=next-week', /date/],
    ['date=2020-01-01', /date.*after the last event/],
    ['days=3&date=2030-01-01', /date/],
    ['history=2&items=5', /history/],
    ['', /items/],
  ];
  for (const [query, field] of cases) {
    const { status, body } = await get(`/api/workspaces/${id}/forecast?${query}`);
    assert.equal(status, 400, query);
    assert.match((body as { error: string }).error, field, query);
  }
  const empty = await workspace('Empty');
  assert.equal((await get(`/api/workspaces/${empty}/forecast?items=5`)).status, 409);
  assert.equal((await get('/api/workspaces/nope/forecast?items=5')).status, 404);
});
