import type { Workspace } from '../../../../src/store/EventStore.js';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../format/formatCount';
import { formatDateTime } from '../../format/formatDateTime';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';

/** The workspace list: name (the link to its dashboard), events, settings, creation time. */
export function WorkspaceTable({ workspaces }: { workspaces: readonly Workspace[] }) {
  if (workspaces.length === 0) {
    return (
      <EmptyState title="No workspaces yet">
        <p>Create one, then upload a log or POST events to it.</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="number">
              Events
            </th>
            <th scope="col">Calendar</th>
            <th scope="col">Time zone</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {workspaces.map((workspace) => (
            <tr key={workspace.id}>
              <th scope="row">
                <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
              </th>
              <td className="number">{formatCount(workspace.events)}</td>
              <td>
                {workspace.calendar ?? <span className="muted">inferred from the events</span>}
              </td>
              <td>{workspace.timezone}</td>
              <td>{formatDateTime(workspace.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
