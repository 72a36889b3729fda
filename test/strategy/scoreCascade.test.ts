import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { measureLiveMetric } from '../../src/core/strategy/measureLiveMetric.js';
import type { CheckIn, KeyResult, Objective } from '../../src/core/strategy/Strategy.js';
import { scoreCascade } from '../../src/core/strategy/scoreCascade.js';
import { groundTruthReport } from './support/qaReport.js';

let qa: AnalysisReport;
before(async () => {
  qa = await groundTruthReport('gt-1003');
});

const objective = (id: string, parentId: string | null): Objective => ({
  id,
  title: id,
  level: parentId === null ? 'company' : 'team',
  team: parentId === null ? null : 'QA team',
  parentId,
  owner: 'Ana',
});

const kr = (over: Partial<KeyResult>): KeyResult => ({
  id: 'k',
  objectiveId: 'company',
  title: 'QA throughput',
  description: '',
  stage: 'QA',
  source: 'live',
  liveMetric: 'constraint-throughput-per-week',
  start: 0,
  target: 1,
  unit: '',
  ...over,
});

test('live metrics are measured from the analysis', () => {
  // gt-1003 ends 3.5 hours into a week in which QA finished 2 items; that partial week is left
  // out, and the four complete weeks before it had 195, 182, 196 and 186.
  const weeks = qa.stages.find((s) => s.name === 'QA')!.weekly.completions;
  assert.deepEqual(weeks.slice(-5), [195, 182, 196, 186, 2]);
  assert.equal(measureLiveMetric('constraint-throughput-per-week', qa, 'QA'), 189.75);
  assert.equal(
    measureLiveMetric('lead-time-p85-days', qa, null),
    qa.log.leadTime.p85Seconds! / 86_400,
  );
  const green = measureLiveMetric('buffer-green-share', qa, null)!;
  assert.ok(green > 0 && green <= 1);
  assert.equal(measureLiveMetric('constraint-throughput-per-week', null, 'QA'), null);
});

test('progress runs from start to target, either way, and rolls up as a mean over two levels', () => {
  const checkIns: CheckIn[] = [
    {
      id: 'c1',
      keyResultId: 'k3',
      at: '2030-01-01T00:00:00Z',
      value: 2,
      confidence: 0.4,
      note: '',
      by: 'Bo',
    },
    {
      id: 'c2',
      keyResultId: 'k3',
      at: '2030-01-08T00:00:00Z',
      value: 6,
      confidence: 0.7,
      note: 'on track',
      by: 'Bo',
    },
  ];
  const tree = scoreCascade(
    [objective('company', null), objective('team', 'company')],
    [
      kr({ id: 'k1', start: 149.75, target: 229.75 }), // current 189.75: half way
      kr({
        id: 'k2',
        objectiveId: 'team',
        liveMetric: 'lead-time-p85-days',
        stage: null,
        start: 4.0147,
        target: 0.0147,
      }),
      kr({
        id: 'k3',
        objectiveId: 'team',
        source: 'check-in',
        liveMetric: null,
        start: 0,
        target: 8,
      }),
    ],
    checkIns,
    qa,
    'QA',
  );
  assert.equal(tree.length, 1);
  const company = tree[0]!;
  const team = company.children[0]!;
  assert.equal(company.keyResults[0]?.progress, 0.5);
  const leadTime = team.keyResults[0]!;
  assert.ok(Math.abs(leadTime.progress! - (4.0147 - leadTime.current!) / 4) < 1e-9);
  const checked = team.keyResults[1]!;
  assert.equal(checked.current, 6);
  assert.equal(checked.progress, 0.75);
  assert.equal(checked.confidence, 0.7);
  assert.deepEqual(
    checked.checkIns.map((c) => c.id),
    ['c2', 'c1'],
  );
  assert.ok(Math.abs(team.progress! - (leadTime.progress! + 0.75) / 2) < 1e-12);
  assert.ok(Math.abs(company.progress! - (0.5 + team.progress!) / 2) < 1e-12);
});

test('progress is clamped, absent without a value, and a parent cycle loses no objective', () => {
  const tree = scoreCascade(
    [objective('a', 'b'), objective('b', 'a'), objective('c', null)],
    [
      kr({ id: 'k', objectiveId: 'c', start: 0, target: 10 }),
      kr({ id: 'x', objectiveId: 'a', source: 'check-in', liveMetric: null }),
    ],
    [],
    qa,
    'QA',
  );
  assert.equal(tree[0]?.keyResults[0]?.progress, 1);
  const ids = new Set<string>();
  const walk = (o: (typeof tree)[number]): void => {
    ids.add(o.id);
    o.children.forEach(walk);
  };
  tree.forEach(walk);
  assert.deepEqual([...ids].sort(), ['a', 'b', 'c']);
  const a =
    tree.find((o) => o.id === 'a') ?? tree.flatMap((o) => o.children).find((o) => o.id === 'a');
  assert.equal(a?.keyResults[0]?.progress, null);
});
