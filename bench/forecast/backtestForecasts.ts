import { resolve } from 'node:path';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { buildDailyThroughput } from '../../src/core/forecast/buildDailyThroughput.js';
import { forecastHowMany } from '../../src/core/forecast/forecastHowMany.js';
import { forecastWhen } from '../../src/core/forecast/forecastWhen.js';
import { readEventLog } from '../../src/readers/readEventLog.js';

/**
 * Backtest of the Monte Carlo forecasts on the shared real logs: at a cut-off every 7 days
 * (after the first 90), forecast from the 90 days before it "how many finish in the next 14 days"
 * and "when will the next 50 finish", for the whole stream and for the constraint, and count how
 * often the 85th- (and 50th-) percentile forecast held against what the log shows happened.
 * Prints Markdown tables (docs/forecasting.md).
 *
 *   node --import tsx bench/forecast/backtestForecasts.ts
 *   node --import tsx bench/forecast/backtestForecasts.ts --working-days   # inferred calendars
 *   node --import tsx bench/forecast/backtestForecasts.ts --block 7        # draw whole weeks
 */

const DATA = resolve(import.meta.dirname, '../../../shared/data/logs');
const LOGS: Array<{ file: string; timezone: string }> = [
  { file: 'helpdesk.xes.gz', timezone: 'UTC' },
  { file: 'receipt.xes.gz', timezone: 'UTC' },
  { file: 'BPI_Challenge_2012_W_Two_TS.xes.gz', timezone: 'UTC' },
  // Local time without offset; the hospital is in the Netherlands.
  { file: 'sepsis.csv', timezone: 'Europe/Amsterdam' },
];
const HISTORY = 90;
const STEP = 7;
const HORIZON = 14;
const ITEMS = 50;
const workingDaysMode = process.argv.includes('--working-days');
const blockAt = process.argv.indexOf('--block');
/** Consecutive history days drawn together (see ForecastOptions.block); 1 by default. */
const BLOCK = blockAt >= 0 ? Number(process.argv[blockAt + 1]) : 1;

interface Tally {
  cutoffs: number;
  p95: number;
  p85: number;
  p50: number;
  /** Sum of (forecast p85 / actual) to show how conservative the forecast is. */
  ratio: number;
  /** Sum of what actually happened (items, or days), for context. */
  actual: number;
  /** Forecasts of zero items: they hold whatever happens, so the overall figure leaves them out. */
  trivial: number;
}

const tally = (): Tally => ({
  cutoffs: 0,
  p95: 0,
  p85: 0,
  p50: 0,
  ratio: 0,
  actual: 0,
  trivial: 0,
});

interface Row {
  log: string;
  series: string;
  howMany: Tally;
  when: Tally;
  /** Cut-offs where fewer than 50 finished before the log ends (left out of `when`). */
  censored: number;
}

function backtest(log: string, series: string, days: number[], counts: number[]): Row {
  const row: Row = { log, series, howMany: tally(), when: tally(), censored: 0 };
  const first = days[0]!;
  const last = days[days.length - 1]!;
  // Index of the first series entry on or after each local day.
  const indexOf = (day: number): number => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The log's last day is partial, so a horizon must end before it.
  for (let cut = first + HISTORY; cut + HORIZON < last; cut += STEP) {
    const at = indexOf(cut);
    const history = counts.slice(indexOf(cut - HISTORY), at);
    const seed = cut;
    const ahead = indexOf(cut + HORIZON);
    const actual = counts.slice(at, ahead).reduce((a, b) => a + b, 0);
    const many = forecastHowMany(history, ahead - at, { seed, block: BLOCK });
    row.howMany.cutoffs++;
    row.howMany.actual += actual;
    if (many.p85 === 0) row.howMany.trivial++;
    if (actual >= many.p95) row.howMany.p95++;
    if (actual >= many.p85) row.howMany.p85++;
    if (actual >= many.p50) row.howMany.p50++;
    row.howMany.ratio += actual > 0 ? many.p85 / actual : 1;

    let done = 0;
    let taken = -1;
    for (let i = at; i < counts.length - 1 && taken < 0; i++) {
      done += counts[i]!;
      if (done >= ITEMS) taken = i - at + 1;
    }
    if (taken < 0) {
      row.censored++;
      continue;
    }
    const when = forecastWhen(history, ITEMS, { seed, block: BLOCK });
    row.when.cutoffs++;
    row.when.actual += taken;
    if (taken <= when.p95Days) row.when.p95++;
    if (taken <= when.p85Days) row.when.p85++;
    if (taken <= when.p50Days) row.when.p50++;
    row.when.ratio += Number.isFinite(when.p85Days) ? when.p85Days / taken : 0;
  }
  return row;
}

const percent = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)} %` : '–');
const mean = (sum: number, of: number): string => (of ? (sum / of).toFixed(2) : '–');

const rows: Row[] = [];
for (const { file, timezone } of LOGS) {
  const { log } = await readEventLog(resolve(DATA, file), { timezone });
  const zone = timeZone(timezone);
  const detail = analyzeDetailed(
    log,
    workingDaysMode ? { timezone: zone } : { calendar: parseCalendar('always', zone) },
  );
  // One series over the whole log; each cut-off reads only the 90 days before it.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of log.time) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const span = Math.ceil((last - first) / 86_400_000) + 2;
  const all = buildDailyThroughput(detail, { days: span });
  const start = all.days.findIndex((_, i) => all.stream[i]! > 0 || all.constraint[i]! > 0);
  const days = all.days.slice(start);
  const label = `${file}${workingDaysMode ? ` (${detail.calendar.label})` : ''}`;
  rows.push(backtest(label, 'finished cases', days, all.stream.slice(start)));
  rows.push(
    backtest(label, `constraint: ${all.constraintStage}`, days, all.constraint.slice(start)),
  );
}

const unit = workingDaysMode ? 'working days' : 'calendar days';
console.log(
  `History ${HISTORY} days, a cut-off every ${STEP} days, horizon ${HORIZON} days, next ${ITEMS} items; ${unit}; ${BLOCK === 1 ? 'days drawn one by one' : `blocks of ${BLOCK} days`}; 10,000 trials.\n`,
);
console.log(
  `| log | series | cut-offs | mean done in ${HORIZON} d | how many: p95 held | p85 held | p50 held | p85 ÷ actual | cut-offs | mean days to ${ITEMS} | when: p95 held | p85 held | p50 held | p85 ÷ actual |`,
);
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  const h = r.howMany;
  const w = r.when;
  const cens = r.censored ? ` (+${r.censored} censored)` : '';
  console.log(
    `| ${r.log} | ${r.series} | ${h.cutoffs} | ${mean(h.actual, h.cutoffs)} | ${percent(h.p95, h.cutoffs)} | ${percent(h.p85, h.cutoffs)} | ${percent(h.p50, h.cutoffs)} | ${mean(h.ratio, h.cutoffs)} | ${w.cutoffs}${cens} | ${mean(w.actual, w.cutoffs)} | ${percent(w.p95, w.cutoffs)} | ${percent(w.p85, w.cutoffs)} | ${percent(w.p50, w.cutoffs)} | ${mean(w.ratio, w.cutoffs)} |`,
  );
}
const sum = (pick: (r: Row) => Tally) =>
  rows.reduce(
    (acc, r) => ({
      cutoffs: acc.cutoffs + pick(r).cutoffs - pick(r).trivial,
      p85: acc.p85 + pick(r).p85 - pick(r).trivial,
    }),
    { cutoffs: 0, p85: 0 },
  );
const hm = sum((r) => r.howMany);
const wh = sum((r) => r.when);
console.log(
  `\nOverall: "how many" p85 held in ${percent(hm.p85, hm.cutoffs)} of ${hm.cutoffs} forecasts (forecasts of zero items left out); "when" p85 held in ${percent(wh.p85, wh.cutoffs)} of ${wh.cutoffs}.`,
);
