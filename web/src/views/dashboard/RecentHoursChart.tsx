import { useMemo } from 'react';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { browserTimeZone } from '../../format/browserTimeZone';
import { palette } from '../../theme/palette';

interface RecentHoursChartProps {
  hours: ReadonlyArray<readonly [string, number]>;
  stage: string;
}

const halfHour = 1_800_000;

/** Completions at the constraint per hour over the last 48 hours. */
export function RecentHoursChart({ hours, stage }: RecentHoursChartProps) {
  const option = useMemo((): ChartOption => {
    const name = `Completed at ${stage} (constraint)`;
    return {
      ...baseOption(`Items completed per hour at ${stage} over the last 48 hours.`),
      legend: { top: 0, data: [name] },
      grid: { left: 56, right: 16, top: 32, bottom: 52 },
      xAxis: {
        type: 'time',
        ...axisTitle(`Hour (${browserTimeZone})`, 30),
        splitLine: { show: false },
        // Half an hour of room at both ends, or the first and last bars are cut in half.
        min: (extent: { min: number }) => extent.min - halfHour,
        max: (extent: { max: number }) => extent.max + halfHour,
      },
      yAxis: { type: 'value', minInterval: 1, ...axisTitle('Items per hour', 36) },
      series: [
        {
          name,
          type: 'bar',
          itemStyle: { color: palette.constraint },
          barMaxWidth: 12,
          data: hours.map(([hour, count]) => [hour, count]),
        },
      ],
    };
  }, [hours, stage]);
  return <EChart option={option} label={`Last 48 hours of completions at ${stage}`} height={220} />;
}
