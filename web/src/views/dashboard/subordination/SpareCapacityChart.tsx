import { useMemo } from 'react';
import type { SpareCapacity } from '../../../../../src/core/buffers/Subordination.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { EmptyState } from '../../../components/EmptyState';
import { Panel } from '../../../components/Panel';
import { formatPercent } from '../../../format/formatPercent';
import { useMediaQuery } from '../../../hooks/useMediaQuery';
import { palette } from '../../../theme/palette';

/** The flags in words (docs/report-format.md, "Subordination"), with what to do. */
const flags = {
  'next-constraint': {
    label: '▲ next constraint',
    advice:
      'Keep it from becoming the constraint: it is the one that takes over when the constraint is elevated.',
  },
  'piling-up': {
    label: '◼ piling up',
    advice: 'Slow it down to the constraint’s pace; its extra output is inventory, not throughput.',
  },
} as const;

const loadName = 'Load (busy share)';
const spareName = 'Protective capacity (1 − load)';

/** Each other stage's load against the spare capacity it has to absorb the constraint's ups and downs. */
export function SpareCapacityChart({
  spare,
  constraint,
}: {
  spare: readonly SpareCapacity[];
  constraint: string;
}) {
  const phone = useMediaQuery('(max-width: 700px)');
  const rows = useMemo(() => [...spare].reverse(), [spare]);
  const option = useMemo((): ChartOption => {
    const label = (row: SpareCapacity): string =>
      row.flag === null ? row.stage : `${row.stage}  ${flags[row.flag].label}`;
    return {
      ...baseOption(
        `Load and protective capacity of each stage other than the constraint ${constraint}.`,
      ),
      legend: { top: 0, data: [loadName, spareName] },
      grid: { left: 8, right: 24, top: phone ? 56 : 36, bottom: 48, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => formatPercent(typeof value === 'number' ? value : null),
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 1,
        ...axisTitle('Share of the stage’s capacity (%)', 30),
        axisLabel: {
          hideOverlap: true,
          formatter: (value: number) => `${Math.round(value * 100)} %`,
        },
      },
      yAxis: {
        type: 'category',
        data: rows.map(label),
        axisLabel: { width: phone ? 130 : 260, overflow: 'truncate' },
      },
      series: [
        {
          name: loadName,
          type: 'bar',
          stack: 'capacity',
          color: palette.series[0],
          barMaxWidth: 18,
          data: rows.map((row) => row.utilization),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: palette.ink },
            label: { formatter: '80 %: next constraint', position: 'end', color: palette.muted },
            data: [{ xAxis: 0.8 }],
          },
        },
        {
          name: spareName,
          type: 'bar',
          stack: 'capacity',
          color: palette.series[3],
          itemStyle: { opacity: 0.55 },
          barMaxWidth: 18,
          data: rows.map((row) => row.protectiveCapacity),
        },
      ],
    };
  }, [rows, constraint, phone]);

  const flagged = spare.filter((row) => row.flag !== null);
  const unmeasured = spare.filter((row) => row.utilization === null);
  return (
    <Panel
      title="Spare capacity of the other stages"
      className="spare-capacity"
      subtitle={`Every stage but ${constraint} should have spare (protective) capacity to absorb the constraint's ups and downs, and should work at its pace, no faster.`}
    >
      {spare.length === 0 ? (
        <EmptyState title="No other stages to compare" />
      ) : (
        <EChart
          option={option}
          label="Load and protective capacity per stage"
          height={Math.max(180, 90 + rows.length * 30)}
        />
      )}
      {flagged.length > 0 ? (
        <ul className="flag-list">
          {flagged.map((row) =>
            row.flag === null ? null : (
              <li key={row.stage}>
                <strong>{row.stage}</strong> — {flags[row.flag].label.slice(2)} (load{' '}
                {formatPercent(row.utilization)}): {flags[row.flag].advice}
              </li>
            ),
          )}
        </ul>
      ) : (
        spare.length > 0 && (
          <p className="footnote">
            No stage is close to becoming the constraint or piling up work.
          </p>
        )
      )}
      {unmeasured.length > 0 && (
        <p className="footnote">
          Load not measurable (no start times or people):{' '}
          {unmeasured.map((row) => row.stage).join(', ')}.
        </p>
      )}
    </Panel>
  );
}
