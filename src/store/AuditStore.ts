import type { AuditDefinition } from '../core/alignment/AuditDefinition.js';
import type { SurveyAnswers } from '../core/alignment/SurveyAnswers.js';

/** A person asked to answer, with their own survey link's token. */
export interface Respondent {
  id: string;
  /** 256 random bits: the survey link `/survey/<token>`. */
  token: string;
  /** Null in anonymous audits, and when the leader gave none. */
  name: string | null;
  email: string | null;
  team: string;
  level: string;
  /** Whether this link has been used to submit. */
  responded: boolean;
}

/** An alignment audit as stored (docs/alignment-audit.md). */
export interface Audit {
  id: string;
  workspaceId: string;
  title: string;
  definition: AuditDefinition;
  anonymous: boolean;
  createdAt: string;
  closedAt: string | null;
  respondents: Respondent[];
}

/** A submitted response. `respondentId` is null in anonymous audits. */
export interface StoredResponse {
  respondentId: string | null;
  team: string;
  level: string;
  answers: SurveyAnswers;
  /** ISO instant; only the day in anonymous audits, so the time cannot tell who answered. */
  submittedAt: string;
}

/** What a survey link's submission came to. */
export type SubmitOutcome = 'submitted' | 'already-submitted' | 'closed' | 'unknown';

/**
 * The port for alignment audits, on the same database as the events. A submission is checked
 * and stored in one step, so two submissions through one link cannot both be accepted.
 */
export interface AuditStore {
  createAudit(audit: Audit): Promise<void>;
  listAudits(workspaceId: string): Promise<Audit[]>;
  getAudit(workspaceId: string, auditId: string): Promise<Audit | undefined>;
  /** The audit and respondent a survey token belongs to. */
  findByToken(token: string): Promise<{ audit: Audit; respondent: Respondent } | undefined>;
  submitResponse(token: string, answers: SurveyAnswers, at: Date): Promise<SubmitOutcome>;
  listResponses(auditId: string): Promise<StoredResponse[]>;
  /** Closes the audit: its links accept no more responses. False when there is no such audit. */
  closeAudit(workspaceId: string, auditId: string, at: Date): Promise<boolean>;
}
