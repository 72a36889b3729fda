/** Output and utilisation of one stage over a period, counting completed work only. */
export interface PeriodOutput {
  /** Start of the period (ISO); the period ends at `LiveOutput.now`. */
  from: string;
  /** Items the stage completed in the period. */
  completed: number;
  busyHours: number;
  /** Working hours of its capacity in the period so far (servers × working hours). */
  availableHours: number;
  /** busyHours ÷ availableHours; null when no working time has passed yet. */
  utilization: number | null;
  /** What the stage completes in an average period of this length (from the whole log). */
  typicalCompleted: number;
}

/** The constraint's live view: today and this week, against its capacity. */
export interface LiveOutput {
  stage: string;
  kind: 'internal' | 'demand';
  /** The moment "now" was taken as: the last event's time (so replayed logs read sensibly). */
  now: string;
  servers: number;
  today: PeriodOutput;
  week: PeriodOutput;
  /** Completions at the stage per hour over the last 48 hours: [ISO hour, count]. */
  recentHours: Array<[string, number]>;
}
