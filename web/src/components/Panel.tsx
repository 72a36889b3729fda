import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** A short line under the title saying what the panel answers. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  className?: string;
  id?: string;
  children: ReactNode;
}

/** A titled card of the dashboard grid. */
export function Panel({ title, subtitle, actions, className, id, children }: PanelProps) {
  const headingId = `${id ?? title.replace(/\W+/g, '-').toLowerCase()}-title`;
  return (
    <section className={`panel ${className ?? ''}`} id={id} aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle !== undefined && <p className="panel-subtitle">{subtitle}</p>}
        </div>
        {actions !== undefined && <div className="panel-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
