import { type FormEvent, useState } from 'react';

/** A form's submit: busy while the request runs, the error kept for the banner, `done` after success. */
export function useSubmit(action: () => Promise<void>, done: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action();
      done();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
