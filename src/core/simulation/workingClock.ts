import type { WorkingWeek } from './SimulationModel.js';

const WEEK = 7 * 86_400_000;

/** Conversions between simulated wall-clock time and working time, both ms from simulated time 0 (a Monday 00:00). */
export interface WorkingClock {
  /** Working ms elapsed from time 0 until wall-clock instant `t`. */
  toWorking(t: number): number;
  /** The earliest wall-clock instant at which `w` working ms have elapsed. */
  toWall(w: number): number;
  /** Working ms in one week. */
  weekly: number;
}

/**
 * The simulation runs in working time, so a server's processing time is simply added to its
 * start; only arrivals (wall-clock) and completions (for lead times) are converted. Each
 * conversion is a binary search over the week's blocks, so it costs O(log blocks).
 */
export function workingClock(week: WorkingWeek): WorkingClock {
  const n = week.starts.length;
  const before = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) before[i + 1] = before[i]! + week.ends[i]! - week.starts[i]!;
  const weekly = before[n]!;
  if (!(weekly > 0)) throw new Error('the working week has no working time');
  const toWorking = (t: number): number => {
    const w = Math.floor(t / WEEK);
    const r = t - w * WEEK;
    // The last block starting at or before r.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (week.starts[mid]! <= r) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    const inWeek = i < 0 ? 0 : before[i]! + Math.min(r, week.ends[i]!) - week.starts[i]!;
    return w * weekly + inWeek;
  };
  const toWall = (c: number): number => {
    let w = Math.floor(c / weekly);
    let rem = c - w * weekly;
    if (rem === 0) {
      w -= 1;
      rem = weekly;
    }
    // The first block whose end is reached at or after rem.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid + 1]! >= rem) hi = mid;
      else lo = mid + 1;
    }
    return w * WEEK + week.starts[lo]! + (rem - before[lo]!);
  };
  return { toWorking, toWall, weekly };
}
