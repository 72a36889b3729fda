import type {
  Interval,
  WhatIfResult,
  WhatIfSide,
} from '../../../../../src/core/simulation/WhatIfResult.js';
import { formatDuration } from '../../../format/formatDuration';
import { formatPercent } from '../../../format/formatPercent';

interface Progress {
  done: number;
  of: number;
  running: boolean;
}

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const count = (x: number | null): string =>
  x === null || !Number.isFinite(x) ? '—' : oneDecimal.format(x);

/**
 * The load from which the analysis calls a stage the constraint rather than demand
 * (internalThreshold of src/core/constraint/detectConstraint.ts, docs/method.md); the web
 * imports only types from the core, so the value is restated here.
 */
const INTERNAL_LOAD = 0.7;

/** "12.3 (11.8–12.9)": the mean and its 95 % interval, when there is one. */
function withInterval(
  value: number | null,
  ci: Interval,
  format: (x: number | null) => string,
): string {
  const [low, high] = ci as [number | null, number | null];
  const interval =
    low !== null && high !== null && Number.isFinite(low)
      ? ` (${format(low)}–${format(high)})`
      : '';
  return `${format(value)}${interval}`;
}

/** Baseline against scenario: headline figures, the predicted constraint, utilisation per stage. */
export function WhatIfComparison({
  result,
  progress,
}: {
  result: WhatIfResult;
  progress: Progress;
}) {
  const { baseline, scenario } = result;
  const stages = Object.keys(baseline.utilization);
  const moved = scenario.constraint !== baseline.constraint;
  const share = (side: WhatIfSide) => formatPercent(side.constraintShare[side.constraint] ?? null);
  const rows: Array<[string, (side: WhatIfSide) => string]> = [
    ['Throughput per week', (s) => withInterval(s.throughputPerWeek, s.throughputPerWeekCI, count)],
    [
      'Lead time, median',
      (s) => withInterval(s.leadTimeMedianSeconds, s.leadTimeMedianSecondsCI, formatDuration),
    ],
    [
      'Lead time, 85th percentile',
      (s) => withInterval(s.leadTimeP85Seconds, s.leadTimeP85SecondsCI, formatDuration),
    ],
    ['Work in progress (mean)', (s) => count(s.wipMean)],
  ];
  const off = result.calibration.filter((c) => !c.within);
  return (
    <div className="whatif-result">
      <p className="whatif-verdict" data-testid="whatif-verdict">
        {moved ? (
          <>
            The constraint would move from <strong>{baseline.constraint}</strong> to{' '}
            <strong className="whatif-next">{scenario.constraint}</strong> ({share(scenario)} of
            replications).
          </>
        ) : (
          <>
            <strong className="whatif-next">{scenario.constraint}</strong> would stay the constraint
            ({share(scenario)} of replications).
          </>
        )}
      </p>
      {(scenario.utilization[scenario.constraint] ?? 1) < INTERNAL_LOAD && (
        <p data-testid="whatif-demand">
          At {formatPercent(scenario.utilization[scenario.constraint] ?? null)} load,{' '}
          {scenario.constraint} would be the busiest stage but no longer hold the stream back:
          demand would then be the constraint (below {formatPercent(INTERNAL_LOAD)} load, work
          rarely waits long for a stage).
        </p>
      )}
      <p className="muted" role="status">
        {progress.running
          ? `Refining: ${progress.done} of ${progress.of} replications so far…`
          : `${progress.done} replications of ${result.weeks} weeks each (after ${result.warmupWeeks} weeks of warm-up); ranges are 95 % confidence intervals.`}
      </p>
      <div className="table-scroll">
        <table className="data-table whatif-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="number">
                Today (simulated)
              </th>
              <th scope="col" className="number">
                With the change
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, f]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="number">{f(baseline)}</td>
                <td className="number">{f(scenario)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Constraint</th>
              <td className="number">{baseline.constraint}</td>
              <td className="number">{scenario.constraint}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3 className="whatif-subhead">Utilisation per stage</h3>
      <div className="table-scroll">
        <table className="data-table whatif-table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="number">
                Today
              </th>
              <th scope="col" className="number">
                With the change
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((name) => (
              <tr
                key={name}
                className={name === scenario.constraint ? 'whatif-constraint-row' : undefined}
              >
                <th scope="row">{name}</th>
                <td className="number">
                  {withInterval(
                    baseline.utilization[name] ?? null,
                    baseline.utilizationCI[name] ?? [NaN, NaN],
                    formatPercent,
                  )}
                </td>
                <td className="number">
                  {withInterval(
                    scenario.utilization[name] ?? null,
                    scenario.utilizationCI[name] ?? [NaN, NaN],
                    formatPercent,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.calibratedFrom !== null && (
        <p className="muted">
          Calibrated from {result.calibratedFrom.slice(0, 10)} on, when the constraint last moved:
          the stream as it is now.
        </p>
      )}
      <p className="muted">
        {off.length === 0
          ? 'Calibration: the simulated stream reproduces the log’s throughput, utilisation and lead times within tolerance.'
          : `Calibration: ${off.length} of ${result.calibration.length} figures differ from the log beyond tolerance (${off
              .map((c) => c.figure.replace('utilization:', 'utilisation of '))
              .join(', ')}); read those with care.`}
      </p>
    </div>
  );
}
