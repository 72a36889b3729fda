import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultAlertRules } from '../../src/core/alerts/defaultAlertRules.js';
import { emptyAlertState } from '../../src/core/alerts/emptyAlertState.js';
import { evaluateAlerts } from '../../src/core/alerts/evaluateAlerts.js';
import type { PatternChange } from '../../src/core/changes/PatternChange.js';
import { sampleReport } from './support/sampleReport.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2025, 2, 10, 17);

// The sample report's last event is 2025-03-10 17:00 UTC.
const change = (at: string, over: Partial<PatternChange> = {}): PatternChange => ({
  kind: 'demand',
  at,
  before: 40,
  after: 56,
  direction: 'up',
  unit: 'arrivals per week',
  significance: 5.2,
  confidence: 0.9,
  evidence: 'Arrivals rose from 40 to 56 a week (+40 %) from the week of 2025-03-03.',
  ...over,
});

test('pattern-changed is on by default and fires once for a recent change', () => {
  const rules = defaultAlertRules();
  assert.ok(rules.some((r) => r.kind === 'pattern-changed' && r.enabled));
  const report = sampleReport();
  report.changes = [change('2025-03-03T00:00:00.000Z')];
  const first = evaluateAlerts(report, rules, emptyAlertState(), T0);
  assert.equal(first.alerts.length, 1);
  const [alert] = first.alerts;
  assert.equal(alert?.rule, 'pattern-changed');
  assert.equal(alert?.stage, 'arrivals');
  assert.equal(alert?.details.kind, 'demand');
  assert.equal(alert?.details.after, 56);
  assert.match(alert?.message ?? '', /demand, up.*2025-03-03.*Arrivals rose from 40 to 56/);
  // Edge-triggered: the same change in the next analyses raises nothing more.
  const again = evaluateAlerts(report, rules, first.state, T0 + 60 * MINUTE);
  assert.deepEqual(again.alerts, []);
});

test('pattern-changed: a change older than the rule’s days is history, not an alert', () => {
  const report = sampleReport();
  report.changes = [change('2025-01-06T00:00:00.000Z')];
  const rules = defaultAlertRules();
  assert.deepEqual(evaluateAlerts(report, rules, emptyAlertState(), T0).alerts, []);
  const wide = rules.map((r) => (r.kind === 'pattern-changed' ? { ...r, days: 90 } : r));
  assert.equal(evaluateAlerts(report, wide, emptyAlertState(), T0).alerts.length, 1);
});

test('pattern-changed: two kinds at one stage are two conditions; switched off raises none', () => {
  const report = sampleReport();
  report.changes = [
    change('2025-03-03T00:00:00.000Z', { kind: 'capacity', stage: 'Build', unit: 'people' }),
    change('2025-03-03T00:00:00.000Z', { kind: 'rework', stage: 'Build', unit: 'rework share' }),
  ];
  const rules = defaultAlertRules();
  const raised = evaluateAlerts(report, rules, emptyAlertState(), T0).alerts;
  assert.deepEqual(
    raised.map((a) => `${a.stage} ${a.details.kind}`),
    ['Build capacity', 'Build rework'],
  );
  const off = rules.map((r) => (r.kind === 'pattern-changed' ? { ...r, enabled: false } : r));
  assert.deepEqual(evaluateAlerts(report, off, emptyAlertState(), T0).alerts, []);
});
