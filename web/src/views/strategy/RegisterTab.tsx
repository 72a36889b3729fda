import { useState } from 'react';
import type { ConstraintType, Permanence } from '../../../../src/core/strategy/Strategy.js';
import { strategyApi } from '../../api/strategyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format/formatDate';
import { formatDateTime } from '../../format/formatDateTime';
import { StageField } from './StageField';
import type { TabProps } from './TabProps';
import { useSubmit } from './useSubmit';

const TYPES: ConstraintType[] = ['capacity', 'policy', 'skill', 'supply', 'market'];

/** The constraint in force (detected, confirmed or overridden), its history, and the form to confirm or override it. */
export function RegisterTab({ workspaceId, view, stages, onChange }: TabProps) {
  const r = view.register;
  const [action, setAction] = useState<'confirm' | 'override'>('confirm');
  const [stage, setStage] = useState(r.detectedStage ?? '');
  const [type, setType] = useState<ConstraintType>(r.type ?? 'capacity');
  const [permanence, setPermanence] = useState<Permanence>(r.permanence ?? 'structural');
  const [owner, setOwner] = useState(r.owner ?? '');
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addRegisterEntry(workspaceId, {
        action,
        stage: action === 'confirm' ? (r.detectedStage ?? stage) : stage,
        type,
        permanence,
        owner,
        by,
        reason,
      });
    },
    () => {
      setReason('');
      onChange();
    },
  );

  return (
    <div className="grid-two">
      <Panel
        title="Constraint in force"
        subtitle="What the plan exploits; every check on these pages is measured against it."
      >
        {r.stage === null ? (
          <p>No constraint yet: the workspace has no events, and no one has named one.</p>
        ) : (
          <>
            <p className="constraint-headline">
              <span className="constraint-name" data-testid="register-stage">
                {r.stage}
              </span>{' '}
              <span className={`badge register-${r.status}`} data-testid="register-status">
                {r.status}
              </span>
            </p>
            <dl className="fact-list">
              <dt>Detected by the analysis</dt>
              <dd>
                {r.detectedStage ?? '—'}{' '}
                {r.kind === 'demand' && '(demand: the market limits the stream)'}
              </dd>
              <dt>Type</dt>
              <dd>
                {r.type ?? '—'}
                {r.permanence && `, ${r.permanence}`}
              </dd>
              <dt>Owner</dt>
              <dd>{r.owner ?? '—'}</dd>
              <dt>Identified</dt>
              <dd>{r.since ? formatDate(r.since) : '—'}</dd>
              {r.reason && (
                <>
                  <dt>Reason</dt>
                  <dd>{r.reason}</dd>
                </>
              )}
            </dl>
            {r.note && <p className="notice-warning">{r.note}</p>}
          </>
        )}
      </Panel>
      <Panel
        title="Confirm or override"
        subtitle="Confirm what the analysis found, or name another stage and say why."
      >
        <form
          className="form"
          onSubmit={form.submit}
          aria-label="Confirm or override the constraint"
        >
          <fieldset className="segmented">
            <legend className="visually-hidden">Action</legend>
            {(['confirm', 'override'] as const).map((a) => (
              <label key={a} className={action === a ? 'segmented-on' : ''}>
                <input
                  type="radio"
                  name="action"
                  value={a}
                  checked={action === a}
                  onChange={() => setAction(a)}
                />
                {a === 'confirm' ? `Confirm ${r.detectedStage ?? ''}` : 'Override'}
              </label>
            ))}
          </fieldset>
          {action === 'override' && (
            <StageField
              label="Stage"
              value={stage}
              onChange={setStage}
              stages={stages}
              constraint={r.detectedStage}
            />
          )}
          <div className="form-row">
            <label>
              Type
              <select value={type} onChange={(e) => setType(e.target.value as ConstraintType)}>
                {TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
            <label>
              Temporary or structural
              <select
                value={permanence}
                onChange={(e) => setPermanence(e.target.value as Permanence)}
              >
                <option>structural</option>
                <option>temporary</option>
              </select>
            </label>
          </div>
          <div className="form-row">
            <label>
              Owner
              <input required value={owner} onChange={(e) => setOwner(e.target.value)} />
            </label>
            <label>
              Your name
              <input required value={by} onChange={(e) => setBy(e.target.value)} />
            </label>
          </div>
          <label>
            Reason {action === 'confirm' && <span className="muted">(optional)</span>}
            <textarea
              required={action === 'override'}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={2}
            />
          </label>
          <button type="submit" className="button" disabled={form.busy}>
            {action === 'confirm' ? 'Confirm' : 'Override'}
          </button>
          {form.error !== undefined && (
            <ErrorBanner error={form.error} context="Saving the register" />
          )}
        </form>
      </Panel>
      <div className="span-two">
        <Panel
          title="History"
          subtitle="Every entry, oldest first: where the data starts, each move the analysis detected (with its confidence), and each person's confirmation or override with what they recorded and why."
        >
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th>When</th>
                  <th>What</th>
                  <th>Stage</th>
                  <th>Type, owner</th>
                  <th>By</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {r.history.map((h) => (
                  <tr key={`${h.at}-${h.action}-${h.stage}-${h.by}`} data-testid="register-history">
                    <td>
                      {/* People can make two entries in a day; the analysis dates moves by the day. */}
                      {h.source === 'person' ? formatDateTime(h.at) : formatDate(h.at)}
                    </td>
                    <td>{h.action === 'shift' ? `moved from ${h.from}` : h.action}</td>
                    <td>{h.stage}</td>
                    <td>
                      {h.type === null
                        ? ''
                        : `${h.type}, ${h.permanence}${h.owner ? `; owner ${h.owner}` : ''}`}
                    </td>
                    <td>
                      {h.by ??
                        `analysis${h.confidence === null ? '' : `, ${Math.round(h.confidence * 100)} % confident`}`}
                    </td>
                    <td className="wrap">{h.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
      </div>
    </div>
  );
}
