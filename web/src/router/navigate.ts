/** Fired on window after pushState, which (unlike back/forward) emits no popstate of its own. */
export const navigationEvent = 'drumbeat:navigate';

/** Goes to an in-app path without reloading the page. */
export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigationEvent));
  window.scrollTo(0, 0);
}
