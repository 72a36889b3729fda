import { useMemo } from 'react';
import type { Starvation } from '../../../../../src/core/buffers/Starvation.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { EmptyState } from '../../../components/EmptyState';
import { Panel } from '../../../components/Panel';
import { browserTimeZone } from '../../../format/browserTimeZone';
import { formatCount } from '../../../format/formatCount';
import { formatDateTime } from '../../../format/formatDateTime';
import { formatPercent } from '../../../format/formatPercent';
import { palette } from '../../../theme/palette';
import { whenStarved } from './zones';

/** A long log can have thousands of periods; the newest ones are what a person acts on. */
const shownPeriods = 400;
const bandColour = palette.series[4];

const hoursText = (hours: number): string => `${formatCount(Math.round(hours * 10) / 10)} h`;

interface StarvationPanelProps {
  starvation: Starvation;
  /** The log's first and last event, so the timeline spans the whole log, not just the periods. */
  start: string | null;
  end: string | null;
}

/**
 * Idle and starved time of the constraint. Starved periods are bands on a time axis (markArea),
 * with a point at each band's start giving its length, so short periods stay visible too.
 */
export function StarvationPanel({ starvation, start, end }: StarvationPanelProps) {
  const periods = useMemo(() => starvation.periods.slice(-shownPeriods), [starvation.periods]);
  const option = useMemo((): ChartOption => {
    const name = 'Starved period (length in hours)';
    return {
      ...baseOption(
        `Timeline of the periods in which the constraint ${starvation.stage} was starved: idle while work for it waited upstream.`,
      ),
      legend: { top: 0, data: [name] },
      grid: { left: 56, right: 16, top: 36, bottom: 84 },
      // Periods are hours long on an axis of months: zooming in shows each one as a band.
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 18, bottom: 6 },
      ],
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: unknown) => {
          const index = (params as { dataIndex?: number }).dataIndex ?? -1;
          const period = periods[index];
          if (period === undefined) return '';
          return `Starved ${hoursText(period.hours)}<br/>${formatDateTime(period.from)} –<br/>${formatDateTime(period.to)}`;
        },
      },
      xAxis: {
        type: 'time',
        ...(start === null ? {} : { min: start }),
        ...(end === null ? {} : { max: end }),
        ...axisTitle(`Time (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'value', min: 0, ...axisTitle('Starved hours per period', 40) },
      series: [
        {
          name,
          type: 'scatter',
          color: bandColour,
          symbol: 'diamond',
          symbolSize: 7,
          data: periods.map((period) => [period.from, Math.round(period.hours * 100) / 100]),
          markArea: {
            silent: true,
            itemStyle: { color: bandColour, opacity: 0.25 },
            data: periods.map((period) => [{ xAxis: period.from }, { xAxis: period.to }]) as never,
          },
        },
      ],
    };
  }, [periods, starvation.stage, start, end]);

  const starvedShare =
    starvation.idleHours > 0 ? starvation.starvedHours / starvation.idleHours : null;
  const starved = starvation.starvedHours > 0;
  return (
    <Panel
      title="Idle and starved time of the constraint"
      className="starvation-panel"
      subtitle={
        <>
          An hour lost at the constraint is an hour lost for the entire system. Starved time is idle
          time of <strong className="starvation-stage">{starvation.stage}</strong> while work for it
          existed upstream: lost to poor subordination, not to lack of demand.
        </>
      }
    >
      <dl className="fact-grid fact-grid-three">
        <div>
          <dt>Idle</dt>
          <dd>
            <span className="fact-big">{hoursText(starvation.idleHours)}</span>
            <span className="fact-note">working hours its people sat idle, summed over people</span>
          </dd>
        </div>
        <div>
          <dt>Starved</dt>
          <dd>
            <span className="fact-big">{hoursText(starvation.starvedHours)}</span>
            <span className="fact-note">
              {starvedShare === null
                ? 'no idle time'
                : `${formatPercent(starvedShare)} of the idle time`}
              , in {formatCount(starvation.periods.length)}{' '}
              {starvation.periods.length === 1 ? 'period' : 'periods'} of 30 min or more
            </span>
          </dd>
        </div>
        {starvation.blockedHours > 0 && (
          <div>
            <dt>Blocked</dt>
            <dd>
              <span className="fact-big">{hoursText(starvation.blockedHours)}</span>
              <span className="fact-note">its items spent suspended, waiting on something</span>
            </dd>
          </div>
        )}
        {starvation.lostThroughput !== undefined && (
          <div>
            <dt>Lost throughput</dt>
            <dd>
              <span className="fact-big">{formatCount(starvation.lostThroughput)}</span>
              <span className="fact-note">
                starved hours × the constraint's items per hour × value per item
              </span>
            </dd>
          </div>
        )}
      </dl>
      <p className={starved ? 'zone-advice zone-advice-red' : 'zone-advice'}>
        <strong>{starved ? 'What to do:' : 'If it starves:'}</strong> {whenStarved}
      </p>
      {periods.length === 0 ? (
        <EmptyState title={`${starvation.stage} was never starved for 30 minutes or more`}>
          <p>Every idle stretch of the constraint happened when no work for it was upstream.</p>
        </EmptyState>
      ) : (
        <>
          <EChart option={option} label="Timeline of starved periods" height={290} />
          <p className="footnote">
            Each ◆ is one starved period, at its start, by its length; drag the slider or scroll
            over the chart to zoom in and see each period as a shaded band.
          </p>
          {starvation.periods.length > shownPeriods && (
            <p className="footnote">
              The newest {formatCount(shownPeriods)} of {formatCount(starvation.periods.length)}{' '}
              periods are drawn.
            </p>
          )}
        </>
      )}
    </Panel>
  );
}
