import { formatPercent } from '../format/formatPercent';

interface UtilisationBarProps {
  /** Busy share in [0, 1]; null when it cannot be measured. */
  value: number | null;
  label: string;
  /** Above this, queues grow fast (docs/method.md: 0.7); drawn as a tick. */
  threshold?: number;
  compact?: boolean;
}

/** Utilisation as a horizontal bar with the 70 % threshold marked, readable without colour. */
export function UtilisationBar({
  value,
  label,
  threshold = 0.7,
  compact = false,
}: UtilisationBarProps) {
  const shown = value === null ? 0 : Math.min(1, Math.max(0, value));
  const over = value !== null && value >= threshold;
  return (
    <div className={`utilisation ${compact ? 'utilisation-compact' : ''}`}>
      {/* The native meter carries the value for assistive technology; the bar below is its picture. */}
      <meter className="visually-hidden" aria-label={label} min={0} max={1} value={value ?? 0}>
        {value === null ? 'not measurable' : formatPercent(value)}
      </meter>
      <div className="utilisation-track" aria-hidden="true">
        <div
          className={`utilisation-fill ${over ? 'utilisation-over' : ''}`}
          style={{ width: `${shown * 100}%` }}
        />
        <div
          className="utilisation-threshold"
          style={{ left: `${threshold * 100}%` }}
          title={`${formatPercent(threshold)}: above this, queues grow fast`}
        />
      </div>
      <span className="utilisation-value">
        {value === null ? '—' : formatPercent(value)}
        {over && !compact && (
          <span className="utilisation-flag"> ▲ over {formatPercent(threshold)}</span>
        )}
      </span>
    </div>
  );
}
