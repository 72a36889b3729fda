import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import type { Initiative, KeyResult, TeamMetric } from '../../src/core/strategy/Strategy.js';
import { MAX_IN_FLIGHT, triageStrategy } from '../../src/core/strategy/triageStrategy.js';
import { groundTruthReport } from './support/qaReport.js';

let qa: AnalysisReport;
before(async () => {
  qa = await groundTruthReport('gt-1003');
});

const initiative = (over: Partial<Initiative>): Initiative => ({
  id: over.title ?? 'i',
  title: 'Second QA shift',
  step: 'elevate',
  owner: 'Ana',
  stage: 'QA',
  expectedEffectPerWeek: 10,
  effort: 4,
  status: 'active',
  ...over,
});

const kr = (over: Partial<KeyResult>): KeyResult => ({
  id: 'k',
  objectiveId: 'o',
  title: 'QA throughput',
  description: '',
  stage: 'QA',
  source: 'live',
  liveMetric: 'constraint-throughput-per-week',
  start: 150,
  target: 230,
  unit: 'items/week',
  ...over,
});

/** A copy of the report in which QA is neither overloaded nor starved. */
function calm(report: AnalysisReport): AnalysisReport {
  const r = structuredClone(report);
  for (const s of r.stages) {
    s.utilization = 0.5;
    s.queueTrendPerWeek = 0;
  }
  r.buffer.zone = 'green';
  r.starvation.starvedHours = 0;
  return r;
}

test('work aimed at a non-constraint while the constraint is overloaded is a scaling trap, with why', () => {
  const t = triageStrategy(
    qa,
    'QA',
    [
      initiative({ title: 'Second QA shift' }),
      initiative({ title: 'Faster builds', stage: 'Development', effort: 2 }),
    ],
    [],
    [],
  );
  const flags = t.flags.filter((f) => f.rule === 'scaling-trap');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]?.subject.title, 'Faster builds');
  assert.match(flags[0]!.why, /aimed at Development, not the constraint/);
  assert.match(flags[0]!.why, /QA is overloaded/);
  assert.match(flags[0]!.why, /96 % utilised/);
  assert.equal(t.focusShare, 4 / 6);
});

test('subordinate-step work, finished work and a calm constraint raise no scaling trap', () => {
  const plan = [
    initiative({ title: 'Pace releases to QA', step: 'subordinate', stage: 'Development' }),
    initiative({ title: 'Old tooling', stage: 'Design', status: 'done' }),
  ];
  assert.deepEqual(triageStrategy(qa, 'QA', plan, [], []).flags, []);
  const elsewhere = [initiative({ title: 'Faster builds', stage: 'Development' })];
  assert.deepEqual(triageStrategy(calm(qa), 'QA', elsewhere, [], []).flags, []);
});

test('a key result on another stage is a scaling trap; the whole stream is not', () => {
  const t = triageStrategy(
    qa,
    'QA',
    [],
    [kr({ title: 'Design lead time', stage: 'Design' }), kr({ stage: null, title: 'Lead time' })],
    [],
  );
  assert.deepEqual(
    t.flags.map((f) => f.subject.title),
    ['Design lead time'],
  );
});

test(`more than ${MAX_IN_FLIGHT} initiatives in flight is hedging`, () => {
  const plan = Array.from({ length: MAX_IN_FLIGHT + 1 }, (_, i) =>
    initiative({ title: `qa ${i}` }),
  );
  const t = triageStrategy(qa, 'QA', plan, [], []);
  assert.deepEqual(
    t.flags.map((f) => f.rule),
    ['too-many-in-flight'],
  );
  assert.match(t.flags[0]!.why, /6 initiatives/);
  assert.equal(triageStrategy(qa, 'QA', plan.slice(1), [], []).flags.length, 0);
});

test('effort spread over three stages with under half at the constraint is hedging', () => {
  const plan = [
    initiative({ title: 'a', stage: 'QA', effort: 2 }),
    initiative({ title: 'b', stage: 'Design', effort: 2 }),
    initiative({ title: 'c', stage: 'Release', effort: 2, step: 'subordinate' }),
  ];
  const t = triageStrategy(calm(qa), 'QA', plan, [], []);
  assert.deepEqual(
    t.flags.map((f) => f.rule),
    ['spread-over-stages'],
  );
  assert.match(t.flags[0]!.why, /3 stages \(Design, QA, Release\) with only 33 % at QA/);
  plan[0]!.effort = 4;
  assert.deepEqual(triageStrategy(calm(qa), 'QA', plan, [], []).flags, []);
});

test('activity metrics in check-in key results and team metrics are flagged; live ones are not', () => {
  const metric: TeamMetric = {
    id: 'm',
    team: 'Sales',
    stage: null,
    name: 'Pipeline value',
    description: '',
    target: '€2M',
  };
  const t = triageStrategy(
    calm(qa),
    'QA',
    [],
    [
      kr({
        id: 'k1',
        source: 'check-in',
        liveMetric: null,
        title: 'Story points planned per sprint',
      }),
      kr({ id: 'k2', source: 'check-in', liveMetric: null, title: 'Items completed at QA' }),
    ],
    [metric],
  );
  assert.deepEqual(
    t.flags.map((f) => [f.rule, f.subject.kind, f.subject.id]),
    [
      ['activity-metric', 'key-result', 'k1'],
      ['activity-metric', 'team-metric', 'm'],
    ],
  );
  assert.match(t.flags[0]!.why, /"story points"/);
  assert.match(t.flags[0]!.why, /outcome at QA/);
});
