import { buildDailyThroughput } from '../core/forecast/buildDailyThroughput.js';
import { forecastHowMany } from '../core/forecast/forecastHowMany.js';
import { forecastWhen } from '../core/forecast/forecastWhen.js';
import { type AnalyzeFlags, readAndAnalyze } from './analyzeCommand.js';

/** Options of `drumbeat forecast`: those of `analyze`, plus the two questions. */
export interface ForecastFlags extends AnalyzeFlags {
  items: number;
  days: number;
  history: number;
}

/**
 * Answers the two questions of Monte Carlo forecasting (docs/forecasting.md) for the whole stream
 * and for its constraint: when will the next N items be done, and how many by D days from the
 * last event.
 */
export async function forecastCommand(file: string, flags: ForecastFlags): Promise<void> {
  for (const [flag, value] of [
    ['--items', flags.items],
    ['--days', flags.days],
    ['--history', flags.history],
  ] as const) {
    if (!(value > 0) || !Number.isInteger(value))
      throw new Error(`${flag}: expected a positive whole number`);
  }
  const { detail } = await readAndAnalyze(file, flags);
  const series = buildDailyThroughput(detail, { days: flags.history });
  const unit = series.workingDays ? 'working days' : 'days';
  const answer = (history: number[]) => ({
    when: forecastWhen(history, flags.items),
    howMany: forecastHowMany(history, flags.days),
  });
  const result = {
    from: detail.report.log.end,
    historyDays: flags.history,
    dayUnit: unit,
    items: flags.items,
    days: flags.days,
    stream: answer(series.stream),
    constraint: { stage: series.constraintStage, ...answer(series.constraint) },
  };
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `Forecast from ${result.from?.slice(0, 10) ?? '–'}, from the last ${flags.history} days of throughput (${unit}).`,
    '',
    ...describe('Whole stream (finished cases)', result.stream),
    '',
    ...describe(`Constraint: ${series.constraintStage} (completed items)`, result.constraint),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  function describe(title: string, f: ReturnType<typeof answer>): string[] {
    const d = (x: number) => (Number.isFinite(x) ? `${x} ${unit}` : 'never, at the recent pace');
    return [
      title,
      `  The next ${flags.items} done within ${d(f.when.p50Days)} (50 %), ${d(f.when.p85Days)} (85 %), ${d(f.when.p95Days)} (95 %).`,
      `  In the next ${flags.days} ${unit}: at least ${f.howMany.p85} done (85 % sure), ${f.howMany.p95} (95 %), ${f.howMany.p50} as likely as not.`,
    ];
  }
}
