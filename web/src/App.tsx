import { useSyncExternalStore } from 'react';
import { authFailures } from './api/authFailures';
import { authToken } from './api/authToken';
import { AuthRequired } from './components/AuthRequired';
import { matchRoute } from './router/matchRoute';
import { usePathname } from './router/usePathname';
import { DashboardView } from './views/dashboard/DashboardView';
import { NotFoundView } from './views/NotFoundView';
import { StageView } from './views/stage/StageView';
import { StrategyPage } from './views/strategy/StrategyPage';
import { WorkspacesView } from './views/workspaces/WorkspacesView';

/** Picks the view for the address; without a valid token only the access notice is shown. */
export function App() {
  const authFailed = useSyncExternalStore(authFailures.subscribe, authFailures.hasFailed);
  const path = usePathname();
  if (authFailed || authToken.get() === null) return <AuthRequired />;

  const route = matchRoute(path);
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
    case 'strategy':
      return (
        <StrategyPage key={route.workspaceId} workspaceId={route.workspaceId} tab={route.tab} />
      );
    case 'notFound':
      return <NotFoundView path={route.path} />;
  }
}
