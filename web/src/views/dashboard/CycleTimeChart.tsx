import { useMemo } from 'react';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { percentileSeries } from '../../charts/percentileSeries';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { browserTimeZone } from '../../format/browserTimeZone';
import { durationUnit } from '../../format/durationUnit';
import { formatCount } from '../../format/formatCount';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { palette } from '../../theme/palette';

/** Every finished case by the day it finished and how long it took, with the 50/85/95th percentiles. */
export function CycleTimeChart({ cycleTime }: { cycleTime: FlowCharts['cycleTime'] }) {
  // Five legend entries wrap to two lines, three on a phone: keep the plot below them.
  const legendSpace = useMediaQuery('(max-width: 700px)') ? 100 : 64;
  const unit = durationUnit(cycleTime.p50);
  const option = useMemo((): ChartOption => {
    return {
      ...baseOption('Cycle time of finished cases, with 50th, 85th and 95th percentile lines.'),
      tooltip: { trigger: 'item', confine: true },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: legendSpace, bottom: 52 },
      xAxis: {
        type: 'time',
        ...axisTitle(`Finished on (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'value', ...axisTitle(`Cycle time (${unit.name})`, 36) },
      series: [
        {
          name: 'Finished cases',
          type: 'scatter',
          color: palette.series[0],
          symbolSize: 4,
          itemStyle: { opacity: 0.45 },
          // Thousands of points: skip per-point hover effects that make the canvas sluggish.
          large: cycleTime.points.length > 2000,
          data: cycleTime.points.map((point) => ({
            value: [point.doneAt, point.seconds / unit.seconds],
            name: point.case,
          })),
          tooltip: {
            formatter: (params) => {
              const item = Array.isArray(params) ? params[0] : params;
              const value = item?.value;
              const days = Array.isArray(value) ? Number(value[1]) : Number.NaN;
              return `Case ${item?.name ?? ''}: ${formatCount(Math.round(days * 10) / 10)} ${unit.name}`;
            },
          },
        },
        ...percentileSeries([cycleTime.p50, cycleTime.p85, cycleTime.p95], unit, 'y'),
      ],
    };
  }, [cycleTime, unit, legendSpace]);

  return (
    <Panel
      title="Cycle time"
      subtitle="Each dot a finished case. 85 % of cases finish below the dashed line: a fair promise to customers."
    >
      {cycleTime.points.length === 0 ? (
        <EmptyState title="No finished cases yet" />
      ) : (
        <EChart option={option} label="Cycle-time scatter plot" height={280 + legendSpace} />
      )}
    </Panel>
  );
}
