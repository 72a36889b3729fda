import { useMemo } from 'react';
import type { LiveOutput } from '../../../../src/core/views/LiveOutput.js';
import { Panel } from '../../components/Panel';
import { browserTimeZone } from '../../format/browserTimeZone';
import { formatDateTime } from '../../format/formatDateTime';
import { applyEventsToLive } from './applyEventsToLive';
import { PeriodTile } from './PeriodTile';
import type { ReceivedEvents } from './ReceivedEvents';
import { RecentHoursChart } from './RecentHoursChart';

interface LivePanelProps {
  live: LiveOutput;
  received: readonly ReceivedEvents[];
  fetchedAt: number;
}

/** The constraint's output today and this week, against what is typical and against its capacity. */
export function LivePanel({ live, received, fetchedAt }: LivePanelProps) {
  const current = useMemo(
    () => applyEventsToLive(live, received, fetchedAt),
    [live, received, fetchedAt],
  );
  const who = current.kind === 'demand' ? 'busiest stage' : 'constraint';
  return (
    <Panel
      title="Output, live"
      className="live-panel"
      subtitle={
        <>
          Completed items (not planned) at the {who}, <strong>{current.stage}</strong>, with{' '}
          {current.servers} {current.servers === 1 ? 'person' : 'people'} of capacity.
        </>
      }
    >
      <div className="period-tiles">
        <PeriodTile title="Today" period={current.today} />
        <PeriodTile title="This week" period={current.week} />
      </div>
      <RecentHoursChart hours={current.recentHours} stage={current.stage} />
      <p className="footnote">
        “Now” is the latest event, {formatDateTime(current.now)}; times in {browserTimeZone}.
      </p>
    </Panel>
  );
}
