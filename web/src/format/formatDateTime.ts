// dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
const withZone = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** An instant in the reader's locale and time zone, with the zone named ("3 Jan 2014, 14:20 CET"). */
export function formatDateTime(instant: string | number | null | undefined): string {
  if (instant === null || instant === undefined) return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '—' : withZone.format(date);
}
