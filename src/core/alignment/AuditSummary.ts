/** Scores of a group of respondents (one team, or one level). */
export interface GroupScore {
  name: string;
  responses: number;
  /** Mean score, 0..1. */
  score: number;
  /** 1 − score: how far the group is from the leaders' statement. */
  gap: number;
  /** Share that named the right constraint. */
  namingRight: number;
}

/** One audit's point in the trend. */
export interface TrendPoint {
  auditId: string;
  title: string;
  createdAt: string;
  responses: number;
  score: number | null;
  namingRight: number | null;
}

/** The plain summary of an audit, for its page and for the strategy review. */
export interface AuditSummary {
  auditId: string;
  title: string;
  constraint: string;
  respondents: number;
  responses: number;
  /** Mean score over responses, 0..1; null before the first response. */
  score: number | null;
  /** Share of responses naming the right constraint. */
  namingRight: number | null;
  byTeam: GroupScore[];
  byLevel: GroupScore[];
  /** Key points by how many responses missed them, most missed first. */
  missedPoints: { point: number; text: string; missed: number; share: number }[];
  /** The wrong stages named, most often first. */
  wrongConstraints: { stage: string; count: number }[];
  /** Answers naming no stage at all. */
  noConstraintNamed: number;
  /** Misreadings flagged (misconceptions, denials, opposite directions), most frequent first. */
  misunderstandings: { label: string; kind: string; count: number }[];
  /** Earlier audits of the workspace, then this one, oldest first. */
  trend: TrendPoint[];
  /** Score change since the previous audit with responses; null without one. */
  change: number | null;
}
