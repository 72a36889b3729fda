import type { AnalysisReport, SecondsSummary } from '../../../src/core/analysis/AnalysisReport.js';

const none: SecondsSummary = {
  count: 0,
  meanSeconds: null,
  medianSeconds: null,
  p85Seconds: null,
  p95Seconds: null,
};

/**
 * A report whose constraint is `Build`, its buffer green, nothing starved or piling up, and
 * the last event at 2025-03-10 17:00 UTC: each test changes what its rule looks at.
 */
export function sampleReport(): AnalysisReport {
  return {
    log: {
      cases: 10,
      events: 100,
      activities: 3,
      start: '2025-03-03T09:00:00.000Z',
      end: '2025-03-10T17:00:00.000Z',
      timezone: 'UTC',
      calendar: { label: 'always open', source: 'default' },
      leadTime: none,
      flowEfficiency: null,
      instances: 30,
      pairing: {
        openStarts: 0,
        aborted: 0,
        otherTransitions: 0,
        estimatedStarts: 0,
        unknownStarts: 0,
        trimmedStarts: 0,
      },
    },
    directlyFollows: [],
    startActivities: {},
    endActivities: {},
    caseDuration: { meanSeconds: null, medianSeconds: null },
    weeks: [],
    stages: [],
    constraint: {
      kind: 'internal',
      stage: 'Build',
      sharedWith: [],
      runnerUp: 'Review',
      confidence: 0.9,
      evidence: [],
    },
    buffer: {
      stage: 'Build',
      targetHours: 12,
      targetSource: 'derived',
      currentHours: 10,
      currentItems: 4,
      zone: 'green',
      history: [],
    },
    starvation: { stage: 'Build', idleHours: 0, starvedHours: 0, blockedHours: 0, periods: [] },
    spareCapacity: [
      { stage: 'Intake', utilization: 0.3, protectiveCapacity: 0.7, flag: null },
      { stage: 'Review', utilization: 0.5, protectiveCapacity: 0.5, flag: null },
    ],
    release: {
      recommendedPerWeek: 5,
      actualPerWeek: 5,
      overproduction: 0,
      wipCaps: {},
      weekly: [],
    },
    shifts: [],
    changes: [],
  };
}
