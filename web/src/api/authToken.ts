const storageKey = 'drumbeat.token';

/**
 * The API token. `drumbeat serve` prints a link with `#token=…`; the fragment never reaches
 * the server's logs or the Referer header, and we move it into sessionStorage at once so it
 * does not stay visible in the address bar, history or a bookmark.
 */
export const authToken = {
  /** Takes `#token=…` from the address bar, if present, and removes it from there. */
  captureFromUrl(): void {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const token = fragment.get('token');
    if (token === null || token === '') return;
    sessionStorage.setItem(storageKey, token);
    fragment.delete('token');
    const rest = fragment.toString();
    const url = `${window.location.pathname}${window.location.search}${rest === '' ? '' : `#${rest}`}`;
    window.history.replaceState(window.history.state, '', url);
  },

  get(): string | null {
    return sessionStorage.getItem(storageKey);
  },
};
