import type { LineSeriesOption } from 'echarts/charts';
import type { DurationUnit } from '../format/durationUnit';
import { palette } from '../theme/palette';

const styles = [
  { label: '50th percentile', type: 'solid' as const, color: palette.series[2] },
  { label: '85th percentile', type: 'dashed' as const, color: palette.series[0] },
  { label: '95th percentile', type: 'dotted' as const, color: palette.series[5] },
];

/**
 * The 50/85/95th percentile lines as empty series that carry only a markLine, so each line gets
 * a legend entry (a bare markLine has none) and is told apart by dash style as well as colour.
 * The values go in the legend: on the lines themselves, close percentiles' labels overlap.
 */
export function percentileSeries(
  percentiles: readonly [number | null, number | null, number | null],
  unit: DurationUnit,
  axis: 'x' | 'y',
): LineSeriesOption[] {
  return styles.flatMap((style, index) => {
    const seconds = percentiles[index];
    if (seconds === null || seconds === undefined) return [];
    const value = seconds / unit.seconds;
    const shown = Math.round(value * 10) / 10;
    return [
      {
        name: `${style.label}: ${shown} ${unit.short}`,
        type: 'line',
        data: [],
        color: style.color,
        lineStyle: { type: style.type, color: style.color },
        symbol: 'none',
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: style.type, color: style.color, width: 1.5 },
          label: { show: false },
          data: [axis === 'y' ? { yAxis: value } : { xAxis: value }],
        },
      },
    ];
  });
}
