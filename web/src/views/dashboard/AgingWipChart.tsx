import { useMemo } from 'react';
import type { StageReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { percentileSeries } from '../../charts/percentileSeries';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { durationUnit } from '../../format/durationUnit';
import { formatCount } from '../../format/formatCount';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { palette } from '../../theme/palette';
import { agingRows } from './agingRows';

interface AgingWipChartProps {
  aging: FlowCharts['aging'];
  stages: readonly StageReport[];
  constraint: string;
}

const openName = 'Open item';
const lateName = 'Open, older than 85 % of finished cases';

/**
 * Open items by current stage (rows, in flow order) and age. Items past the 85th percentile of
 * finished cases are triangles as well as orange: they are the ones to ask about today.
 */
export function AgingWipChart({ aging, stages, constraint }: AgingWipChartProps) {
  // Five legend entries wrap to two lines, three on a phone: keep the plot below them.
  const legendSpace = useMediaQuery('(max-width: 700px)') ? 124 : 64;
  const unit = durationUnit(
    aging.p50 ?? Math.max(0, ...aging.items.map((item) => item.ageSeconds)),
  );
  const rows = useMemo(() => agingRows(aging.items, stages), [aging.items, stages]);
  const option = useMemo((): ChartOption => {
    const late = aging.p85 ?? Number.POSITIVE_INFINITY;
    // Stale items can be open ten times longer than the 95th percentile; on a linear axis the
    // percentile lines, where the decisions are, would then be squeezed against the left edge.
    const oldest = Math.max(0, ...aging.items.map((item) => item.ageSeconds));
    const logScale = aging.p95 !== null && aging.p95 > 0 && oldest > 8 * aging.p95;
    const floor = 0.01;
    const point = (item: (typeof rows.points)[number]) => ({
      value: [Math.max(floor, item.ageSeconds / unit.seconds), item.row],
      name: `${item.case} (${item.stage})`,
    });
    const labels = rows.names.map((name) => {
      const shortName = name.length > 18 ? `${name.slice(0, 17)}…` : name;
      return name === constraint ? `◆ ${shortName}` : shortName;
    });
    return {
      ...baseOption('Aging work in progress: open items by stage and age, with percentile lines.'),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const value = item?.value;
          const age = Array.isArray(value) ? Number(value[0]) : Number.NaN;
          return `${item?.name ?? ''}: open for ${formatCount(Math.round(age * 10) / 10)} ${unit.name}`;
        },
      },
      legend: { top: 0 },
      grid: { left: 140, right: 24, top: legendSpace, bottom: 52 },
      xAxis: logScale
        ? {
            type: 'log',
            // Start at a power of ten so the first tick reads "10", not "22.5336…".
            min: (extent: { min: number }) =>
              Math.max(floor, 10 ** Math.floor(Math.log10(Math.max(floor, extent.min)))),
            ...axisTitle(`Age so far (${unit.name}, log scale)`, 30),
            axisLabel: { formatter: (value: number) => formatCount(value) },
          }
        : { type: 'value', ...axisTitle(`Age so far (${unit.name})`, 30) },
      // A category axis shows the stage names; the points sit on a hidden value axis spanning the
      // same rows, so they can spread around their row instead of piling onto one line.
      yAxis: [
        {
          type: 'category',
          data: labels,
          inverse: true,
          boundaryGap: true,
          axisTick: { show: false },
        },
        {
          type: 'value',
          show: false,
          inverse: true,
          min: -0.5,
          max: rows.names.length - 0.5,
        },
      ],
      series: [
        {
          name: openName,
          type: 'scatter',
          color: palette.series[0],
          symbolSize: 7,
          yAxisIndex: 1,
          itemStyle: { opacity: 0.7 },
          data: rows.points.filter((item) => item.ageSeconds <= late).map(point),
        },
        {
          name: lateName,
          type: 'scatter',
          color: palette.series[1],
          symbol: 'triangle',
          symbolSize: 9,
          yAxisIndex: 1,
          data: rows.points.filter((item) => item.ageSeconds > late).map(point),
        },
        ...percentileSeries([aging.p50, aging.p85, aging.p95], unit, 'x'),
      ],
    };
  }, [aging, rows, unit, constraint, legendSpace]);

  return (
    <Panel
      title="Aging work in progress"
      subtitle={`${formatCount(aging.items.length)} open items, by the stage they are in and how long they have been open, against finished cases' lead times.`}
    >
      {aging.items.length === 0 ? (
        <EmptyState title="No open items: everything that started has finished." />
      ) : (
        <EChart
          option={option}
          label="Aging work in progress"
          height={Math.max(200, rows.names.length * 34) + legendSpace + 52}
        />
      )}
    </Panel>
  );
}
