import { DEFAULT_DETECT_OPTIONS } from '../core/constraint/detectConstraint.js';
import { formatDuration } from '../core/format/formatDuration.js';
import type {
  CalibrationFigure,
  WhatIfResult,
  WhatIfSide,
} from '../core/simulation/WhatIfResult.js';
import { runWhatIf } from '../simulation/runWhatIf.js';
import { type AnalyzeFlags, readAndAnalyze } from './analyzeCommand.js';
import { parseScenario, type ScenarioFlags } from './parseScenario.js';

/** Options of `drumbeat whatif`: those of `analyze`, the scenario, and how much to simulate. */
export interface WhatIfFlags extends AnalyzeFlags, ScenarioFlags {
  replications: number;
  weeks: number;
  seed: number;
}

/**
 * Simulates the stream as the log shows it and with the scenario's changes, on both cores,
 * and prints baseline against scenario (docs/whatif.md).
 */
export async function whatifCommand(file: string, flags: WhatIfFlags): Promise<void> {
  for (const [flag, value] of [
    ['--replications', flags.replications],
    ['--weeks', flags.weeks],
  ] as const) {
    if (!(value >= 2 || (flag === '--weeks' && value >= 1)) || !Number.isInteger(value))
      throw new Error(
        `${flag}: expected a whole number${flag === '--replications' ? ', at least 2' : ''}`,
      );
  }
  if (!Number.isInteger(flags.seed)) throw new Error('--seed: expected a whole number');
  const scenario = parseScenario(flags);
  const { detail } = await readAndAnalyze(file, flags);
  const result = await runWhatIf(detail, scenario, {
    replications: flags.replications,
    weeks: flags.weeks,
    seed: flags.seed,
  });
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`${describe(result).join('\n')}\n`);
}

function describe(r: WhatIfResult): string[] {
  const b = r.baseline;
  const s = r.scenario;
  const stages = Object.keys(b.utilization);
  const width = Math.max(5, ...stages.map((x) => x.length));
  const row = (label: string, f: (side: WhatIfSide) => string) =>
    `  ${label.padEnd(width)}  ${f(b).padEnd(24)}  ${f(s)}`;
  const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
  const ci = (lo: number, hi: number, fmt: (x: number) => string) =>
    Number.isFinite(lo) ? ` (${fmt(lo)}–${fmt(hi)})` : '';
  const dur = (x: number) => (Number.isFinite(x) ? formatDuration(x) : '–');
  const release =
    r.release.kind === 'rope'
      ? `released at the pace of ${r.release.stage} (rope, buffer ${r.release.bufferCases} cases)`
      : r.release.kind === 'conwip'
        ? `at most ${r.release.cap} cases in the stream (WIP cap)`
        : 'released as they arrive';
  const off = r.calibration.filter((c) => !c.within);
  // The simulation names the busiest stage whatever its load; below the analysis' threshold the
  // stream is limited by demand instead, as `analyze` would say.
  const threshold = DEFAULT_DETECT_OPTIONS.internalThreshold;
  const scenarioLoad = s.utilization[s.constraint] ?? 1;
  const demand =
    scenarioLoad < threshold
      ? [
          `At ${pct(scenarioLoad)} load ${s.constraint} would be the busiest stage but no longer hold the stream back: demand would then be the constraint (below ${pct(threshold)}, docs/method.md).`,
        ]
      : [];
  return [
    `What-if: ${b.replications} replications of ${r.weeks} weeks after ${r.warmupWeeks} weeks of warm-up (seed ${r.seed}); scenario cases ${release}.`,
    ...(r.calibratedFrom
      ? [
          `Calibrated from ${r.calibratedFrom.slice(0, 10)} on, when the constraint last moved: the stream as it is now.`,
        ]
      : []),
    '',
    `  ${''.padEnd(width)}  ${'baseline'.padEnd(24)}  scenario`,
    row(
      'throughput / week',
      (x) =>
        `${x.throughputPerWeek.toFixed(1)}${ci(...x.throughputPerWeekCI, (v) => v.toFixed(1))}`,
    ),
    row('lead time median', (x) => `${dur(x.leadTimeMedianSeconds)}`),
    row('lead time p85', (x) => `${dur(x.leadTimeP85Seconds)}`),
    row('work in progress', (x) => x.wipMean.toFixed(1)),
    row('constraint', (x) => `${x.constraint} (${pct(x.constraintShare[x.constraint] ?? 0)})`),
    ...demand,
    '',
    '  utilisation (95 % interval)',
    ...stages.map((name) =>
      row(
        name,
        (x) =>
          `${pct(x.utilization[name] ?? Number.NaN)}${ci(...(x.utilizationCI[name] ?? [Number.NaN, Number.NaN]), pct)}`,
      ),
    ),
    '',
    off.length === 0
      ? `Calibration: the baseline reproduces the log's throughput, utilisation and lead times within tolerance (${r.calibration.length} figures).`
      : `Calibration: ${off.length} of ${r.calibration.length} figures outside tolerance: ${off.map(describeFigure).join('; ')}.`,
  ];
}

/** "leadTimeP85Seconds: log 16.9 h, simulated 22.2 h (±25 % …)" in the units of the figure. */
function describeFigure(c: CalibrationFigure): string {
  const show = c.figure.startsWith('leadTime')
    ? formatDuration
    : c.figure.startsWith('utilization')
      ? (x: number) => x.toFixed(3)
      : (x: number) => x.toFixed(1);
  return `${c.figure}: log ${show(c.log)}, simulated ${show(c.simulated)} (${c.tolerance})`;
}
