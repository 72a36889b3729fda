/** What a pattern change is about (docs/change-points.md). */
export type PatternKind = 'demand' | 'capacity' | 'variability' | 'rework';

/** A step in one weekly series of the stream, found by change-point detection. */
export interface PatternChange {
  kind: PatternKind;
  /** The stage it concerns; absent for `demand`, which is the stream's arrivals. */
  stage?: string;
  /** ISO time from which the new level holds: the first week of the new segment, or for added people the first work of the first newcomer. */
  at: string;
  /** Mean level of the series over the segment before, in the kind's unit (see `unit`). */
  before: number;
  /** Mean level over the segment after. */
  after: number;
  direction: 'up' | 'down';
  /** The unit of `before` and `after`. */
  unit: 'arrivals per week' | 'people' | 'q75 / q25' | 'rework share';
  /** The jump in standard errors of the difference of the two segment means. */
  significance: number;
  /** 0-1: how far the jump clears the detection threshold (docs/change-points.md). */
  confidence: number;
  evidence: string;
}
