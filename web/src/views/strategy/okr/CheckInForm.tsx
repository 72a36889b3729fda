import { useState } from 'react';
import type { ScoredKeyResult } from '../../../../../src/core/strategy/scoreCascade.js';
import { strategyApi } from '../../../api/strategyApi';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { formatDate } from '../../../format/formatDate';
import { useSubmit } from '../useSubmit';

export function CheckInForm({
  kr,
  workspaceId,
  onChange,
}: {
  kr: ScoredKeyResult;
  workspaceId: string;
  onChange: () => void;
}) {
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState('0.7');
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const form = useSubmit(
    async () => {
      await strategyApi.addCheckIn(workspaceId, kr.id, {
        value: Number(value),
        confidence: Number(confidence),
        note,
        by,
      });
    },
    () => {
      setValue('');
      setNote('');
      onChange();
    },
  );
  return (
    <div className="check-ins">
      <form className="form" onSubmit={form.submit} aria-label={`Check in on ${kr.title}`}>
        <div className="form-row">
          <label>
            Value ({kr.unit || 'number'})
            <input
              type="number"
              step="any"
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          <label>
            Confidence (0–1)
            <input
              type="number"
              step="0.05"
              min="0"
              max="1"
              required
              value={confidence}
              onChange={(e) => setConfidence(e.target.value)}
            />
          </label>
          <label>
            Your name
            <input required value={by} onChange={(e) => setBy(e.target.value)} />
          </label>
        </div>
        <label>
          What happened
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={form.busy}>
          Save check-in
        </button>
        {form.error !== undefined && (
          <ErrorBanner error={form.error} context="Saving the check-in" />
        )}
      </form>
      {kr.checkIns.length > 0 && (
        <ol className="check-in-history" aria-label="Check-in history">
          {kr.checkIns.map((c) => (
            <li key={c.id}>
              {formatDate(c.at)}: <strong>{c.value}</strong>, confidence{' '}
              {Math.round(c.confidence * 100)} % — {c.note || 'no note'}{' '}
              <span className="muted">({c.by})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
