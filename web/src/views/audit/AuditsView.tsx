import { useState } from 'react';
import { api } from '../../api/api';
import { auditApi } from '../../api/auditApi';
import { AppHeader } from '../../components/AppHeader';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { Skeleton } from '../../components/Skeleton';
import { useResource } from '../../hooks/useResource';
import { paths } from '../../router/paths';
import { AuditResults } from './AuditResults';
import { CreateAuditForm } from './CreateAuditForm';

/** `/workspaces/:id/audits`: the alignment audits of a workspace, a new one, and one's results. */
export function AuditsView({ workspaceId }: { workspaceId: string }) {
  const workspace = useResource(`workspace:${workspaceId}`, (signal) =>
    api.getWorkspace(workspaceId, signal),
  );
  const audits = useResource(`audits:${workspaceId}`, (signal) =>
    auditApi.listAudits(workspaceId, signal),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const list = audits.data ?? [];
  const selected = list.find((a) => a.id === chosen) ?? list[list.length - 1];
  const name = workspace.data?.name ?? 'Workspace';

  return (
    <>
      <AppHeader
        trail={[{ label: name, to: paths.workspace(workspaceId) }, { label: 'Alignment audits' }]}
      />
      <main className="page audit-page">
        <h1 className="page-title">Alignment audits</h1>
        <p className="page-lead">
          Do people know the constraint and the plan to exploit it? Each person answers four
          questions through their own link; each answer is scored against the leaders' statement.
        </p>
        {audits.error !== undefined && (
          <ErrorBanner error={audits.error} context="Loading the audits" onRetry={audits.reload} />
        )}
        {audits.data === undefined && audits.error === undefined && <Skeleton height={120} />}
        {list.length > 0 && (
          <nav className="audit-tabs" aria-label="Audits">
            {list.map((a) => (
              <button
                type="button"
                key={a.id}
                className={a.id === selected?.id ? 'button' : 'button-secondary'}
                aria-pressed={a.id === selected?.id}
                onClick={() => setChosen(a.id)}
              >
                {a.title} · {a.summary.responses}/{a.summary.respondents}
              </button>
            ))}
          </nav>
        )}
        {selected !== undefined && (
          <AuditResults
            key={selected.id}
            workspaceId={workspaceId}
            audit={selected}
            summary={selected.summary}
            onChanged={audits.reload}
          />
        )}
        <Panel
          title="New audit"
          subtitle="Write the strategy, name the constraint, list who is asked."
        >
          <CreateAuditForm
            workspaceId={workspaceId}
            onCreated={(audit) => {
              setChosen(audit.id);
              audits.reload();
            }}
          />
        </Panel>
      </main>
    </>
  );
}
