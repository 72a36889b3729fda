import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { checkIncentives } from '../../src/core/strategy/checkIncentives.js';
import { measureTeamContribution } from '../../src/core/strategy/measureTeamContribution.js';
import type { TeamMetric } from '../../src/core/strategy/Strategy.js';
import { groundTruthReport } from './support/qaReport.js';

let qa: AnalysisReport;
before(async () => {
  qa = await groundTruthReport('gt-1003');
});

const metric = (team: string, stage: string | null, name: string): TeamMetric => ({
  id: `${team}-${name}`,
  team,
  stage,
  name,
  description: '',
  target: 'more',
});

test('each team metric gets a verdict against the constraint, with a plain why', () => {
  const checks = checkIncentives(qa, 'QA', [
    metric('QA team', 'QA', 'Items completed per week'),
    metric('QA team', 'QA', 'Tester utilisation'),
    metric('Developers', 'Development', 'Developer utilisation'),
    metric('Developers', 'Development', 'Tickets closed per week'),
    metric('Release', 'Release', 'Releases shipped'),
    metric('Leadership', null, 'Lead time p85'),
    metric('Sales', null, 'Meetings held'),
    metric('Ops', 'Warehouse', 'Orders shipped'),
  ]);
  assert.deepEqual(
    checks.map((c) => [c.metric.name, c.role, c.verdict]),
    [
      ['Items completed per week', 'constraint', 'raises-throughput'],
      ['Tester utilisation', 'constraint', 'raises-throughput'],
      ['Developer utilisation', 'upstream', 'local-efficiency'],
      // QA is starved in gt-1003 (its buffer is in the red), so feeding it helps, up to its pace.
      ['Tickets closed per week', 'upstream', 'supports-constraint'],
      ['Releases shipped', 'downstream', 'local-efficiency'],
      ['Lead time p85', 'whole-stream', 'raises-throughput'],
      ['Meetings held', 'whole-stream', 'activity'],
      ['Orders shipped', 'unknown', 'unclear'],
    ],
  );
  assert.match(checks[2]!.why, /pile up as work in front of QA/);
  assert.match(checks[3]!.why, /up to QA's pace and no further/);
  assert.match(checks[4]!.why, /can only finish what QA passes on/);
});

test('upstream output is local efficiency once the constraint is not starved', () => {
  const fed = structuredClone(qa);
  fed.buffer.zone = 'green';
  fed.starvation.starvedHours = 0;
  const [check] = checkIncentives(fed, 'QA', [
    metric('Developers', 'Development', 'Tickets closed per week'),
  ]);
  assert.equal(check?.verdict, 'local-efficiency');
  assert.match(check!.why, /not starved/);
});

test("a team's contribution is the part of its output the constraint's pace turns into throughput", () => {
  const [qaTeam, dev] = measureTeamContribution(qa, 'QA', [
    metric('QA team', 'QA', 'Items completed per week'),
    metric('Developers', 'Development', 'Tickets closed'),
    metric('Sales', null, 'Pipeline value'),
  ]);
  assert.equal(qaTeam?.role, 'constraint');
  assert.equal(qaTeam?.contributionPerWeek, 189.75);
  assert.equal(qaTeam?.surplusPerWeek, 0);
  assert.equal(dev?.role, 'upstream');
  assert.equal(dev?.constraintPerWeek, 189.75);
  assert.equal(dev?.contributionPerWeek, Math.min(dev!.outputPerWeek!, 189.75));
  assert.equal(dev!.contributionPerWeek! + dev!.surplusPerWeek!, dev!.outputPerWeek);
  assert.match(dev!.why, /Development finishes/);
});
