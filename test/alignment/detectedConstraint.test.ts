import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScoringModel } from '../../src/core/alignment/buildScoringModel.js';
import { judgeConstraint } from '../../src/core/alignment/judgeConstraint.js';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { detectedConstraint } from '../../src/server/audits/detectedConstraint.js';

const report = (kind: 'internal' | 'demand'): Pick<AnalysisReport, 'constraint' | 'stages'> =>
  ({
    constraint: {
      kind,
      stage: 'Review',
      sharedWith: [],
      runnerUp: null,
      confidence: 1,
      evidence: [],
    },
    stages: [{ name: 'Intake' }, { name: 'Review' }, { name: 'Deploy' }],
  }) as unknown as Pick<AnalysisReport, 'constraint' | 'stages'>;

test('an audit defaults to the stage the analysis names as the constraint', () => {
  assert.deepEqual(detectedConstraint(report('internal')), {
    constraint: 'Review',
    aliases: [],
    stages: ['Intake', 'Review', 'Deploy'],
  });
});

test('when demand limits throughput, the default is "Demand", and naming the busiest stage is wrong', () => {
  const d = detectedConstraint(report('demand'));
  assert.equal(d.constraint, 'Demand');
  const model = buildScoringModel({
    statement: 'The market is our constraint. Win more customers; the stages have spare capacity.',
    constraint: d.constraint,
    aliases: d.aliases,
    keyPoints: [],
    stages: [...d.stages, d.constraint],
  });
  const judge = (answer: string) => judgeConstraint(answer, model.constraint, model.others);
  assert.equal(judge('the market').verdict, 'right');
  assert.equal(judge('customer demand').verdict, 'right');
  assert.deepEqual(judge('Review').named, ['Review']);
  assert.equal(judge('Review').verdict, 'wrong');
});
