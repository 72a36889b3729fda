import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../support/sharedData.js';

const bin = resolve(import.meta.dirname, '../../bin/drumbeat.js');

function drumbeat(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const log = sharedPath('ground-truth', 'gt-1002.csv.gz');
const quick = ['--replications', '4', '--weeks', '8'];

test('whatif --json prints baseline and scenario with throughput, lead time, constraint, utilisation and intervals', () => {
  const run = drumbeat('whatif', log, '--capacity', 'Reproduction=+1', ...quick, '--json');
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  for (const side of [result.baseline, result.scenario]) {
    assert.equal(typeof side.throughputPerWeek, 'number');
    assert.equal(typeof side.leadTimeP85Seconds, 'number');
    assert.equal(side.throughputPerWeekCI.length, 2);
    assert.ok(side.throughputPerWeekCI[0] <= side.throughputPerWeek);
    assert.ok(side.utilization.Reproduction > 0);
    assert.equal(side.replications, 4);
  }
  assert.equal(result.baseline.constraint, 'Reproduction');
  assert.equal(result.scenario.constraint, 'Customer Confirmation');
  assert.ok(result.scenario.leadTimeP85Seconds < result.baseline.leadTimeP85Seconds);
  assert.ok(result.calibration.length > 5);
});

test('whatif without --json prints a readable comparison; the same seed gives the same answer', () => {
  const a = drumbeat('whatif', log, '--processing', 'Reproduction=-20%', '--rope', ...quick);
  assert.equal(a.status, 0, a.stderr);
  assert.match(a.stdout, /throughput \/ week/);
  assert.match(a.stdout, /rope, buffer \d+ cases/);
  assert.match(a.stdout, /Reproduction/);
  const b = drumbeat('whatif', log, '--processing', 'Reproduction=-20%', '--rope', ...quick);
  assert.equal(a.stdout, b.stdout);
});

test('whatif says when the next busiest stage would run below the internal-constraint load: demand would limit the stream', () => {
  // gt-1002: one more person at Reproduction leaves Customer Confirmation busiest at about 61 %.
  const run = drumbeat('whatif', log, '--capacity', 'Reproduction=+1', ...quick);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /Customer Confirmation would be the busiest stage but no longer hold the stream back: demand would then be the constraint \(below 70\.0 %/,
  );
  // With a constraint loaded past that threshold, nothing of the kind is said.
  const baseline = drumbeat('whatif', log, '--arrivals', '+1%', ...quick);
  assert.doesNotMatch(baseline.stdout, /demand would then be the constraint/);
});

test('whatif names an unknown stage and lists the known ones, on stderr, with exit 1', () => {
  const run = drumbeat('whatif', log, '--capacity', 'Reproductoin=+1', ...quick);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /unknown stage "Reproductoin"/);
  assert.match(run.stderr, /"Reproduction"/);
  assert.match(run.stderr, /"Customer Confirmation"/);
});

test('whatif rejects a bad number with the flag named', () => {
  for (const [args, pattern] of [
    [['--capacity', 'Reproduction=+one'], /--capacity "Reproduction=\+one"/],
    [['--arrivals', 'ten'], /--arrivals "ten": expected a percentage/],
    [['--processing', 'Reproduction=-150%'], /above -100%/],
    [['--wip-cap', '0'], /--wip-cap "0"/],
    [['--capacity', 'Reproduction=-1'], /cannot lose 1/],
    [['--replications', '1'], /--replications/],
  ] as const) {
    const run = drumbeat('whatif', log, ...args, '--weeks', '4');
    assert.equal(run.status, 1, `${args.join(' ')}: ${run.stdout}`);
    assert.match(run.stderr, pattern);
  }
});
