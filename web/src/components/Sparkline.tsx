import { palette } from '../theme/palette';

interface SparklineProps {
  values: readonly number[];
  label: string;
  width?: number;
  height?: number;
}

/**
 * A tiny trend line in SVG: a table of 14 stages would otherwise need 14 chart instances,
 * which is heavy for a page kept open all day.
 */
export function Sparkline({ values, label, width = 96, height = 24 }: SparklineProps) {
  if (values.length < 2) return <span className="muted">—</span>;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  const step = width / (values.length - 1);
  const points = values
    .map((value, index) => {
      const x = index * step;
      const y = height - 2 - ((value - min) / span) * (height - 4);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points} fill="none" stroke={palette.series[0]} strokeWidth={1.5} />
    </svg>
  );
}
