type Listener = () => void;

const listeners = new Set<Listener>();
let failed = false;

/**
 * Remembers that the server refused our token (HTTP 401). Every request can hit this, and the
 * whole app must switch to the "open the link printed by drumbeat serve" screen, so it is a
 * tiny external store read with useSyncExternalStore rather than per-component state.
 */
export const authFailures = {
  report(): void {
    if (failed) return;
    failed = true;
    for (const listener of listeners) listener();
  },
  hasFailed(): boolean {
    return failed;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
