const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WORK_DAY = 8 * HOUR;

/**
 * Simulation time against the wall clock. In wall-clock mode simulation time 0 is Monday 08:00
 * UTC of the first week and runs on with the wall clock. In working-hours mode simulation time
 * counts working time only (Monday to Friday 09:00-17:00 UTC), so service times and arrivals are
 * in working time and nothing happens outside working hours.
 */
export class SimClock {
  constructor(
    readonly startMs: number,
    readonly workingHours: boolean,
  ) {}

  /**
   * The wall-clock instant of simulation time `t`. An instant at the end of a working day is
   * also the start of the next one: `closing` picks the end of the day (for completions).
   */
  toWall(t: number, closing = false): number {
    if (!this.workingHours) return this.startMs + 8 * HOUR + t;
    let day = Math.floor(t / WORK_DAY);
    let within = t - day * WORK_DAY;
    if (closing && within === 0 && day > 0) {
      day--;
      within = WORK_DAY;
    }
    const week = Math.floor(day / 5);
    return this.startMs + week * 7 * DAY + (day % 5) * DAY + 9 * HOUR + within;
  }

  /** Simulation time of a wall-clock instant (outside working hours: the next working instant). */
  fromWall(wall: number): number {
    if (!this.workingHours) return wall - this.startMs - 8 * HOUR;
    const sinceStart = wall - this.startMs;
    const week = Math.floor(sinceStart / (7 * DAY));
    const dayOfWeek = Math.floor((sinceStart - week * 7 * DAY) / DAY);
    if (dayOfWeek >= 5) return (week + 1) * 5 * WORK_DAY;
    const hourMs = sinceStart - week * 7 * DAY - dayOfWeek * DAY;
    const within = Math.min(WORK_DAY, Math.max(0, hourMs - 9 * HOUR));
    return (week * 5 + dayOfWeek) * WORK_DAY + within;
  }

  /** Simulation time of the first weekly release (Friday 16:00 UTC) and the time between releases. */
  releaseSchedule(): { first: number; every: number } {
    return this.workingHours
      ? { first: 4 * WORK_DAY + 7 * HOUR, every: 5 * WORK_DAY }
      : { first: 4 * DAY + 8 * HOUR, every: 7 * DAY };
  }
}
