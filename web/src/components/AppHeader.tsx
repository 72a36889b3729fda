import type { ReactNode } from 'react';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

interface AppHeaderProps {
  /** Breadcrumb after "Workspaces"; the last entry is the current page. */
  trail?: Array<{ label: string; to?: string }>;
  status?: ReactNode;
}

/** Brand, where you are, and (on a workspace) whether live updates are flowing. */
export function AppHeader({ trail = [], status }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to={paths.workspaces()} className="brand" aria-label="Drumbeat — all workspaces">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        Drumbeat
      </Link>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            {trail.length === 0 ? (
              <span aria-current="page">Workspaces</span>
            ) : (
              <Link to={paths.workspaces()}>Workspaces</Link>
            )}
          </li>
          {trail.map((step) => (
            <li key={`${step.label}-${step.to ?? ''}`}>
              {step.to === undefined ? (
                <span aria-current="page">{step.label}</span>
              ) : (
                <Link to={step.to}>{step.label}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {status !== undefined && <div className="app-header-status">{status}</div>}
    </header>
  );
}
