import { useSyncExternalStore } from 'react';
import { authFailures } from './api/authFailures';
import { authToken } from './api/authToken';
import { AuthRequired } from './components/AuthRequired';
import { matchRoute } from './router/matchRoute';
import { usePathname } from './router/usePathname';
import { AuditsView } from './views/audit/AuditsView';
import { DashboardView } from './views/dashboard/DashboardView';
import { NotFoundView } from './views/NotFoundView';
import { StageView } from './views/stage/StageView';
import { StrategyPage } from './views/strategy/StrategyPage';
import { SurveyView } from './views/survey/SurveyView';
import { WorkspacesView } from './views/workspaces/WorkspacesView';

/**
 * Picks the view for the address; without a valid token only the access notice is shown,
 * except on a survey link, whose own secret is its credential (a respondent has no token).
 */
export function App() {
  const authFailed = useSyncExternalStore(authFailures.subscribe, authFailures.hasFailed);
  const path = usePathname();
  const route = matchRoute(path);
  if (route.view === 'survey') return <SurveyView key={route.token} token={route.token} />;
  if (authFailed || authToken.get() === null) return <AuthRequired />;

  switch (route.view) {
    case 'workspaces':
      return <WorkspacesView />;
    case 'dashboard':
      return <DashboardView key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'stage':
      return (
        <StageView
          key={`${route.workspaceId}/${route.stage}`}
          workspaceId={route.workspaceId}
          stage={route.stage}
        />
      );
    case 'audits':
      return <AuditsView key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'strategy':
      return (
        <StrategyPage key={route.workspaceId} workspaceId={route.workspaceId} tab={route.tab} />
      );
    case 'notFound':
      return <NotFoundView path={route.path} />;
  }
}
