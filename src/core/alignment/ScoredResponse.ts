import type { AnswerScore } from './AnswerScore.js';
import type { SurveyAnswers } from './SurveyAnswers.js';

/** A scored response, as the leader reads it. */
export interface ScoredResponse {
  /** Null in anonymous audits. */
  respondent: { id: string; name: string | null } | null;
  team: string;
  level: string;
  submittedAt: string;
  answers: SurveyAnswers;
  score: AnswerScore;
}
