const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Seconds as a person says them: "45 s", "12 min", "3.5 h", "4.2 days"; "—" when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const abs = Math.abs(seconds);
  if (abs < minute) return `${Math.round(seconds)} s`;
  if (abs < hour) return `${Math.round(seconds / minute)} min`;
  if (abs < 2 * day) return `${oneDecimal.format(seconds / hour)} h`;
  return `${oneDecimal.format(seconds / day)} days`;
}
