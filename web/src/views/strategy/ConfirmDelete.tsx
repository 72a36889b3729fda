import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { returnFocus } from './returnFocus';

interface ConfirmDeleteProps {
  /** What is deleted, as the person knows it: "the objective “Ship more”". */
  what: string;
  /** What happens to what hangs off it, in plain words. */
  consequences: ReactNode;
  /** The server would refuse (e.g. an objective with children): say why and offer no delete. */
  blocked?: boolean;
  remove: () => Promise<unknown>;
  /** After the delete succeeded. */
  onDeleted: () => void;
  /** After the server refused: reload, so what made it refuse (a child added meanwhile) shows. */
  onFailed: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting and says what happens to the record's children, because a delete cannot
 * be undone. Focus moves to Cancel, the safe choice, so Enter by habit deletes nothing, and Escape closes it; an error
 * from the server stays here, beside the question it answers.
 */
export function ConfirmDelete({
  what,
  consequences,
  blocked = false,
  remove,
  onDeleted,
  onFailed,
  onCancel,
}: ConfirmDeleteProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    const opener = document.activeElement;
    cancel.current?.focus();
    return () => returnFocus(opener);
  }, []);
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await remove();
      onDeleted();
    } catch (caught) {
      setError(caught);
      setBusy(false);
      onFailed();
    }
  };
  return (
    <section
      className="confirm-delete"
      aria-label={`Delete ${what}?`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p>
        <strong>
          {blocked ? `${capitalise(what)} cannot be deleted yet.` : `Delete ${what}?`}
        </strong>{' '}
        {consequences}
      </p>
      <div className="form-actions">
        {!blocked && (
          <button type="button" className="button button-danger" disabled={busy} onClick={confirm}>
            Delete
          </button>
        )}
        <button type="button" className="button-secondary" ref={cancel} onClick={onCancel}>
          {blocked ? 'Close' : 'Cancel'}
        </button>
      </div>
      {error !== undefined && <ErrorBanner error={error} context="Deleting" />}
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
