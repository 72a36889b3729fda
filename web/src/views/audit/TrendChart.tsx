import { useMemo } from 'react';
import type { TrendPoint } from '../../../../src/core/alignment/AuditSummary.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { palette } from '../../theme/palette';

/** Mean score and share naming the constraint, audit by audit. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const option = useMemo((): ChartOption => {
    const points = trend.filter((t) => t.score !== null);
    return {
      ...baseOption('Alignment score and share naming the right constraint, audit by audit.'),
      legend: { top: 0, data: ['Mean score', 'Named the constraint'] },
      grid: { left: 52, right: 16, top: 36, bottom: 48 },
      xAxis: {
        type: 'category',
        data: points.map((t) => `${t.title} (${t.createdAt.slice(0, 10)})`),
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: 'value', min: 0, max: 100, ...axisTitle('%', 36) },
      series: [
        {
          name: 'Mean score',
          type: 'line',
          color: palette.series[0],
          data: points.map((t) => Math.round((t.score ?? 0) * 100)),
        },
        {
          name: 'Named the constraint',
          type: 'line',
          color: palette.constraint,
          symbol: 'triangle',
          data: points.map((t) => Math.round((t.namingRight ?? 0) * 100)),
        },
      ],
    };
  }, [trend]);
  return <EChart option={option} label="Alignment trend across audits" height={240} />;
}
