/** Idle time of a stage's servers, and the part of it lost to poor subordination. */
export interface Starvation {
  stage: string;
  /** Working hours the stage's servers sat idle between the first and last event, summed over servers. */
  idleHours: number;
  /** The part of that idle time during which work for the stage existed upstream. */
  starvedHours: number;
  /** Working hours its items spent suspended (lifecycle suspend → resume); 0 when the log has none. */
  blockedHours: number;
  /** Stretches of at least {@link MIN_PERIOD_MS} in which a server was starved, newest last. */
  periods: Array<{ from: string; to: string; hours: number }>;
  /** Throughput lost: starved hours × throughput per constraint hour; with a value per item. */
  lostThroughput?: number;
}
