/** A mean over replications with its 95 % confidence interval. */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

/** What the replications of one model say together. */
export interface WhatIfSummary {
  replications: number;
  throughputPerWeek: Estimate;
  leadTimeMedianSeconds: Estimate;
  leadTimeP85Seconds: Estimate;
  /** Per stage name. */
  utilization: Record<string, Estimate>;
  wipMean: Estimate;
  /** The stage named the constraint most often. */
  constraint: string;
  /** Share of replications naming each stage the constraint (stages never named are left out). */
  constraintShare: Record<string, number>;
  /** Mean number of arrived cases still held back by the release policy at the end. */
  heldBackAtEnd: number;
}
