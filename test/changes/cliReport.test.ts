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

// gt-1010: Demo, the constraint, went from 2 to 4 people on 2025-05-08.
const log = sharedPath('ground-truth', 'gt-1010.csv.gz');

test('the text report lists new patterns with their day and evidence', () => {
  const run = drumbeat('analyze', log);
  assert.equal(run.status, 0, run.stderr);
  const section = run.stdout.split('New patterns\n')[1]?.split('\n\n')[0] ?? '';
  assert.match(section, /^ {2}2025-05-08 capacity Demo went from 2 to 4 people working there/m);
  assert.equal(section.trim().split('\n').length, 1, section);
});

test('analyze --json carries the changes in the documented shape', () => {
  const run = drumbeat('analyze', log, '--json');
  assert.equal(run.status, 0, run.stderr);
  const { changes } = JSON.parse(run.stdout) as { changes: Array<Record<string, unknown>> };
  assert.equal(changes.length, 1);
  assert.deepEqual(Object.keys(changes[0]!).sort(), [
    'after',
    'at',
    'before',
    'confidence',
    'direction',
    'evidence',
    'kind',
    'significance',
    'stage',
    'unit',
  ]);
  assert.deepEqual(
    [changes[0]!.kind, changes[0]!.stage, changes[0]!.before, changes[0]!.after],
    ['capacity', 'Demo', 2, 4],
  );
});

test('a stable log prints no new-patterns section', () => {
  const run = drumbeat('analyze', sharedPath('ground-truth', 'gt-1003.csv.gz'));
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stdout, /New patterns/);
});
