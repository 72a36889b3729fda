import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AlertRule } from '../../src/core/alerts/AlertRule.js';
import type { AlertState } from '../../src/core/alerts/AlertState.js';
import { defaultAlertRules } from '../../src/core/alerts/defaultAlertRules.js';
import { emptyAlertState } from '../../src/core/alerts/emptyAlertState.js';
import { evaluateAlerts } from '../../src/core/alerts/evaluateAlerts.js';
import type { NewAlert } from '../../src/core/alerts/NewAlert.js';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import { sampleReport } from './support/sampleReport.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2025, 2, 10, 17);

function red(report = sampleReport()): AnalysisReport {
  report.buffer = { ...report.buffer, zone: 'red', currentHours: 2, currentItems: 1 };
  return report;
}

/** Evaluates the reports one after another, `stepMs` apart, collecting every alert raised. */
function run(
  reports: AnalysisReport[],
  rules: AlertRule[],
  stepMs: number,
  state = emptyAlertState(),
) {
  const alerts: NewAlert[] = [];
  reports.forEach((report, i) => {
    const result = evaluateAlerts(report, rules, state, T0 + i * stepMs);
    alerts.push(...result.alerts);
    state = result.state;
  });
  return { alerts, state };
}

test('a red buffer raises one alert naming the constraint and the figures', () => {
  const { alerts } = evaluateAlerts(red(), defaultAlertRules(), emptyAlertState(), T0);
  assert.equal(alerts.length, 1);
  const [alert] = alerts;
  assert.equal(alert?.rule, 'buffer-red');
  assert.equal(alert?.stage, 'Build');
  assert.equal(alert?.at, new Date(T0).toISOString());
  assert.match(alert?.message ?? '', /Build.*red.*2 hours.*1 item.*12 hours/);
  assert.deepEqual(alert?.details, {
    currentHours: 2,
    currentItems: 1,
    targetHours: 12,
    zone: 'red',
  });
});

test('nothing is raised while nothing is wrong, or when the rule is off', () => {
  assert.deepEqual(
    evaluateAlerts(sampleReport(), defaultAlertRules(), emptyAlertState(), T0).alerts,
    [],
  );
  const off = defaultAlertRules().map((r) => ({ ...r, enabled: false }));
  assert.deepEqual(evaluateAlerts(red(), off, emptyAlertState(), T0).alerts, []);
});

test('a condition that stays true fires once', () => {
  const { alerts } = run([red(), red(), red(), red()], defaultAlertRules(), 60 * MINUTE);
  assert.equal(alerts.length, 1);
});

test('a flapping signal fires once within the cool-down, however often it flaps', () => {
  // Red, green, red, … every 2 minutes for 28 minutes: 15 rising edges.
  const reports = Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? red() : sampleReport()));
  const { alerts, state } = run(reports, defaultAlertRules(), 2 * MINUTE);
  assert.equal(alerts.length, 1);
  // Cleared, and the cool-down over: the next rise fires again.
  const later = evaluateAlerts(red(), defaultAlertRules(), state, T0 + 31 * MINUTE);
  assert.equal(later.alerts.length, 1);
});

test('after the cool-down a condition fires again only if it was false in between', () => {
  const rules = defaultAlertRules();
  const first = run([red(), red()], rules, 40 * MINUTE);
  assert.equal(first.alerts.length, 1, 'true throughout: no second alert after 40 minutes');
  const cleared = evaluateAlerts(sampleReport(), rules, first.state, T0 + 80 * MINUTE);
  const again = evaluateAlerts(red(), rules, cleared.state, T0 + 81 * MINUTE);
  assert.equal(again.alerts.length, 1);
});

test('the state passed in is not changed', () => {
  const state: AlertState = emptyAlertState();
  evaluateAlerts(red(), defaultAlertRules(), state, T0);
  assert.deepEqual(state, emptyAlertState());
});

test('constraint-starved: a long enough period ending within the last analysed day', () => {
  const report = sampleReport();
  report.starvation = {
    stage: 'Build',
    idleHours: 20,
    starvedHours: 6,
    blockedHours: 0,
    periods: [
      // Long, but ended two days before the last event: old news.
      { from: '2025-03-07T09:00:00.000Z', to: '2025-03-07T13:00:00.000Z', hours: 4 },
      // Recent but shorter than the 60 minutes asked.
      { from: '2025-03-10T09:00:00.000Z', to: '2025-03-10T09:45:00.000Z', hours: 0.75 },
      { from: '2025-03-10T13:00:00.000Z', to: '2025-03-10T14:30:00.000Z', hours: 1.5 },
    ],
  };
  const { alerts } = evaluateAlerts(report, defaultAlertRules(), emptyAlertState(), T0);
  assert.equal(alerts.length, 1);
  assert.equal(alerts[0]?.rule, 'constraint-starved');
  assert.equal(alerts[0]?.details.hours, 1.5);
  assert.match(alerts[0]?.message ?? '', /Build.*starved for 1\.5 hours/);

  const strict = defaultAlertRules().map((r) =>
    r.kind === 'constraint-starved' ? { ...r, minutes: 120 } : r,
  );
  assert.deepEqual(evaluateAlerts(report, strict, emptyAlertState(), T0).alerts, []);
});

test('wip-growing: each stage piling up is its own condition, with the days in the message', () => {
  const report = sampleReport();
  report.spareCapacity = report.spareCapacity.map((c) => ({ ...c, flag: 'piling-up' }));
  const rules = defaultAlertRules().map((r) => (r.kind === 'wip-growing' ? { ...r, days: 21 } : r));
  const first = evaluateAlerts(report, rules, emptyAlertState(), T0);
  assert.deepEqual(
    first.alerts.map((a) => [a.rule, a.stage]),
    [
      ['wip-growing', 'Intake'],
      ['wip-growing', 'Review'],
    ],
  );
  assert.match(first.alerts[0]?.message ?? '', /Intake.*21 days/);
  assert.equal(evaluateAlerts(report, rules, first.state, T0 + MINUTE).alerts.length, 0);
});

test('constraint-moved: fires when the named constraint changes, not on the first analysis', () => {
  const rules = defaultAlertRules();
  const first = evaluateAlerts(sampleReport(), rules, emptyAlertState(), T0);
  assert.deepEqual(first.alerts, []);
  assert.equal(first.state.constraint, 'Build');
  const moved = sampleReport();
  moved.constraint = { ...moved.constraint, stage: 'Review', confidence: 0.75 };
  const second = evaluateAlerts(moved, rules, first.state, T0 + MINUTE);
  assert.equal(second.alerts.length, 1);
  assert.equal(second.alerts[0]?.stage, 'Review');
  assert.deepEqual(second.alerts[0]?.details, { from: 'Build', to: 'Review', confidence: 0.75 });
  assert.match(second.alerts[0]?.message ?? '', /from Build to Review \(confidence 75 %\)/);
  // Moving back and forth at every analysis is a flapping signal too.
  const flapping = run(
    [sampleReport(), moved, sampleReport(), moved, sampleReport()],
    rules,
    MINUTE,
    second.state,
  );
  assert.equal(flapping.alerts.length, 0);
});
