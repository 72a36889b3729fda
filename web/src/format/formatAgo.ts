const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'always', style: 'short' });

/** "12 s ago", "5 min ago", "3 h ago" between two browser-clock times (ms). */
export function formatAgo(thenMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  if (seconds < 90) return relative.format(-seconds, 'second');
  if (seconds < 90 * 60) return relative.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 36 * 3600) return relative.format(-Math.round(seconds / 3600), 'hour');
  return relative.format(-Math.round(seconds / 86400), 'day');
}
