import type { IngestResult } from '../../api/IngestResult';
import { formatCount } from '../../format/formatCount';

const shownRejections = 10;

/** What an upload stored: accepted, duplicates, and the first rejected events with their reasons. */
export function IngestSummary({ file, result }: { file: string; result: IngestResult }) {
  const rejected = result.rejected ?? [];
  return (
    <div className={rejected.length > 0 ? 'notice-warning' : 'success'} role="status">
      <p>
        <strong>{file}</strong>: {formatCount(result.accepted)} events stored
        {result.duplicates > 0 &&
          `, ${formatCount(result.duplicates)} already there (not counted twice)`}
        {rejected.length > 0 && `, ${formatCount(rejected.length)} rejected`}.
      </p>
      {rejected.length > 0 && (
        <ul className="rejections">
          {rejected.slice(0, shownRejections).map((rejection) => (
            <li key={rejection.index}>
              Event #{rejection.index + 1}: {rejection.reason}
            </li>
          ))}
          {rejected.length > shownRejections && (
            <li className="muted">…and {formatCount(rejected.length - shownRejections)} more.</li>
          )}
        </ul>
      )}
    </div>
  );
}
