import { useMemo } from 'react';
import type { ConstraintBuffer } from '../../../../../src/core/buffers/Subordination.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { EmptyState } from '../../../components/EmptyState';
import { Panel } from '../../../components/Panel';
import { browserTimeZone } from '../../../format/browserTimeZone';
import { formatCount } from '../../../format/formatCount';
import { formatDate } from '../../../format/formatDate';
import { useMediaQuery } from '../../../hooks/useMediaQuery';
import { palette } from '../../../theme/palette';
import { BufferTargetForm } from './BufferTargetForm';
import { whenBufferRed, ZoneBadge, zones } from './zones';

/** The next round number (1, 2, 2.5, 5 × a power of ten) at or above `value`, for the axis top. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= value) ?? 10;
  return step * power;
}

const oneDecimal = (hours: number): string => formatCount(Math.round(hours * 10) / 10);

/**
 * The fever chart: ready work in front of the constraint, in hours of its capacity, day by day,
 * over red / yellow / green bands at one and two thirds of the target. Each band is an empty
 * series carrying a markArea, so it has a legend entry as well as a label on the band.
 */
export function BufferFeverChart({
  buffer,
  workspaceId,
  onTargetSaved,
}: {
  buffer: ConstraintBuffer;
  workspaceId: string;
  onTargetSaved: () => void;
}) {
  const phone = useMediaQuery('(max-width: 700px)');
  const option = useMemo((): ChartOption => {
    const target = buffer.targetHours;
    const highest = Math.max(target, ...buffer.history.map((point) => point.hours));
    const top = niceCeiling(highest * 1.1);
    const bands = [
      { zone: 'red' as const, from: 0, to: target / 3, range: 'below ⅓ of target' },
      { zone: 'yellow' as const, from: target / 3, to: (2 * target) / 3, range: '⅓–⅔' },
      { zone: 'green' as const, from: (2 * target) / 3, to: top, range: 'above ⅔' },
    ];
    const bandSeries = bands.map((band) => ({
      name: `${zones[band.zone].label} zone (${band.range})`,
      type: 'line' as const,
      data: [],
      symbol: 'none',
      color: zones[band.zone].color,
      markArea: {
        silent: true,
        itemStyle: { color: zones[band.zone].color, opacity: zones[band.zone].opacity },
        // A band too thin to hold its label (a small target under a tall history) is named by the legend alone.
        label: {
          show: (band.to - band.from) / top >= 0.08,
          position: 'insideRight' as const,
          color: palette.muted,
          formatter: `${zones[band.zone].mark} ${zones[band.zone].label}`,
        },
        data: [[{ yAxis: band.from }, { yAxis: band.to }]] as never,
      },
    }));
    const lineName = `Buffer before ${buffer.stage} (hours)`;
    return {
      ...baseOption(
        `Buffer fever chart: hours of ready work in front of the constraint ${buffer.stage}, at the end of each day, against a target of ${oneDecimal(target)} hours.`,
      ),
      legend: { top: 0, data: [lineName, ...bandSeries.map((series) => series.name)] },
      grid: { left: 56, right: 16, top: phone ? 84 : 64, bottom: 52 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as
            | { dataIndex: number; seriesName: string }
            | undefined;
          const point = first === undefined ? undefined : buffer.history[first.dataIndex];
          if (point === undefined) return '';
          return `${formatDate(point.at)}<br/>${oneDecimal(point.hours)} h ready · ${zones[point.zone].mark} ${zones[point.zone].label} zone`;
        },
      },
      xAxis: {
        type: 'time',
        ...axisTitle(`Day (end of day, ${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: top,
        ...axisTitle('Buffer (hours of constraint work)', 40),
      },
      series: [
        {
          name: lineName,
          type: 'line',
          color: palette.ink,
          symbol: 'circle',
          symbolSize: 3,
          showSymbol: buffer.history.length <= 60,
          lineStyle: { width: 1.8 },
          data: buffer.history.map((point) => [point.at, point.hours]),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: palette.muted },
            label: { formatter: `target ${oneDecimal(target)} h`, position: 'insideStartTop' },
            data: [{ yAxis: target }],
          },
        },
        ...bandSeries,
      ],
    };
  }, [buffer, phone]);

  const red = buffer.zone === 'red';
  return (
    <Panel
      title="Buffer fever chart"
      className="buffer-fever"
      subtitle={
        <>
          Work ready and waiting for the constraint <strong>{buffer.stage}</strong>, in hours of its
          capacity. Green above two thirds of the target, yellow above one third, red below.
        </>
      }
    >
      <div className={`zone-now ${red ? 'zone-now-red' : ''}`} aria-live="polite">
        <p>
          <strong>Now:</strong> {oneDecimal(buffer.currentHours)} h (
          {formatCount(buffer.currentItems)} {buffer.currentItems === 1 ? 'item' : 'items'}) ready
          for {buffer.stage} — <ZoneBadge zone={buffer.zone} />, {zones[buffer.zone].meaning}.
        </p>
        <p className="fact-note">
          Target {oneDecimal(buffer.targetHours)} h,{' '}
          {buffer.targetSource === 'given'
            ? 'set for this workspace'
            : 'derived from how late upstream work reaches the constraint (85th − 50th percentile)'}
          .
        </p>
        <BufferTargetForm workspaceId={workspaceId} buffer={buffer} onSaved={onTargetSaved} />
        <p className={red ? 'zone-advice zone-advice-red' : 'zone-advice'}>
          <strong>{red ? 'Do now (red):' : 'When it is red:'}</strong> {whenBufferRed}
        </p>
      </div>
      {buffer.history.length === 0 || buffer.targetHours <= 0 ? (
        <EmptyState title="No buffer history yet">
          <p>The fever chart fills in once the log covers a full day of work at the constraint.</p>
        </EmptyState>
      ) : (
        <EChart option={option} label="Buffer fever chart" height={phone ? 340 : 300} />
      )}
    </Panel>
  );
}
