import { formatPercent } from '../../format/formatPercent';

/** Progress from start to target as a bar with its percentage; a dash when not measured yet. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(value !== null && { 'aria-valuenow': Math.round(value * 100) })}
      >
        <div className="progress-fill" style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
      </div>
      <span className="progress-value">{value === null ? '–' : formatPercent(value)}</span>
    </div>
  );
}
