const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A day in the reader's locale ("11 Jan 2010"), for week starts and day axes. */
export function formatDate(instant: string | number | null | undefined): string {
  if (instant === null || instant === undefined) return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '—' : dateOnly.format(date);
}
