/** What the leaders wrote for an audit: the reference every answer is scored against. */
export interface AuditDefinition {
  /** The strategy statement: how we exploit the constraint. */
  statement: string;
  /** The constraint stage, as the workspace names it. */
  constraint: string;
  /** Other names people use for it ("repro", "QA"). */
  aliases: string[];
  /** Key points the leaders wrote; empty: taken from the statement's sentences and clauses. */
  keyPoints: string[];
  /** The workspace's other stages, so that a wrong answer says which stage it named. */
  stages: string[];
}
