/**
 * Gives focus back to what opened an inline form once it closes, so a keyboard user carries on
 * from where they were instead of from the top of the page. Nothing happens when the opener is
 * gone (its record was deleted) or focus has already moved elsewhere on purpose.
 */
export function returnFocus(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  const now = document.activeElement;
  if (now === null || now === document.body || !now.isConnected) opener.focus();
}
