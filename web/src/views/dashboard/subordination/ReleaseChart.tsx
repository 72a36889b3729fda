import { useMemo } from 'react';
import type { ReleasePacing } from '../../../../../src/core/buffers/Subordination.js';
import { axisTitle } from '../../../charts/axisTitle';
import { baseOption } from '../../../charts/baseOption';
import type { ChartOption } from '../../../charts/ChartOption';
import { EChart } from '../../../components/EChart';
import { EmptyState } from '../../../components/EmptyState';
import { Panel } from '../../../components/Panel';
import { browserTimeZone } from '../../../format/browserTimeZone';
import { formatCount } from '../../../format/formatCount';
import { useMediaQuery } from '../../../hooks/useMediaQuery';
import { palette } from '../../../theme/palette';
import { whenOverproducing } from './zones';

const releasedName = 'Cases released';
const ropeName = 'Recommended pace (the rope)';

/** The rope: new cases entering each week against the constraint's demonstrated pace. */
export function ReleaseChart({
  release,
  constraint,
}: {
  release: ReleasePacing;
  constraint: string;
}) {
  // The two legend entries wrap on a phone.
  const legendSpace = useMediaQuery('(max-width: 700px)') ? 60 : 40;
  const option = useMemo(
    (): ChartOption => ({
      ...baseOption(
        `Cases released into the stream each week, against the recommended pace set by the constraint ${constraint}.`,
      ),
      legend: { top: 0, data: [releasedName, ropeName] },
      grid: { left: 56, right: 16, top: legendSpace, bottom: 52 },
      xAxis: {
        type: 'time',
        ...axisTitle(`Week starting (${browserTimeZone})`, 30),
        splitLine: { show: false },
      },
      yAxis: { type: 'value', min: 0, ...axisTitle('Cases per week', 36) },
      series: [
        {
          name: releasedName,
          type: 'bar',
          color: palette.series[0],
          barMaxWidth: 14,
          data: release.weekly.map((week) => [week.week, week.released]),
        },
        {
          name: ropeName,
          type: 'line',
          color: palette.ink,
          symbol: 'none',
          step: 'middle',
          lineStyle: { type: 'dashed', width: 2 },
          data: release.weekly.map((week) => [week.week, week.recommended]),
        },
      ],
    }),
    [release.weekly, constraint, legendSpace],
  );

  const over = release.overproduction > 0;
  const caps = Object.entries(release.wipCaps);
  return (
    <Panel
      title="Release vs recommended pace"
      className="release-panel"
      subtitle={`The rope: new cases should enter no faster than ${constraint} finishes them — its median weekly completions over the last 12 full weeks.`}
    >
      <dl className="fact-grid fact-grid-three">
        <div>
          <dt>Recommended</dt>
          <dd>
            <span className="fact-big">{formatCount(release.recommendedPerWeek)}</span>
            <span className="fact-note">cases a week</span>
          </dd>
        </div>
        <div>
          <dt>Released</dt>
          <dd>
            <span className="fact-big">{formatCount(release.actualPerWeek)}</span>
            <span className="fact-note">cases a week, same weeks</span>
          </dd>
        </div>
        <div>
          <dt>Overproduction</dt>
          <dd>
            <span className="fact-big">{formatCount(release.overproduction)}</span>
            <span className="fact-note">
              {over ? '▲ cases released beyond the rope' : 'none: release kept to the rope'}
            </span>
          </dd>
        </div>
      </dl>
      {over && (
        <p className="zone-advice zone-advice-red">
          <strong>What to do:</strong> {whenOverproducing}
        </p>
      )}
      {release.weekly.length === 0 ? (
        <EmptyState title="No full weeks yet" />
      ) : (
        <EChart option={option} label="Weekly release against the rope" height={280} />
      )}
      <h3 className="subheading">Work-in-progress caps before the constraint</h3>
      {caps.length === 0 ? (
        <p className="muted">No stages before {constraint}.</p>
      ) : (
        <>
          <ul className="wip-caps">
            {caps.map(([stage, cap]) => (
              <li key={stage}>
                <span>{stage}</span> <strong>at most {formatCount(cap)}</strong>{' '}
                {cap === 1 ? 'item' : 'items'}
              </li>
            ))}
          </ul>
          <p className="footnote">
            The rope's rate × the median time an item spends in the stage (Little's law), at least
            one per person.
          </p>
        </>
      )}
    </Panel>
  );
}
