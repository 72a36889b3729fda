import { useState } from 'react';
import type { ReviewSection } from '../../../../src/core/strategy/review/ReviewSection.js';
import type { Decision } from '../../../../src/core/strategy/Strategy.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ResourceView } from '../../components/ResourceView';
import { useResource } from '../../hooks/useResource';
import { useSubmit } from './useSubmit';

/** The weekly or monthly review: every section the exports hold, the decision form, and the export buttons. */
export function ReviewTab({
  workspaceId,
  decisions,
  onChange,
}: {
  workspaceId: string;
  decisions: Decision[];
  onChange: () => void;
}) {
  // Keyed on the decisions, so a new one reloads the review with it.
  const review = useResource(`review:${workspaceId}:${decisions.length}`, (signal) =>
    strategyApi.review(workspaceId, signal),
  );
  const [decision, setDecision] = useState('');
  const [by, setBy] = useState('');
  const [context, setContext] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addDecision(workspaceId, { decision, by, context });
    },
    () => {
      setDecision('');
      setContext('');
      onChange();
    },
  );
  const [exportError, setExportError] = useState<unknown>(undefined);
  const download = (format: 'html' | 'pdf') => {
    setExportError(undefined);
    strategyApi.downloadReview(workspaceId, format).catch(setExportError);
  };

  return (
    <>
      <div className="review-actions">
        <button type="button" className="button" onClick={() => download('html')}>
          Export HTML
        </button>
        <button type="button" className="button-secondary" onClick={() => download('pdf')}>
          Export PDF
        </button>
      </div>
      {exportError !== undefined && (
        <ErrorBanner error={exportError} context="Exporting the review" />
      )}
      <ResourceView resource={review} context="Loading the review" skeletonHeight={500}>
        {(r) => (
          <div className="review">
            {r.sections.map((s) => (
              <SectionView key={s.id} section={s} />
            ))}
          </div>
        )}
      </ResourceView>
      <Panel title="Log a decision" subtitle="What was decided, and by whom; the time is recorded.">
        <form className="form" onSubmit={form.submit} aria-label="Log a decision">
          <label>
            Decision
            <input required value={decision} onChange={(e) => setDecision(e.target.value)} />
          </label>
          <div className="form-row">
            <label>
              Decided by
              <input required value={by} onChange={(e) => setBy(e.target.value)} />
            </label>
            <label>
              Context <span className="muted">(optional)</span>
              <input value={context} onChange={(e) => setContext(e.target.value)} />
            </label>
          </div>
          <button type="submit" className="button" disabled={form.busy}>
            Log decision
          </button>
          {form.error !== undefined && (
            <ErrorBanner error={form.error} context="Logging the decision" />
          )}
        </form>
      </Panel>
    </>
  );
}

function SectionView({ section: s }: { section: ReviewSection }) {
  const max = Math.max(1, ...(s.bars?.points.map((p) => p.value) ?? []));
  return (
    <Panel title={s.title} id={`review-${s.id}`}>
      {s.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {s.bars && s.bars.points.length > 0 && (
        <figure className="review-bars" aria-label={s.bars.label}>
          {s.bars.points.map((p) => (
            <div key={p.label} className="review-bar" title={`${p.label}: ${p.value}`}>
              <span className="review-bar-value">{p.value}</span>
              <span className="review-bar-fill" style={{ height: `${(p.value / max) * 100}%` }} />
            </div>
          ))}
          <figcaption className="muted">{s.bars.label}</figcaption>
        </figure>
      )}
      {s.table && s.table.rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table wrap-table">
            <thead>
              <tr>
                {s.table.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.table.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never reorder in place
                <tr key={i}>
                  {row.map((cell, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
