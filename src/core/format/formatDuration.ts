/** A duration in seconds as a person says it: "45 s", "12 min", "3.5 h", "2.1 days". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'n/a';
  const abs = Math.abs(seconds);
  if (abs < 90) return `${Math.round(seconds)} s`;
  if (abs < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (abs < 36 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} days`;
}
