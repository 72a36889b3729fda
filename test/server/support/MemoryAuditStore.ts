import type { SurveyAnswers } from '../../../src/core/alignment/SurveyAnswers.js';
import type {
  Audit,
  AuditStore,
  Respondent,
  StoredResponse,
  SubmitOutcome,
} from '../../../src/store/AuditStore.js';

/** The AuditStore port in memory, for route tests: the same rules as the DuckDB one. */
export class MemoryAuditStore implements AuditStore {
  private readonly audits: Audit[] = [];
  private readonly responses = new Map<string, StoredResponse[]>();

  async createAudit(audit: Audit): Promise<void> {
    this.audits.push(structuredClone(audit));
  }

  async listAudits(workspaceId: string): Promise<Audit[]> {
    return structuredClone(this.audits.filter((a) => a.workspaceId === workspaceId));
  }

  async getAudit(workspaceId: string, auditId: string): Promise<Audit | undefined> {
    const audit = this.audits.find((a) => a.workspaceId === workspaceId && a.id === auditId);
    return audit && structuredClone(audit);
  }

  async findByToken(token: string): Promise<{ audit: Audit; respondent: Respondent } | undefined> {
    for (const audit of this.audits) {
      const respondent = audit.respondents.find((r) => r.token === token);
      if (respondent) return structuredClone({ audit, respondent });
    }
    return undefined;
  }

  async submitResponse(token: string, answers: SurveyAnswers, at: Date): Promise<SubmitOutcome> {
    const audit = this.audits.find((a) => a.respondents.some((r) => r.token === token));
    const respondent = audit?.respondents.find((r) => r.token === token);
    if (!audit || !respondent) return 'unknown';
    if (audit.closedAt !== null) return 'closed';
    if (respondent.responded) return 'already-submitted';
    respondent.responded = true;
    const list = this.responses.get(audit.id) ?? [];
    list.push({
      respondentId: audit.anonymous ? null : respondent.id,
      team: respondent.team,
      level: respondent.level,
      answers: structuredClone(answers),
      submittedAt: audit.anonymous ? at.toISOString().slice(0, 10) : at.toISOString(),
    });
    this.responses.set(audit.id, list);
    return 'submitted';
  }

  async listResponses(auditId: string): Promise<StoredResponse[]> {
    return structuredClone(this.responses.get(auditId) ?? []);
  }

  async closeAudit(workspaceId: string, auditId: string, at: Date): Promise<boolean> {
    const audit = this.audits.find((a) => a.workspaceId === workspaceId && a.id === auditId);
    if (!audit) return false;
    audit.closedAt ??= at.toISOString();
    return true;
  }
}
