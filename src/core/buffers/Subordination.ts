import type { Starvation } from './Starvation.js';

export type BufferZone = 'green' | 'yellow' | 'red';

/** Ready work waiting in front of the constraint, in items and in hours of its capacity. */
export interface ConstraintBuffer {
  stage: string;
  targetHours: number;
  /** How the target was set: derived from upstream variability, or given. */
  targetSource: 'derived' | 'given';
  currentHours: number;
  currentItems: number;
  zone: BufferZone;
  /** End of each day: the buffer then. At most 400 points. */
  history: Array<{ at: string; hours: number; zone: BufferZone }>;
}

/** Each non-constraint's spare capacity, and what it signals. */
export interface SpareCapacity {
  stage: string;
  utilization: number | null;
  /** 1 − load: the share of its capacity free to absorb the constraint's variability. */
  protectiveCapacity: number | null;
  /** `next-constraint`: too little spare capacity; `piling-up`: inventory grows around it. */
  flag: 'next-constraint' | 'piling-up' | null;
}

/** The rope: how fast new work should enter the stream, against how fast it does. */
export interface ReleasePacing {
  /** The constraint's demonstrated throughput: median weekly completions, last 12 weeks. */
  recommendedPerWeek: number;
  /** New cases per week over the same weeks. */
  actualPerWeek: number;
  /** Work released beyond the recommended pace over those weeks (items). */
  overproduction: number;
  /** Work-in-progress caps for the stages before the constraint. */
  wipCaps: Record<string, number>;
  weekly: Array<{ week: string; released: number; recommended: number }>;
}

/** Drum-buffer-rope figures of one analysis. */
export interface Subordination {
  buffer: ConstraintBuffer;
  starvation: Starvation;
  spareCapacity: SpareCapacity[];
  release: ReleasePacing;
}
