import { useMemo } from 'react';
import type { Histogram } from '../../../../src/core/views/StageDetail.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { formatDuration } from '../../format/formatDuration';

interface HistogramChartProps {
  title: string;
  subtitle: string;
  histogram: Histogram;
  seriesName: string;
}

/** A duration histogram: one bar per bin, labelled with the bin's range. */
export function HistogramChart({ title, subtitle, histogram, seriesName }: HistogramChartProps) {
  const total = histogram.counts.reduce((sum, count) => sum + count, 0);
  const option = useMemo((): ChartOption => {
    const labels = histogram.counts.map(
      (_, index) =>
        `${formatDuration(histogram.edges[index])}–${formatDuration(histogram.edges[index + 1])}`,
    );
    return {
      ...baseOption(`${title}: number of items per duration range.`),
      legend: { top: 0, data: [seriesName] },
      grid: { left: 76, right: 24, top: 36, bottom: 96 },
      xAxis: {
        type: 'category',
        data: labels,
        ...axisTitle('Duration range', 80),
        axisLabel: { rotate: 40, fontSize: 10, interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1, ...axisTitle('Items', 44) },
      series: [{ name: seriesName, type: 'bar', data: histogram.counts, barCategoryGap: '10%' }],
    };
  }, [histogram, title, seriesName]);

  return (
    <Panel title={title} subtitle={subtitle}>
      {total === 0 ? (
        <EmptyState title="Nothing measured yet" />
      ) : (
        <EChart option={option} label={title} height={300} />
      )}
    </Panel>
  );
}
