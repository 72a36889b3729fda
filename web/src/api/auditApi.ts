import type { AuditSummary } from '../../../src/core/alignment/AuditSummary.js';
import type { AuditView } from '../../../src/core/alignment/AuditView.js';
import type { ScoredResponse } from '../../../src/core/alignment/ScoredResponse.js';
import { apiFetch } from './apiFetch';

/** What the leader's form sends (docs/api.md, "Alignment audits"). */
export interface AuditRequest {
  title?: string;
  statement: string;
  constraint?: string;
  aliases?: string[];
  keyPoints?: string[];
  anonymous?: boolean;
  respondents: { name?: string; email?: string; team: string; level: string }[];
}

const auditsPath = (id: string): string => `/api/workspaces/${encodeURIComponent(id)}/audits`;
const auditPath = (id: string, auditId: string): string =>
  `${auditsPath(id)}/${encodeURIComponent(auditId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The leader's audit routes, typed with the core's own types. */
export const auditApi = {
  listAudits: (id: string, signal?: AbortSignal) =>
    apiFetch<(AuditView & { summary: AuditSummary })[]>(auditsPath(id), withSignal(signal)),

  createAudit: (id: string, request: AuditRequest) =>
    apiFetch<AuditView>(auditsPath(id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    }),

  getResponses: (id: string, auditId: string, signal?: AbortSignal) =>
    apiFetch<ScoredResponse[]>(`${auditPath(id, auditId)}/responses`, withSignal(signal)),

  closeAudit: (id: string, auditId: string) =>
    apiFetch<AuditView>(`${auditPath(id, auditId)}/close`, { method: 'POST' }),
};
