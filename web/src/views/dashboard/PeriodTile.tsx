import type { PeriodOutput } from '../../../../src/core/views/LiveOutput.js';
import { UtilisationBar } from '../../components/UtilisationBar';
import { formatCount } from '../../format/formatCount';
import { formatDateTime } from '../../format/formatDateTime';

interface PeriodTileProps {
  title: string;
  period: PeriodOutput;
}

/** One period: items completed vs a typical period of the same length, and busy vs available hours. */
export function PeriodTile({ title, period }: PeriodTileProps) {
  const typical = period.typicalCompleted;
  const ratio = typical > 0 ? period.completed / typical : null;
  const verdict =
    ratio === null
      ? ''
      : ratio >= 1.1
        ? 'above typical'
        : ratio <= 0.9
          ? 'below typical'
          : 'about typical';
  const scale = Math.max(period.completed, typical, 1);
  return (
    <div className="period-tile">
      <h3>{title}</h3>
      <p className="period-count">
        <span className="fact-big">{formatCount(period.completed)}</span> completed
      </p>
      <p className="fact-note">
        typical by now: {formatCount(Math.round(typical * 10) / 10)}
        {verdict !== '' && ` · ${verdict}`}
      </p>
      <div className="compare-bars" aria-hidden="true">
        <div
          className="compare-bar compare-actual"
          style={{ width: `${(period.completed / scale) * 100}%` }}
        />
        <div
          className="compare-bar compare-typical"
          style={{ width: `${(typical / scale) * 100}%` }}
        />
      </div>
      <p className="compare-legend" aria-hidden="true">
        <span className="swatch swatch-actual" /> completed{' '}
        <span className="swatch swatch-typical" /> typical
      </p>
      <div className="period-utilisation">
        <span className="fact-label">Utilisation</span>
        <UtilisationBar
          value={period.utilization}
          label={`Utilisation ${title.toLowerCase()}`}
          compact
        />
      </div>
      <p className="fact-note">
        busy {formatCount(Math.round(period.busyHours * 10) / 10)} h of{' '}
        {formatCount(Math.round(period.availableHours * 10) / 10)} h available
      </p>
      <p className="fact-note">since {formatDateTime(period.from)}</p>
    </div>
  );
}
