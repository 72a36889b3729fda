import { api } from '../../api/api';
import { strategyApi } from '../../api/strategyApi';
import { AppHeader } from '../../components/AppHeader';
import { ResourceView } from '../../components/ResourceView';
import { useResource } from '../../hooks/useResource';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';
import type { StrategyTab } from '../../router/strategyTabs';
import { IncentivesTab } from './IncentivesTab';
import { OkrTab } from './OkrTab';
import { PlanTab } from './PlanTab';
import { RegisterTab } from './RegisterTab';
import { ReviewTab } from './ReviewTab';
import { TriageTab } from './TriageTab';

const TABS: Array<{ tab: StrategyTab; label: string }> = [
  { tab: 'plan', label: 'Plan' },
  { tab: 'register', label: 'Constraint register' },
  { tab: 'okrs', label: 'OKRs' },
  { tab: 'triage', label: 'Triage' },
  { tab: 'incentives', label: 'Incentives' },
  { tab: 'review', label: 'Review' },
];

/** `/workspaces/:id/strategy[/tab]`: the strategy of one value stream, read against its constraint. */
export function StrategyPage({ workspaceId, tab }: { workspaceId: string; tab: StrategyTab }) {
  const workspace = useResource(`workspace:${workspaceId}`, (signal) =>
    api.getWorkspace(workspaceId, signal),
  );
  const view = useResource(`strategy:${workspaceId}`, (signal) =>
    strategyApi.view(workspaceId, signal),
  );
  const hasEvents = (workspace.data?.events ?? 0) > 0;
  const analysis = useResource(
    `analysis:${workspaceId}`,
    hasEvents ? (signal) => api.getAnalysis(workspaceId, signal) : null,
  );
  const stages = analysis.data ? analysis.data.stages.map((s) => s.name) : null;
  const name = workspace.data?.name ?? 'Workspace';
  const current = TABS.find((t) => t.tab === tab)?.label ?? 'Plan';

  return (
    <>
      <AppHeader
        trail={[
          { label: name, to: paths.workspace(workspaceId) },
          { label: 'Strategy', to: paths.strategy(workspaceId) },
          { label: current },
        ]}
      />
      <main className="page">
        <nav className="tabs" aria-label="Strategy pages">
          {TABS.map((t) => (
            <Link
              key={t.tab}
              to={paths.strategy(workspaceId, t.tab)}
              className={t.tab === tab ? 'tab tab-on' : 'tab'}
              {...(t.tab === tab && { 'aria-current': 'page' as const })}
            >
              {t.label}
            </Link>
          ))}
          <Link to={paths.audits(workspaceId)} className="tab">
            Alignment audits
          </Link>
        </nav>
        <ResourceView resource={view} context="Loading the strategy" skeletonHeight={400}>
          {(data) => {
            const props = { workspaceId, view: data, stages, onChange: view.reload };
            switch (tab) {
              case 'plan':
                return <PlanTab {...props} />;
              case 'register':
                return <RegisterTab {...props} />;
              case 'okrs':
                return <OkrTab {...props} />;
              case 'triage':
                return <TriageTab view={data} />;
              case 'incentives':
                return <IncentivesTab {...props} />;
              case 'review':
                return (
                  <ReviewTab
                    workspaceId={workspaceId}
                    decisions={data.decisions}
                    onChange={view.reload}
                  />
                );
            }
          }}
        </ResourceView>
      </main>
    </>
  );
}
