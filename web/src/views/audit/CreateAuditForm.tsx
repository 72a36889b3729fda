import { type FormEvent, useState } from 'react';
import type { AuditView } from '../../../../src/core/alignment/AuditView.js';
import { auditApi } from '../../api/auditApi';
import { ErrorBanner } from '../../components/ErrorBanner';

interface RespondentRow {
  name: string;
  email: string;
  team: string;
  level: string;
}

const blankRow: RespondentRow = { name: '', email: '', team: '', level: '' };
const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Statement, constraint, optional aliases and key points, respondents → POST …/audits. */
export function CreateAuditForm({
  workspaceId,
  onCreated,
}: {
  workspaceId: string;
  onCreated: (audit: AuditView) => void;
}) {
  const [title, setTitle] = useState('');
  const [statement, setStatement] = useState('');
  const [constraint, setConstraint] = useState('');
  const [aliases, setAliases] = useState('');
  const [keyPoints, setKeyPoints] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [rows, setRows] = useState<RespondentRow[]>([{ ...blankRow }]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const setRow = (index: number, patch: Partial<RespondentRow>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const audit = await auditApi.createAudit(workspaceId, {
        statement: statement.trim(),
        ...(title.trim() && { title: title.trim() }),
        ...(constraint.trim() && { constraint: constraint.trim() }),
        ...(aliases.trim() && { aliases: list(aliases, /,/) }),
        ...(keyPoints.trim() && { keyPoints: list(keyPoints, /\n/) }),
        anonymous,
        respondents: rows.map((r) => ({
          team: r.team.trim(),
          level: r.level.trim(),
          ...(!anonymous && r.name.trim() && { name: r.name.trim() }),
          ...(!anonymous && r.email.trim() && { email: r.email.trim() }),
        })),
      });
      setStatement('');
      setTitle('');
      setRows([{ ...blankRow }]);
      onCreated(audit);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const ready =
    statement.trim() !== '' && rows.every((r) => r.team.trim() !== '' && r.level.trim() !== '');
  return (
    <form className="form audit-form" onSubmit={submit}>
      <label>
        Title <span className="muted">(optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Q3 audit" />
      </label>
      <label>
        Strategy statement: how we exploit the constraint
        <textarea
          name="statement"
          required
          rows={5}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          placeholder="Review is our constraint. Never let Review starve: keep a buffer of ready work in front of it. Release new work only at Review's pace."
        />
      </label>
      <label>
        Constraint <span className="muted">(empty: the stage Drumbeat detected)</span>
        <input
          name="constraint"
          value={constraint}
          onChange={(e) => setConstraint(e.target.value)}
        />
      </label>
      <label>
        Other names for it <span className="muted">(optional, comma-separated)</span>
        <input
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          placeholder="repro, QA"
        />
      </label>
      <label>
        Key points{' '}
        <span className="muted">(optional, one per line; empty: the statement's sentences)</span>
        <textarea rows={3} value={keyPoints} onChange={(e) => setKeyPoints(e.target.value)} />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        Anonymous: keep only team and level with the answers
      </label>
      <fieldset className="respondent-rows">
        <legend>Respondents — each gets a link of their own</legend>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div className="respondent-row" key={i}>
            {!anonymous && (
              <>
                <input
                  aria-label={`Name ${i + 1}`}
                  placeholder="Name"
                  value={row.name}
                  onChange={(e) => setRow(i, { name: e.target.value })}
                />
                <input
                  aria-label={`Email ${i + 1}`}
                  placeholder="Email"
                  type="email"
                  value={row.email}
                  onChange={(e) => setRow(i, { email: e.target.value })}
                />
              </>
            )}
            <input
              aria-label={`Team ${i + 1}`}
              placeholder="Team"
              required
              value={row.team}
              onChange={(e) => setRow(i, { team: e.target.value })}
            />
            <input
              aria-label={`Level ${i + 1}`}
              placeholder="Level"
              required
              value={row.level}
              onChange={(e) => setRow(i, { level: e.target.value })}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button-secondary"
                aria-label={`Remove respondent ${i + 1}`}
                onClick={() => setRows((all) => all.filter((_, k) => k !== i))}
              >
                ✕
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => setRows((all) => [...all, { ...blankRow }])}
        >
          Add respondent
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={busy || !ready}>
        {busy ? 'Creating…' : 'Create audit and links'}
      </button>
      {error !== undefined && <ErrorBanner error={error} context="Creating the audit" />}
    </form>
  );
}
