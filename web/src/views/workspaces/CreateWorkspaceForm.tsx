import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Name, optional calendar and time zone → POST /api/workspaces. */
export function CreateWorkspaceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [calendar, setCalendar] = useState('');
  const [timezone, setTimezone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { id } = await api.createWorkspace({
        name: name.trim(),
        // Empty fields are left out: the server then infers the calendar and reads times as UTC.
        ...(calendar.trim() === '' ? {} : { calendar: calendar.trim() }),
        ...(timezone.trim() === '' ? {} : { timezone: timezone.trim() }),
      });
      setCreated(name.trim());
      setName('');
      setCalendar('');
      setTimezone('');
      onCreated(id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit}>
      <label>
        Name
        <input
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Customer support"
        />
      </label>
      <label>
        Working calendar{' '}
        <span className="muted">(optional — inferred from the events if empty)</span>
        <input
          value={calendar}
          onChange={(event) => setCalendar(event.target.value)}
          placeholder="Mon-Fri 09:00-17:00 Europe/Amsterdam"
        />
      </label>
      <label>
        Time zone of timestamps without an offset{' '}
        <span className="muted">(optional, UTC if empty)</span>
        <input
          value={timezone}
          onChange={(event) => setTimezone(event.target.value)}
          placeholder="Europe/Amsterdam"
        />
      </label>
      <button type="submit" className="button" disabled={busy || name.trim() === ''}>
        {busy ? 'Creating…' : 'Create workspace'}
      </button>
      {created !== null && error === undefined && (
        <p className="success" role="status">
          Created “{created}”. It is selected in the upload form.
        </p>
      )}
      {error !== undefined && <ErrorBanner error={error} context="Creating the workspace" />}
    </form>
  );
}
