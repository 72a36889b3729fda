import type { Workspace } from '../../../../src/store/EventStore.js';
import type { IngestResult } from '../../api/IngestResult';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { UploadLog } from '../workspaces/UploadLog';

interface WorkspaceEmptyProps {
  workspace: Workspace;
  onUploaded: (result: IngestResult, fileName: string) => void;
}

/** A workspace with no events: how to get some in, right where the dashboard will be. */
export function WorkspaceEmpty({ workspace, onUploaded }: WorkspaceEmptyProps) {
  const example = `curl -X POST ${window.location.origin}/api/workspaces/${workspace.id}/events \\
  -H "Authorization: Bearer $DRUMBEAT_TOKEN" -H "Content-Type: application/json" \\
  -d '[{"id":"evt-1","case":"T-17","activity":"Review","timestamp":"2025-03-01T09:30:00+01:00"}]'`;
  return (
    <div className="grid-two">
      <Panel title="No events yet" className="span-two">
        <EmptyState title="No events yet — upload a log or POST events">
          <p>
            The dashboard fills in by itself as soon as the first events are analysed; there is no
            need to reload this page.
          </p>
        </EmptyState>
      </Panel>
      <Panel title="Upload an event log" subtitle="CSV, XES or JSON Lines, gzipped or not.">
        <UploadLog
          workspaces={[workspace]}
          selectedId={workspace.id}
          onSelect={() => undefined}
          onUploaded={onUploaded}
        />
      </Panel>
      <Panel
        title="Or send events from your systems"
        subtitle="One JSON array or NDJSON per request."
      >
        <pre className="code-block">
          <code>{example}</code>
        </pre>
      </Panel>
    </div>
  );
}
