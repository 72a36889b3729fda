import type { StageDetail } from '../../../../src/core/views/StageDetail.js';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { browserTimeZone } from '../../format/browserTimeZone';
import { formatDateTime } from '../../format/formatDateTime';
import { formatDuration } from '../../format/formatDuration';

/** The stage's most recent items, newest first, with their wait and processing time. */
export function StageItemsTable({ items }: { items: StageDetail['items'] }) {
  return (
    <Panel
      title="Recent items"
      subtitle={`The ${items.length} most recent, newest first. Times in ${browserTimeZone}. “est.” marks a start estimated from completions.`}
    >
      {items.length === 0 ? (
        <EmptyState title="No items have reached this stage yet" />
      ) : (
        <div className="table-scroll table-limit">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Person</th>
                <th scope="col">Ready</th>
                <th scope="col">Started</th>
                <th scope="col">Completed</th>
                <th scope="col" className="number">
                  Wait
                </th>
                <th scope="col" className="number">
                  Processing
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={`${item.case}-${item.complete ?? item.start ?? index}`}>
                  <th scope="row">{item.case}</th>
                  <td>{item.resource ?? <span className="muted">—</span>}</td>
                  <td>{formatDateTime(item.ready)}</td>
                  <td>
                    {formatDateTime(item.start)}
                    {item.estimated && <abbr title="estimated from completions"> est.</abbr>}
                  </td>
                  <td>
                    {item.complete === null ? <em>in progress</em> : formatDateTime(item.complete)}
                  </td>
                  <td className="number">{formatDuration(item.waitSeconds)}</td>
                  <td className="number">{formatDuration(item.processingSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
