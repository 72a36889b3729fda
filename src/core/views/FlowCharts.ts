/** Data behind the flow charts of the dashboard, all in flow order. */
export interface FlowCharts {
  /** Day starts (ISO, analysis time zone) covering the log, at most 400: older days are merged. */
  days: string[];
  /** Cumulative flow: for each stage, how many items had entered it by the end of each day; `done` = cases finished. */
  cumulativeFlow: { stages: Array<{ stage: string; entered: number[] }>; done: number[] };
  /** Throughput run chart: finished cases per week and items completed at the constraint. */
  throughput: {
    weeks: string[];
    casesDone: number[];
    constraintDone: number[];
    constraint: string;
  };
  /** Cycle-time scatter: finished cases (at most 3,000, the latest), with percentile lines. */
  cycleTime: {
    points: Array<{ case: string; doneAt: string; seconds: number }>;
    p50: number | null;
    p85: number | null;
    p95: number | null;
  };
  /** Aging work in progress: open cases, their current stage and age, against history. */
  aging: {
    items: Array<{ case: string; stage: string; ageSeconds: number }>;
    /** Percentiles of finished cases' lead time, for the reference lines. */
    p50: number | null;
    p85: number | null;
    p95: number | null;
  };
}
