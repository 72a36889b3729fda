import { useState } from 'react';
import { api } from '../../api/api';
import { AppHeader } from '../../components/AppHeader';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { Skeleton } from '../../components/Skeleton';
import { useResource } from '../../hooks/useResource';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { UploadLog } from './UploadLog';
import { WorkspaceTable } from './WorkspaceTable';

/** `/`: every workspace, a form to make one, and a log upload. */
export function WorkspacesView() {
  const workspaces = useResource('workspaces', api.listWorkspaces);
  const [uploadTarget, setUploadTarget] = useState<string | null>(null);
  const list = workspaces.data;

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">Workspaces</h1>
        <p className="page-lead">
          A workspace is one value stream: its events, its calendar and the constraint Drumbeat
          finds in it.
        </p>
        {workspaces.error !== undefined && (
          <ErrorBanner
            error={workspaces.error}
            context="Loading the workspaces"
            onRetry={workspaces.reload}
          />
        )}
        <div className="grid-two">
          <Panel title="Your workspaces" className="span-two">
            {list === undefined ? (
              workspaces.error === undefined && <Skeleton height={120} />
            ) : (
              <WorkspaceTable workspaces={list} />
            )}
          </Panel>
          <Panel
            title="New workspace"
            subtitle="Name a value stream; settings can be changed later."
          >
            <CreateWorkspaceForm
              onCreated={(id) => {
                setUploadTarget(id);
                workspaces.reload();
              }}
            />
          </Panel>
          <Panel
            title="Upload an event log"
            subtitle="CSV, XES or JSON Lines, gzipped or not. Events already stored are not counted twice."
          >
            {list === undefined ? (
              <Skeleton height={120} />
            ) : (
              <UploadLog
                workspaces={list}
                selectedId={uploadTarget}
                onSelect={setUploadTarget}
                onUploaded={workspaces.reload}
              />
            )}
          </Panel>
        </div>
      </main>
    </>
  );
}
