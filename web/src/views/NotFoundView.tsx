import { AppHeader } from '../components/AppHeader';
import { EmptyState } from '../components/EmptyState';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

/** An address the dashboard does not know (a mistyped bookmark, say). */
export function NotFoundView({ path }: { path: string }) {
  return (
    <>
      <AppHeader trail={[{ label: 'Not found' }]} />
      <main className="page">
        <EmptyState title={`There is no page at ${path}`}>
          <p>
            <Link to={paths.workspaces()}>Go to the list of workspaces</Link>
          </p>
        </EmptyState>
      </main>
    </>
  );
}
