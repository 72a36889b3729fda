import type { AuditDefinition } from './AuditDefinition.js';
import type { SurveyAnswers } from './SurveyAnswers.js';

/** One submitted response, with where the respondent sits (never who, in anonymous audits). */
export interface AuditResponse {
  team: string;
  level: string;
  answers: SurveyAnswers;
}

/** An audit and its responses, as {@link summarizeAudit} takes them. */
export interface AuditRecord {
  id: string;
  title: string;
  createdAt: string;
  definition: AuditDefinition;
  /** Links handed out. */
  respondents: number;
  responses: AuditResponse[];
}
