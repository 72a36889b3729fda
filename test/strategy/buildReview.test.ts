import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { evaluateStrategy } from '../../src/core/strategy/evaluateStrategy.js';
import { buildReview } from '../../src/core/strategy/review/buildReview.js';
import { renderReviewHtml } from '../../src/core/strategy/review/renderReviewHtml.js';
import type { StrategyRecords } from '../../src/core/strategy/Strategy.js';
import { groundTruthReport } from './support/qaReport.js';

let qa: AnalysisReport;
before(async () => {
  qa = await groundTruthReport('gt-1003');
});

const records: StrategyRecords = {
  statement: { text: 'Exploit QA <first>', updatedAt: '2030-01-01T00:00:00Z', updatedBy: 'Ana' },
  register: [],
  initiatives: [],
  objectives: [],
  keyResults: [],
  checkIns: [],
  teamMetrics: [],
  decisions: [
    { id: 'd1', at: '2030-01-01T10:00:00Z', decision: 'Older', by: 'Ana', context: '' },
    { id: 'd2', at: '2030-01-08T10:00:00Z', decision: 'Newer', by: 'Bo', context: '' },
  ],
};

test('sections come from their builders in review order; extra sections go before the decision log', () => {
  const extra = { id: 'alignment', title: 'Alignment', lines: ['from another module'] };
  const review = buildReview(
    'Delivery',
    '2030-01-09T00:00:00Z',
    qa,
    evaluateStrategy(records, qa),
    [extra],
  );
  assert.deepEqual(
    review.sections.map((s) => s.id),
    [
      'constraint',
      'buffer',
      'throughput',
      'okrs',
      'triage',
      'incentives',
      'alignment',
      'decisions',
    ],
  );
  const decisions = review.sections.at(-1)!;
  assert.deepEqual(
    decisions.table?.rows.map((r) => r[1]),
    ['Newer', 'Older'],
  );
  assert.match(
    review.sections[0]!.lines[0]!,
    /The constraint in force is QA \(detected, capacity\)/,
  );
});

test('the HTML export escapes what people wrote and carries the chart as inline SVG', () => {
  const html = renderReviewHtml(
    buildReview('A & B', '2030-01-09T00:00:00Z', qa, evaluateStrategy(records, qa)),
  );
  assert.match(html, /Exploit QA &lt;first&gt;/);
  assert.doesNotMatch(html, /<first>/);
  assert.match(html, /<title>Strategy review — A &amp; B<\/title>/);
  // The throughput chart: 12 weekly bars.
  assert.equal(html.match(/<rect /g)?.length, 12);
});

test('under demand the review calls the market the constraint, not the busiest stage', async () => {
  // gt-1007: no stage is loaded past 43 %; Listing Draft is only the busiest.
  const demand = await groundTruthReport('gt-1007');
  const review = buildReview(
    'Listings',
    '2030-01-09T00:00:00Z',
    demand,
    evaluateStrategy({ ...records, statement: null }, demand),
  );
  const line = review.sections[0]!.lines[0]!;
  assert.match(line, /^The constraint in force is demand \(the market\)/);
  assert.match(line, /Listing Draft is the busiest \(detected, market\)/);
});
