import { useMemo } from 'react';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { browserTimeZone } from '../../format/browserTimeZone';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { palette } from '../../theme/palette';

/** Weekly run chart: cases finished, and items completed at the constraint (marked with triangles). */
export function ThroughputChart({ throughput }: { throughput: FlowCharts['throughput'] }) {
  // The two legend entries wrap on a phone.
  const legendSpace = useMediaQuery('(max-width: 700px)') ? 60 : 40;
  const option = useMemo((): ChartOption => {
    const constraintName = `Completed at ${throughput.constraint} ◆ constraint`;
    return {
      ...baseOption(
        `Weekly throughput: cases finished, and items completed at the constraint ${throughput.constraint}.`,
      ),
      legend: { top: 0, data: ['Cases finished', constraintName] },
      grid: { left: 56, right: 16, top: legendSpace, bottom: 52 },
      xAxis: {
        type: 'time',
        ...axisTitle(`Week starting (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'value', minInterval: 1, ...axisTitle('Items per week', 36) },
      series: [
        {
          name: 'Cases finished',
          type: 'bar',
          color: palette.series[3],
          barMaxWidth: 14,
          data: throughput.weeks.map((week, index) => [week, throughput.casesDone[index] ?? 0]),
        },
        {
          name: constraintName,
          type: 'line',
          color: palette.constraint,
          symbol: 'triangle',
          symbolSize: 6,
          lineStyle: { width: 2 },
          data: throughput.weeks.map((week, index) => [
            week,
            throughput.constraintDone[index] ?? 0,
          ]),
        },
      ],
    };
  }, [throughput, legendSpace]);

  return (
    <Panel
      title="Throughput, week by week"
      subtitle="The constraint's completions set the pace; cases finished cannot sustainably exceed them."
    >
      {throughput.weeks.length === 0 ? (
        <EmptyState title="No finished weeks yet" />
      ) : (
        <EChart option={option} label="Weekly throughput run chart" height={320} />
      )}
    </Panel>
  );
}
