import { useMemo } from 'react';
import type { AnalysisReport } from '../../../../../src/core/analysis/AnalysisReport.js';
import type { PatternChange } from '../../../../../src/core/changes/PatternChange.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { EmptyState } from '../../../components/EmptyState';
import { Panel } from '../../../components/Panel';
import { browserTimeZone } from '../../../format/browserTimeZone';
import { formatDate } from '../../../format/formatDate';
import { formatPercent } from '../../../format/formatPercent';
import { palette } from '../../../theme/palette';
import { constraintPeriods } from './constraintPeriods';
import { patternLabel } from './patternLabel';

/** The row of the chart that demand changes sit on: they concern no stage. */
const ARRIVALS = 'Arrivals';

/**
 * Which stage was the constraint when, as bars over time (a Gantt of one lane per stage), with
 * each move of the constraint marked and explained, and the new patterns (steps in demand,
 * people, spread or rework) marked on their stage's lane.
 */
export function ConstraintTimeline({ report }: { report: AnalysisReport }) {
  const periods = useMemo(() => constraintPeriods(report), [report]);
  const shifts = report.shifts ?? [];
  const changes = report.changes ?? [];
  const option = useMemo((): ChartOption => {
    // Lanes in flow order: stages that were the constraint or changed, then the arrivals lane.
    const used = new Set([
      ...periods.map((p) => p.stage),
      ...changes.map((c) => c.stage ?? ARRIVALS),
    ]);
    const lanes = [
      ...report.stages.map((s) => s.name).filter((name) => used.has(name)),
      ...(used.has(ARRIVALS) ? [ARRIVALS] : []),
    ].reverse();
    return {
      ...baseOption(
        `Constraint timeline: ${periods.map((p) => `${p.stage} from ${formatDate(p.from)} to ${formatDate(p.to)}`).join('; ')}. ${changes.length} new patterns marked.`,
      ),
      tooltip: { trigger: 'item', confine: true },
      legend: { top: 0, data: ['The constraint', 'New pattern'] },
      grid: { left: 8, right: 24, top: 56, bottom: 52, containLabel: true },
      xAxis: {
        type: 'time',
        min: report.log.start ?? 'dataMin',
        max: report.log.end ?? 'dataMax',
        ...axisTitle(`Date (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'category', data: lanes, axisTick: { show: false } },
      series: [
        ...periods.map((p, index) => ({
          name: 'The constraint',
          type: 'line' as const,
          color: palette.constraint,
          symbol: 'none',
          lineStyle: { width: 18, cap: 'butt' as const },
          tooltip: {
            formatter: `${p.stage} was the constraint from ${formatDate(p.from)} to ${formatDate(p.to)}`,
          },
          data: [
            [p.from, p.stage],
            [p.to, p.stage],
          ],
          ...(index === 0 && shifts.length > 0
            ? {
                markLine: {
                  symbol: 'none',
                  lineStyle: { color: palette.ink, type: 'dashed' as const },
                  label: { formatter: '{b}', position: 'end' as const },
                  data: shifts.map((s) => ({ name: `moved to ${s.to}`, xAxis: s.at })),
                },
              }
            : {}),
        })),
        {
          name: 'New pattern',
          type: 'scatter',
          color: palette.series[0],
          symbol: 'diamond',
          symbolSize: 14,
          z: 3,
          tooltip: {
            formatter: (params: unknown) => {
              const index = (params as { dataIndex: number }).dataIndex;
              const change = changes[index];
              return change ? `${formatDate(change.at)}: ${change.evidence}` : '';
            },
          },
          data: changes.map((c) => [c.at, c.stage ?? ARRIVALS]),
        },
      ],
    };
  }, [report, periods, shifts, changes]);

  return (
    <Panel
      title="Constraint timeline"
      className="constraint-timeline"
      subtitle="Which stage was the constraint when, the moves explained, and new patterns in the stream."
    >
      {periods.length === 0 ? (
        <EmptyState title="No events yet" />
      ) : (
        <>
          <EChart
            option={option}
            label="Constraint timeline"
            height={
              140 +
              40 *
                new Set([
                  ...periods.map((p) => p.stage),
                  ...changes.map((c) => c.stage ?? ARRIVALS),
                ]).size
            }
          />
          <ol className="timeline-periods">
            {periods.map((p) => (
              <li key={`${p.stage}-${p.from}`}>
                <strong>{p.stage}</strong> was the constraint from{' '}
                <time dateTime={p.from}>{formatDate(p.from)}</time> to{' '}
                <time dateTime={p.to}>{formatDate(p.to)}</time>
              </li>
            ))}
          </ol>
          {shifts.length > 0 && (
            <>
              <h3 className="subheading">Moves</h3>
              <ul className="timeline-moves">
                {shifts.map((s) => (
                  <li key={s.at} className="timeline-move">
                    <p>
                      <time dateTime={s.at}>{formatDate(s.at)}</time>:{' '}
                      <strong>
                        {s.from} → {s.to}
                      </strong>{' '}
                      <span className="muted">(confidence {formatPercent(s.confidence)})</span>
                    </p>
                    <ul className="evidence">
                      {s.evidence.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className="subheading">New patterns</h3>
          {changes.length === 0 ? (
            <p className="muted">
              No step in demand, people, spread of work times or rework stood out from week-to-week
              noise.
            </p>
          ) : (
            <>
              <PatternList changes={changes.slice(-RECENT_PATTERNS)} />
              {changes.length > RECENT_PATTERNS && (
                <details className="timeline-earlier">
                  <summary>
                    {changes.length - RECENT_PATTERNS} earlier{' '}
                    {changes.length - RECENT_PATTERNS === 1 ? 'pattern' : 'patterns'}
                  </summary>
                  <PatternList changes={changes.slice(0, -RECENT_PATTERNS)} />
                </details>
              )}
            </>
          )}
        </>
      )}
    </Panel>
  );
}

/** The latest few new patterns are listed; the rest wait behind a disclosure, so a long log's dozens do not bury the panels below. */
const RECENT_PATTERNS = 5;

function PatternList({ changes }: { changes: readonly PatternChange[] }) {
  return (
    <ul className="timeline-changes">
      {changes.map((c) => (
        <li key={`${c.kind}-${c.stage ?? ''}-${c.at}`} className="timeline-change">
          <time dateTime={c.at}>{formatDate(c.at)}</time>: <strong>{patternLabel(c)}</strong> —{' '}
          {c.evidence}
        </li>
      ))}
    </ul>
  );
}
