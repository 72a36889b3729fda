import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { buildDailyThroughput } from './buildDailyThroughput.js';
import type {
  ForecastAnswer,
  HowManyAnswer,
  OutcomeBin,
  TargetForecast,
  WhenAnswer,
} from './ForecastAnswer.js';
import { lowCount } from './lowCount.js';
import { rankPercentile } from './rankPercentile.js';
import { simulateHowMany } from './simulateHowMany.js';
import { simulateWhen } from './simulateWhen.js';

const DAY = 86_400_000;
/** "When" beyond this many days at the recent mean pace is answered "not within the horizon". */
export const MAX_FORECAST_DAYS = 3650;
/** Bins of a distribution with many distinct outcomes. */
const BINS = 30;

/** What is asked: N items, and/or a horizon in days or a local date (day number, see below). */
export interface ForecastQuestion {
  items?: number;
  /** Days ahead, in the history's unit (working days with a working calendar). */
  days?: number;
  /** Local day number (days since 1970-01-01 in the calendar's zone) of the date asked for. */
  dateDay?: number;
  /** Calendar days of history; 90 by default. */
  history?: number;
  trials?: number;
}

/**
 * Both questions of Monte Carlo forecasting (docs/forecasting.md) for the whole stream and for
 * the constraint, with the simulated futures' distribution and the dates the "when" figures fall
 * on (counting working days when the calendar has closed days, as the history does). A date asked
 * for becomes the number of days after the last event's day up to and including it. Pure.
 * Throws a RangeError naming the field when the date is not after the last event's day.
 */
export function answerForecast(detail: AnalysisDetail, question: ForecastQuestion): ForecastAnswer {
  const historyDays = question.history ?? 90;
  const trials = question.trials ?? 10_000;
  const series = buildDailyThroughput(detail, { days: historyDays });
  const calendar = detail.calendar;
  const lastDay = series.days.at(-1) ?? 0;
  const working = series.workingDays;
  let days = question.days ?? null;
  if (question.dateDay !== undefined) {
    if (question.dateDay <= lastDay)
      throw new RangeError(`date: must be after the last event's day, ${isoDay(lastDay)}`);
    days = countDays(calendar, working, lastDay, question.dateDay);
  }
  const items = question.items ?? null;
  const target = (history: number[]): TargetForecast => {
    const perDay = history.reduce((a, b) => a + b, 0) / history.length;
    return {
      perDay: Math.round(perDay * 1000) / 1000,
      when: items === null ? null : when(history, perDay, items),
      howMany: days === null ? null : howMany(history, days),
    };
  };
  const when = (history: number[], perDay: number, n: number): WhenAnswer => {
    if (!(perDay > 0) || n / perDay > MAX_FORECAST_DAYS) {
      return {
        p50Days: null,
        p85Days: null,
        p95Days: null,
        p50Date: null,
        p85Date: null,
        p95Date: null,
        distribution: [],
      };
    }
    const outcomes = simulateWhen(history, n, { trials });
    const p = (q: number) => rankPercentile(outcomes, q);
    const date = (d: number) => isoDay(dayAfter(calendar, working, lastDay, d));
    return {
      p50Days: p(0.5),
      p85Days: p(0.85),
      p95Days: p(0.95),
      p50Date: date(p(0.5)),
      p85Date: date(p(0.85)),
      p95Date: date(p(0.95)),
      distribution: distribute(outcomes),
    };
  };
  const howMany = (history: number[], horizon: number): HowManyAnswer => {
    const outcomes = simulateHowMany(history, horizon, { trials });
    return {
      p50: lowCount(outcomes, 0.5),
      p85: lowCount(outcomes, 0.85),
      p95: lowCount(outcomes, 0.95),
      distribution: distribute(outcomes),
    };
  };
  const end = detail.report.log.end;
  return {
    from: end,
    historyDays,
    dayUnit: working ? 'working days' : 'days',
    items,
    days,
    date: question.dateDay === undefined ? null : isoDay(question.dateDay),
    trials,
    stream: target(series.stream),
    constraint: { stage: series.constraintStage, ...target(series.constraint) },
  };
}

/** Whole-number outcomes counted one value per bin, or in {@link BINS} equal ranges when spread wider. */
function distribute(sorted: Float64Array): OutcomeBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  const width = Math.max(1, Math.ceil((hi - lo + 1) / BINS));
  const bins: OutcomeBin[] = [];
  for (let from = lo; from <= hi; from += width)
    bins.push({ from, to: from + width - 1, share: 0 });
  for (const x of sorted) bins[Math.floor((x - lo) / width)]!.share += 1 / n;
  for (const b of bins) b.share = Math.round(b.share * 10_000) / 10_000;
  return bins;
}

function isOpen(calendar: WorkingCalendar, day: number): boolean {
  // Day 0 (1970-01-01) was a Thursday; calendar.days[0] is Monday.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (calendar.days[weekday]?.length ?? 0) > 0;
}

/** The local day on which the `count`-th (working) day after `from` falls. */
function dayAfter(
  calendar: WorkingCalendar,
  working: boolean,
  from: number,
  count: number,
): number {
  if (!working) return from + count;
  let day = from;
  for (let left = count; left > 0; ) {
    day++;
    if (isOpen(calendar, day)) left--;
  }
  return day;
}

/** (Working) days after `from` up to and including `to`. */
function countDays(calendar: WorkingCalendar, working: boolean, from: number, to: number): number {
  if (!working) return to - from;
  let n = 0;
  for (let day = from + 1; day <= to; day++) if (isOpen(calendar, day)) n++;
  return n;
}

function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
