import { formatAgo } from '../format/formatAgo';
import { useNow } from '../hooks/useNow';
import type { StreamState } from '../hooks/useWorkspaceStream';

interface LiveStatusProps {
  stream: StreamState;
}

/** The "is this live?" pill: connection state and how long ago the last events arrived. */
export function LiveStatus({ stream }: LiveStatusProps) {
  const now = useNow(1000);
  const last =
    stream.lastEventsReceivedAt === null
      ? 'no new events since this page opened'
      : `last event ${formatAgo(stream.lastEventsReceivedAt, now)}`;
  const text =
    stream.status === 'open'
      ? `Live · ${last}`
      : stream.status === 'connecting'
        ? 'Connecting to live updates…'
        : 'Live updates interrupted — reconnecting…';
  return (
    <p className={`live-status live-status-${stream.status}`} aria-live="polite">
      <span className="live-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
