import { type FormEvent, useState } from 'react';
import type { ConstraintBuffer } from '../../../../../src/core/buffers/Subordination.js';
import { api } from '../../../api/api';
import { ErrorBanner } from '../../../components/ErrorBanner';

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/**
 * Sets the buffer target kept with the workspace (`bufferTargetHours`), or goes back to the
 * derived one. The server re-analyses with it; `onSaved` fetches the new figures.
 */
export function BufferTargetForm({
  workspaceId,
  buffer,
  onSaved,
}: {
  workspaceId: string;
  buffer: ConstraintBuffer;
  onSaved: () => void;
}) {
  const [hours, setHours] = useState(oneDecimal.format(buffer.targetHours));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const save = async (target: number | null) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.updateWorkspace(workspaceId, { bufferTargetHours: target });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(hours.replace(',', '.'));
    if (!(value > 0)) {
      setError(new Error('The target is a number of constraint hours above zero.'));
      return;
    }
    void save(value);
  };

  return (
    <form className="form buffer-target-form" onSubmit={submit} aria-label="Buffer target">
      <label>
        Target (hours of {buffer.stage}'s capacity)
        <input
          name="bufferTargetHours"
          inputMode="decimal"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
        />
      </label>
      <button type="submit" className="button-secondary" disabled={busy}>
        Set target
      </button>
      {buffer.targetSource === 'given' && (
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => void save(null)}
        >
          Derive it from the log
        </button>
      )}
      {error !== undefined && <ErrorBanner error={error} context="Setting the buffer target" />}
    </form>
  );
}
