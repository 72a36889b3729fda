/** One stage's place in the constraint ranking. */
export interface StageScore {
  stage: string;
  rank: number;
  /** 0..1; higher means more likely to limit throughput. NaN-free: unmeasurable stages score 0. */
  score: number;
  utilization: number;
  /** The load that counts: utilisation, or the shared pool's load when higher. */
  load: number;
  poolLoad: number;
  waitingShare: number;
}

/** The verdict: which stage limits throughput, or that demand does. */
export interface ConstraintResult {
  kind: 'internal' | 'demand';
  /** The constraint stage; for `demand`, the busiest stage. */
  stage: string;
  /** Other stages worked by the same people, which form the constraint with it. */
  sharedWith: string[];
  /** Share of resampled weeks that give the same verdict. */
  confidence: number;
  evidence: string[];
  ranking: StageScore[];
}
