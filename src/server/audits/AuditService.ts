import type { AuditRecord } from '../../core/alignment/AuditRecord.js';
import type { AuditSummary } from '../../core/alignment/AuditSummary.js';
import type { AuditView } from '../../core/alignment/AuditView.js';
import { buildScoringModel } from '../../core/alignment/buildScoringModel.js';
import { extractKeyPoints } from '../../core/alignment/extractKeyPoints.js';
import type { ScoredResponse } from '../../core/alignment/ScoredResponse.js';
import { scoreAnswer } from '../../core/alignment/scoreAnswer.js';
import { summarizeAudit } from '../../core/alignment/summarizeAudit.js';
import type { Audit, AuditStore } from '../../store/AuditStore.js';
import { newWorkspaceId } from '../../store/newWorkspaceId.js';
import { ApiError } from '../ApiError.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';
import { detectedConstraint } from './detectedConstraint.js';
import { newSurveyToken } from './newSurveyToken.js';

/** What a leader sends to create an audit (validated by the route's schema). */
export interface AuditRequest {
  title?: string | undefined;
  statement: string;
  constraint?: string | undefined;
  aliases?: string[] | undefined;
  keyPoints?: string[] | undefined;
  anonymous?: boolean | undefined;
  respondents: {
    name?: string | undefined;
    email?: string | undefined;
    team: string;
    level: string;
  }[];
}

/**
 * The leader's side of alignment audits: creating one (constraint defaulting to the live
 * analysis), reading it back with scores and its summary. Scores are computed when read, from
 * the stored answers, so an improved method re-scores old audits the same way as new ones.
 */
export class AuditService {
  constructor(private readonly registry: WorkspaceRegistry) {}

  private get store(): AuditStore {
    return this.registry.store.audits;
  }

  async create(workspaceId: string, request: AuditRequest, now: Date): Promise<AuditView> {
    const ws = this.registry.find(workspaceId);
    const anonymous = request.anonymous ?? false;
    if (anonymous) {
      const i = request.respondents.findIndex((r) => r.name !== undefined || r.email !== undefined);
      if (i >= 0) {
        const field = request.respondents[i]?.name !== undefined ? 'name' : 'email';
        throw new ApiError(
          400,
          `body field "respondents.${i}.${field}": an anonymous audit keeps no names or emails`,
        );
      }
    }
    const detected = ws.analysis.size > 0 ? detectedConstraint(ws.analysis.report()) : undefined;
    const constraint = request.constraint ?? detected?.constraint;
    if (constraint === undefined) {
      throw new ApiError(
        409,
        'the workspace has no events to detect its constraint from: name it in "constraint"',
      );
    }
    const stages = detected?.stages ?? [];
    if (!stages.includes(constraint)) stages.push(constraint);
    // The default names of a market constraint apply only when it is the one detected.
    const aliases = [
      ...(request.aliases ?? []),
      ...(request.constraint === undefined ? (detected?.aliases ?? []) : []),
    ];
    const audit: Audit = {
      id: newWorkspaceId(),
      workspaceId,
      title: request.title ?? `Alignment audit ${now.toISOString().slice(0, 10)}`,
      definition: {
        statement: request.statement,
        constraint,
        aliases,
        keyPoints: request.keyPoints ?? [],
        stages,
      },
      anonymous,
      createdAt: now.toISOString(),
      closedAt: null,
      respondents: request.respondents.map((r, i) => ({
        id: `r${i + 1}`,
        token: newSurveyToken(),
        name: r.name ?? null,
        email: r.email ?? null,
        team: r.team,
        level: r.level,
        responded: false,
      })),
    };
    await this.store.createAudit(audit);
    return toView(audit);
  }

  async list(workspaceId: string): Promise<(AuditView & { summary: AuditSummary })[]> {
    this.registry.find(workspaceId);
    const audits = await this.store.listAudits(workspaceId);
    const records = await Promise.all(audits.map((a) => this.record(a)));
    return audits.map((a, i) => ({
      ...toView(a),
      summary: summarizeAudit(
        records[i]!,
        records.filter((_, k) => k !== i),
      ),
    }));
  }

  async read(workspaceId: string, auditId: string): Promise<AuditView> {
    return toView(await this.find(workspaceId, auditId));
  }

  /** The summary of docs/alignment-audit.md, with the trend over the workspace's other audits. */
  async summary(workspaceId: string, auditId: string): Promise<AuditSummary> {
    const audit = await this.find(workspaceId, auditId);
    const others = (await this.store.listAudits(workspaceId)).filter((a) => a.id !== audit.id);
    return summarizeAudit(
      await this.record(audit),
      await Promise.all(others.map((a) => this.record(a))),
    );
  }

  /** Responses with their scores, best first. */
  async responses(workspaceId: string, auditId: string): Promise<ScoredResponse[]> {
    const audit = await this.find(workspaceId, auditId);
    const model = buildScoringModel(audit.definition);
    const names = new Map(audit.respondents.map((r) => [r.id, r.name]));
    const scored = (await this.store.listResponses(audit.id)).map((r) => ({
      respondent:
        r.respondentId === null
          ? null
          : { id: r.respondentId, name: names.get(r.respondentId) ?? null },
      team: r.team,
      level: r.level,
      submittedAt: r.submittedAt,
      answers: r.answers,
      score: scoreAnswer(model, r.answers),
    }));
    return scored.sort((a, b) => b.score.score - a.score.score);
  }

  async close(workspaceId: string, auditId: string, now: Date): Promise<AuditView> {
    await this.find(workspaceId, auditId);
    await this.store.closeAudit(workspaceId, auditId, now);
    return toView(await this.find(workspaceId, auditId));
  }

  private async find(workspaceId: string, auditId: string): Promise<Audit> {
    this.registry.find(workspaceId);
    const audit = await this.store.getAudit(workspaceId, auditId);
    if (!audit) throw new ApiError(404, `no audit "${auditId}" in workspace "${workspaceId}"`);
    return audit;
  }

  private async record(audit: Audit): Promise<AuditRecord> {
    return {
      id: audit.id,
      title: audit.title,
      createdAt: audit.createdAt,
      definition: audit.definition,
      respondents: audit.respondents.length,
      responses: (await this.store.listResponses(audit.id)).map((r) => ({
        team: r.team,
        level: r.level,
        answers: r.answers,
      })),
    };
  }
}

function toView(audit: Audit): AuditView {
  const d = audit.definition;
  return {
    id: audit.id,
    title: audit.title,
    statement: d.statement,
    constraint: d.constraint,
    aliases: d.aliases,
    keyPoints: d.keyPoints.length > 0 ? d.keyPoints : extractKeyPoints(d.statement),
    stages: d.stages,
    anonymous: audit.anonymous,
    createdAt: audit.createdAt,
    closedAt: audit.closedAt,
    respondents: audit.respondents.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      team: r.team,
      level: r.level,
      responded: r.responded,
      link: `/survey/${r.token}`,
    })),
  };
}
