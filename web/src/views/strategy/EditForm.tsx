import { type ReactNode, useEffect, useId, useRef } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { returnFocus } from './returnFocus';
import { useSubmit } from './useSubmit';

interface EditFormProps {
  /** The form's heading and accessible name: "Edit objective Ship more". */
  label: string;
  /** What is saved, for the error banner: "the objective". */
  what: string;
  save: () => Promise<unknown>;
  /** After the server accepted the change. */
  onSaved: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A record edited in place: its fields, Save and Cancel, and the server's reason beside the form
 * when it refuses the change (the fields keep what was typed, so nothing is lost). Focus moves
 * to the first field on opening and back to what opened it on closing; Escape cancels.
 */
export function EditForm({ label, what, save, onSaved, onCancel, children }: EditFormProps) {
  const form = useSubmit(() => save().then(() => undefined), onSaved);
  const ref = useRef<HTMLFormElement>(null);
  const title = useId();
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => returnFocus(opener);
  }, []);
  return (
    <form
      ref={ref}
      className="form edit-form"
      aria-labelledby={title}
      onSubmit={form.submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {/* Visible too: under a table, the form must say which record it edits. */}
      <strong id={title}>{label}</strong>
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.busy}>
          Save
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {form.error !== undefined && <ErrorBanner error={form.error} context={`Saving ${what}`} />}
    </form>
  );
}
