/** One respondent's four answers (docs/alignment-audit.md, "The survey"). */
export interface SurveyAnswers {
  /** Which stage is the constraint? */
  constraint: string;
  /** The strategy, in your own words. */
  strategy: string;
  /** What does success look like this quarter for your team? */
  success: string;
  /** How does your work feed the constraint? */
  contribution: string;
}
