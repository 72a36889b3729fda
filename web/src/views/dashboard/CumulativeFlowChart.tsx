import { useMemo } from 'react';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { browserTimeZone } from '../../format/browserTimeZone';
import { palette } from '../../theme/palette';

interface CumulativeFlowChartProps {
  flow: FlowCharts['cumulativeFlow'];
  days: readonly string[];
  /** Cases in the analysis: stages entered by under 2 % of them start hidden (legend shows them). */
  cases: number;
}

const doneName = 'Done (cases finished)';

/**
 * Cumulative flow: how many items had entered each stage by each day. The curves are drawn as
 * overlapping filled areas, not stacked sums: each count already includes everything that
 * passed through, so stacking would add the same items several times. The gap between two
 * curves is the work between those stages; a widening gap is a growing queue.
 */
export function CumulativeFlowChart({ flow, days, cases }: CumulativeFlowChartProps) {
  const option = useMemo((): ChartOption => {
    const stageSeries = flow.stages.map((stage, index) => ({
      name: stage.stage,
      type: 'line' as const,
      symbol: 'none',
      color: palette.series[index % palette.series.length] ?? palette.ink,
      lineStyle: { width: 1.5 },
      areaStyle: { opacity: 0.12 },
      data: days.map((day, dayIndex) => [day, stage.entered[dayIndex] ?? null]),
      total: stage.entered[stage.entered.length - 1] ?? 0,
    }));
    // The largest curve goes to the back so smaller ones are never hidden behind it.
    stageSeries.sort((a, b) => b.total - a.total);
    // Rare side paths crowd the chart; they start switched off and stay one legend click away.
    const selected = Object.fromEntries(
      flow.stages.map((stage) => [
        stage.stage,
        (stage.entered[stage.entered.length - 1] ?? 0) >= 0.02 * cases,
      ]),
    );
    return {
      ...baseOption('Cumulative flow diagram: items that had entered each stage by each day.'),
      legend: {
        type: 'scroll',
        top: 0,
        data: [...flow.stages.map((s) => s.stage), doneName],
        selected,
      },
      grid: { left: 64, right: 16, top: 40, bottom: 52 },
      xAxis: {
        type: 'time',
        ...axisTitle(`Day (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'value', ...axisTitle('Items (cumulative)', 48) },
      series: [
        ...stageSeries.map(({ total: _total, ...series }) => series),
        {
          name: doneName,
          type: 'line',
          symbol: 'none',
          color: palette.ink,
          lineStyle: { width: 2.5, type: 'dashed' },
          data: days.map((day, index) => [day, flow.done[index] ?? null]),
        },
      ],
    };
  }, [flow, days, cases]);

  return (
    <Panel
      title="Cumulative flow"
      subtitle="Items that had entered each stage, day by day. The vertical gap between curves is work in between; a widening gap is a growing queue."
    >
      {days.length === 0 ? (
        <EmptyState title="No days to show yet" />
      ) : (
        <EChart option={option} label="Cumulative flow diagram" height={320} />
      )}
    </Panel>
  );
}
