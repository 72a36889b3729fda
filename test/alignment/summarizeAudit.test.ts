import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditRecord } from '../../src/core/alignment/AuditRecord.js';
import { summarizeAudit } from '../../src/core/alignment/summarizeAudit.js';
import { DEFINITION, PARTLY, RIGHT, WRONG } from './support.js';

const audit = (
  id: string,
  createdAt: string,
  responses: AuditRecord['responses'],
): AuditRecord => ({
  id,
  title: id,
  createdAt,
  definition: DEFINITION,
  respondents: 4,
  responses,
});

test('the summary gives the gap by team and level, the misses, wrong constraints, misreadings and the trend', () => {
  const first = audit('q1', '2026-01-05T09:00:00.000Z', [
    { team: 'Support', level: 'staff', answers: WRONG },
    { team: 'Support', level: 'staff', answers: PARTLY },
  ]);
  const second = audit('q2', '2026-04-06T09:00:00.000Z', [
    { team: 'Engineering', level: 'manager', answers: RIGHT },
    { team: 'Support', level: 'staff', answers: PARTLY },
    { team: 'Support', level: 'staff', answers: WRONG },
  ]);
  const s = summarizeAudit(second, [first]);
  assert.equal(s.responses, 3);
  assert.equal(s.respondents, 4);
  assert.equal(s.namingRight, 0.667);
  assert.deepEqual(
    s.byTeam.map((g) => [g.name, g.responses]),
    [
      ['Support', 2],
      ['Engineering', 1],
    ],
  );
  assert.ok(s.byTeam[0]!.gap > s.byTeam[1]!.gap);
  assert.deepEqual(
    s.byLevel.map((g) => g.name),
    ['staff', 'manager'],
  );
  assert.deepEqual(s.wrongConstraints, [{ stage: 'Triage', count: 1 }]);
  assert.equal(s.noConstraintNamed, 0);
  // Both the partly right and the wrong answer miss the release point; the right one makes it.
  const release = s.missedPoints.find((p) => p.text.startsWith('Release'));
  assert.equal(release?.missed, 2);
  assert.ok(
    s.misunderstandings.some((m) => m.label === 'Maximise utilisation everywhere' && m.count === 1),
  );
  assert.deepEqual(
    s.trend.map((t) => [t.auditId, t.responses]),
    [
      ['q1', 2],
      ['q2', 3],
    ],
  );
  assert.ok(s.change !== null && s.change > 0, `change ${s.change}`);
  assert.equal(s.change, Math.round(((s.score ?? 0) - (s.trend[0]!.score ?? 0)) * 1000) / 1000);
});

test('an audit without responses has no score yet, and no change', () => {
  const s = summarizeAudit(audit('empty', '2026-01-01T00:00:00.000Z', []));
  assert.equal(s.score, null);
  assert.equal(s.namingRight, null);
  assert.equal(s.change, null);
  assert.deepEqual(s.byTeam, []);
});
