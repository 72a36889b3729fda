/** How often a range of outcomes came up among the simulated futures. */
export interface OutcomeBin {
  /** Lowest outcome in the bin (days, or items). */
  from: number;
  /** Highest outcome in the bin, inclusive. */
  to: number;
  /** Share of trials in the bin, 0-1. */
  share: number;
}

/** "When will N be done?" for one target: days and dates, null when not within the horizon. */
export interface WhenAnswer {
  p50Days: number | null;
  p85Days: number | null;
  p95Days: number | null;
  /** The local date (YYYY-MM-DD) on which each percentile's last day falls. */
  p50Date: string | null;
  p85Date: string | null;
  p95Date: string | null;
  distribution: OutcomeBin[];
}

/** "How many by then?" for one target: 85 % sure of at least `p85`, so p95 <= p85 <= p50. */
export interface HowManyAnswer {
  p50: number;
  p85: number;
  p95: number;
  distribution: OutcomeBin[];
}

/** The answers for the whole stream or the constraint. */
export interface TargetForecast {
  /** Mean completions per (working) day over the history. */
  perDay: number;
  when: WhenAnswer | null;
  howMany: HowManyAnswer | null;
}

/** A forecast as the API gives it (docs/api.md, "Forecast"; method in docs/forecasting.md). */
export interface ForecastAnswer {
  /** The last event: the forecast counts days after its day. */
  from: string | null;
  historyDays: number;
  dayUnit: 'days' | 'working days';
  items: number | null;
  /** The horizon of "how many", in `dayUnit`; derived from `date` when a date was asked. */
  days: number | null;
  /** The local date asked for (YYYY-MM-DD), when the question was "by date D". */
  date: string | null;
  trials: number;
  stream: TargetForecast;
  constraint: TargetForecast & { stage: string };
}
