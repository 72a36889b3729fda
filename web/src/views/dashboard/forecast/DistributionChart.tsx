import { useMemo } from 'react';
import type { OutcomeBin } from '../../../../../src/core/forecast/ForecastAnswer.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { palette } from '../../../theme/palette';

interface DistributionChartProps {
  bins: readonly OutcomeBin[];
  /** The quoted percentiles, marked on the bins that hold them. */
  marks: ReadonlyArray<{ label: string; value: number }>;
  xTitle: string;
  description: string;
}

/** A histogram of the simulated futures, with the quoted percentiles marked. */
export function DistributionChart({ bins, marks, xTitle, description }: DistributionChartProps) {
  const option = useMemo((): ChartOption => {
    const names = bins.map((b) => (b.from === b.to ? String(b.from) : `${b.from}–${b.to}`));
    const binOf = (value: number) => bins.findIndex((b) => b.from <= value && value <= b.to);
    return {
      ...baseOption(description),
      grid: { left: 56, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: names, ...axisTitle(xTitle, 32) },
      yAxis: {
        type: 'value',
        ...axisTitle('Share of simulated futures', 40),
        axisLabel: {
          ...axisTitle('', 0).axisLabel,
          formatter: (v: number) => `${Math.round(v * 100)} %`,
        },
      },
      series: [
        {
          name: 'Share of futures',
          type: 'bar',
          color: palette.series[0],
          barCategoryGap: '10%',
          data: bins.map((b) => b.share),
          markLine: {
            symbol: 'none',
            lineStyle: { color: palette.ink, type: 'dashed' },
            label: { formatter: '{b}', position: 'end' },
            // Percentiles in the same bin share one line: "50 % · 85 %".
            data: [...new Set(marks.map((m) => binOf(m.value)).filter((b) => b >= 0))].map(
              (bin) => ({
                name: marks
                  .filter((m) => binOf(m.value) === bin)
                  .map((m) => m.label)
                  .join(' · '),
                xAxis: names[bin] ?? '',
              }),
            ),
          },
        },
      ],
    };
  }, [bins, marks, xTitle, description]);
  return <EChart option={option} label={description} height={260} />;
}
