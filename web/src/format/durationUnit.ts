export interface DurationUnit {
  /** Plural name for axis titles: "hours", "days". */
  name: string;
  short: string;
  seconds: number;
}

const units: DurationUnit[] = [
  { name: 'minutes', short: 'min', seconds: 60 },
  { name: 'hours', short: 'h', seconds: 3600 },
  { name: 'days', short: 'd', seconds: 86400 },
];

/** The unit a chart axis uses for durations around `typicalSeconds`, so the tick labels stay short. */
export function durationUnit(typicalSeconds: number | null | undefined): DurationUnit {
  const typical = typicalSeconds ?? 0;
  if (typical >= 2 * 86400) return units[2]!;
  if (typical >= 2 * 3600) return units[1]!;
  return units[0]!;
}
