import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../support/sharedData.js';

const bin = resolve(import.meta.dirname, '../../bin/drumbeat.js');
const example = resolve(import.meta.dirname, '../../examples/helpdesk.xes.gz');

function drumbeat(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('analyze --json prints one JSON document with the documented fields and nothing else', () => {
  const run = drumbeat('analyze', example, '--json');
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(report.log).slice(0, 5), [
    'cases',
    'events',
    'activities',
    'start',
    'end',
  ]);
  assert.equal(report.log.cases, 4580);
  assert.equal(report.log.events, 21348);
  for (const key of [
    'directlyFollows',
    'startActivities',
    'endActivities',
    'caseDuration',
    'stages',
    'constraint',
  ]) {
    assert.ok(key in report, key);
  }
  for (const key of [
    'name',
    'rank',
    'score',
    'instances',
    'throughputPerWeek',
    'meanWaitSeconds',
    'meanProcessingSeconds',
    'servers',
    'utilization',
    'wipMean',
    'queueTrendPerWeek',
  ]) {
    assert.ok(key in report.stages[0], `stages[].${key}`);
  }
  assert.match(report.constraint.kind, /^(internal|demand)$/);
  assert.ok(report.stages.some((s: { name: string }) => s.name === report.constraint.stage));
  assert.ok(report.constraint.confidence >= 0 && report.constraint.confidence <= 1);
});

test('the text report leads with the constraint, marks it in the stage table and says how time was read', async () => {
  const run = drumbeat('analyze', sharedPath('ground-truth', 'gt-1003.csv.gz'));
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const headline = lines.findIndex((l) => l.startsWith('CONSTRAINT'));
  assert.match(lines[headline]!, /CONSTRAINT: QA/);
  assert.ok(headline < lines.findIndex((l) => l.startsWith('Stages in flow order')));
  assert.match(run.stdout, /▶\s+QA/);
  assert.match(run.stdout, /Timestamps without offset read as UTC/);
  assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
});

test('bad input exits non-zero with a message naming the file and line, and prints nothing on stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drumbeat-cli-'));
  const file = join(dir, 'bad.csv');
  writeFileSync(
    file,
    'case_id,activity,timestamp\nA,Review,2025-01-06T09:00:00Z\nA,QA,not a date\n',
  );
  const run = drumbeat('analyze', file, '--json');
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /bad\.csv:3/);
  const skipped = drumbeat('analyze', file, '--json', '--skip-invalid');
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.equal(JSON.parse(skipped.stdout).skipped.count, 1);
});

test('a missing file, a bad calendar and a bad --servers value are refused with a reason', () => {
  const missing = drumbeat('analyze', '/nonexistent/log.csv');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /\/nonexistent\/log\.csv/);
  const calendar = drumbeat('analyze', example, '--calendar', 'Mon-Fri 9-5');
  assert.equal(calendar.status, 1);
  assert.match(calendar.stderr, /cannot read hours "9-5"/);
  const servers = drumbeat('analyze', example, '--servers', 'QA');
  assert.equal(servers.status, 1);
  assert.match(servers.stderr, /--servers/);
});

test('--calendar, --timezone, --servers and --stages change the analysis as documented', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drumbeat-cli-'));
  const map = join(dir, 'stages.yaml');
  writeFileSync(
    map,
    'stages:\n  - name: Build\n    activities: [Development, Code Review]\nexclude: [Ticket Created]\n',
  );
  const run = drumbeat(
    'analyze',
    sharedPath('ground-truth', 'gt-1003.csv.gz'),
    '--json',
    '--calendar',
    'Mon-Fri 09:00-17:00',
    '--timezone',
    'Europe/Amsterdam',
    '--servers',
    'QA=5',
    '--stages',
    map,
  );
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.log.calendar.source, 'given');
  assert.equal(report.log.timezone, 'Europe/Amsterdam');
  assert.equal(report.stages[0].name, 'Build');
  assert.ok(!report.stages.some((s: { name: string }) => s.name === 'Ticket Created'));
  assert.equal(report.stages.find((s: { name: string }) => s.name === 'QA').servers, 5);
});

test('forecast answers "when will N be done" and "how many in D days" for the stream and the constraint', () => {
  const run = drumbeat(
    'forecast',
    sharedPath('ground-truth', 'gt-1003.csv.gz'),
    '--items',
    '40',
    '--days',
    '7',
    '--json',
  );
  assert.equal(run.status, 0, run.stderr);
  const f = JSON.parse(run.stdout);
  assert.equal(f.constraint.stage, 'QA');
  for (const part of [f.stream, f.constraint]) {
    assert.ok(part.when.p50Days <= part.when.p85Days && part.when.p85Days <= part.when.p95Days);
    assert.ok(part.howMany.p95 <= part.howMany.p85 && part.howMany.p85 <= part.howMany.p50);
  }
  const bad = drumbeat('forecast', example, '--items', '0');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--items/);
});
