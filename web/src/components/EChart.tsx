import type { EChartsType } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';
import type { ChartOption } from '../charts/ChartOption';
import { echarts } from '../charts/echarts';

interface EChartProps {
  option: ChartOption;
  /** Said to screen readers; the chart's own aria text follows. */
  label: string;
  height: number;
  /** Least drawing width in px: in a scrolling box, a narrow screen scrolls instead of squeezing. */
  minWidth?: number;
  onClick?: (params: { dataType?: string; name: string; data: unknown }) => void;
}

/** One ECharts instance tied to a div: created on mount, redrawn on new options, resized with its box, disposed on unmount. */
export function EChart({ option, label, height, minWidth, onClick }: EChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const box = boxRef.current;
    if (box === null) return;
    const chart = echarts.init(box, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) =>
      clickRef.current?.(params as Parameters<NonNullable<typeof onClick>>[0]),
    );
    // Charts sit in responsive grid cells; the window's resize event misses cell-only changes.
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series removed from the data (a stage that vanished) must vanish from the chart.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const style: CSSProperties = { height, width: '100%', minWidth };
  return <div ref={boxRef} className="echart" style={style} role="img" aria-label={label} />;
}
