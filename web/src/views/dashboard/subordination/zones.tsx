import type { BufferZone } from '../../../../../src/core/buffers/Subordination.js';

/**
 * Buffer zones in words, with a shape each so the zone never rests on colour alone. The band
 * colours are Okabe–Ito; red is the constraint's vermillion, fitting: it is the constraint's buffer.
 */
export const zones: Record<
  BufferZone,
  { label: string; mark: string; color: string; opacity: number; meaning: string }
> = {
  green: {
    label: 'Green',
    mark: '●',
    color: '#009E73',
    opacity: 0.14,
    meaning: 'above two thirds of the target: enough ready work',
  },
  yellow: {
    label: 'Yellow',
    mark: '▲',
    color: '#F0E442',
    opacity: 0.32,
    meaning: 'between one and two thirds of the target: watch it',
  },
  red: {
    label: 'Red',
    mark: '■',
    color: '#D55E00',
    opacity: 0.16,
    meaning: 'below one third of the target: the constraint is about to run dry',
  },
};

/** docs/report-format.md, "Subordination", `buffer.zone`: what to do when it is red. */
export const whenBufferRed =
  'Expedite the items closest to the constraint, and look upstream for what holds them.';

/** docs/report-format.md, `starvation.starvedHours`: what to do when it is red. */
export const whenStarved =
  "Protect the buffer: release work earlier, give upstream stages priority for the constraint's work.";

/** docs/report-format.md, `release.overproduction`: what to do when it is red. */
export const whenOverproducing =
  'Release no faster than the rope: the surplus only lengthens queues.';

export function ZoneBadge({ zone }: { zone: BufferZone }) {
  const style = zones[zone];
  return (
    <span className={`zone-badge zone-${zone}`}>
      <span aria-hidden="true">{style.mark}</span> {style.label} zone
    </span>
  );
}
