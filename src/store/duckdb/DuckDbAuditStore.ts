import type { DuckDBConnection } from '@duckdb/node-api';
import type { AuditDefinition } from '../../core/alignment/AuditDefinition.js';
import type { SurveyAnswers } from '../../core/alignment/SurveyAnswers.js';
import type {
  Audit,
  AuditStore,
  Respondent,
  StoredResponse,
  SubmitOutcome,
} from '../AuditStore.js';
import type { SerialQueue } from '../SerialQueue.js';

/**
 * The {@link AuditStore} on the event store's DuckDB file, through its one connection and its
 * write queue: every read and write here waits its turn behind the event appends, so a
 * submission's check (not yet responded, audit open) and its insert cannot interleave with
 * another submission through the same link.
 */
export class DuckDbAuditStore implements AuditStore {
  constructor(
    private readonly connection: DuckDBConnection,
    private readonly writes: SerialQueue,
    private readonly assertOpen: () => void,
  ) {}

  async createAudit(audit: Audit): Promise<void> {
    await this.queued(async (c) => {
      await inTransaction(c, async () => {
        await c.run('INSERT INTO audits VALUES ($1, $2, $3, $4::JSON, $5, $6, $7)', [
          audit.workspaceId,
          audit.id,
          audit.title,
          JSON.stringify(audit.definition),
          audit.anonymous,
          audit.createdAt,
          audit.closedAt,
        ]);
        for (const [position, r] of audit.respondents.entries()) {
          await c.run(
            'INSERT INTO audit_respondents VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
            [
              audit.workspaceId,
              audit.id,
              r.id,
              r.token,
              r.name,
              r.email,
              r.team,
              r.level,
              position,
              r.responded,
            ],
          );
        }
      });
    });
  }

  async listAudits(workspaceId: string): Promise<Audit[]> {
    return this.queued((c) => this.readAudits(c, 'workspace_id = $1', [workspaceId]));
  }

  async getAudit(workspaceId: string, auditId: string): Promise<Audit | undefined> {
    return this.queued(
      async (c) =>
        (await this.readAudits(c, 'workspace_id = $1 AND id = $2', [workspaceId, auditId]))[0],
    );
  }

  async findByToken(token: string): Promise<{ audit: Audit; respondent: Respondent } | undefined> {
    return this.queued((c) => this.byToken(c, token));
  }

  async submitResponse(token: string, answers: SurveyAnswers, at: Date): Promise<SubmitOutcome> {
    return this.queued(async (c) => {
      const found = await this.byToken(c, token);
      if (!found) return 'unknown';
      const { audit, respondent } = found;
      if (audit.closedAt !== null) return 'closed';
      if (respondent.responded) return 'already-submitted';
      await inTransaction(c, async () => {
        await c.run(
          `INSERT INTO audit_responses (workspace_id, audit_id, respondent_id, team, level, answers, submitted_at)
           VALUES ($1, $2, $3, $4, $5, $6::JSON, $7)`,
          [
            audit.workspaceId,
            audit.id,
            audit.anonymous ? null : respondent.id,
            respondent.team,
            respondent.level,
            JSON.stringify(answers),
            audit.anonymous ? at.toISOString().slice(0, 10) : at.toISOString(),
          ],
        );
        await c.run('UPDATE audit_respondents SET responded = true WHERE token = $1', [token]);
      });
      return 'submitted';
    });
  }

  async listResponses(auditId: string): Promise<StoredResponse[]> {
    return this.queued(async (c) => {
      const reader = await c.runAndReadAll(
        `SELECT respondent_id, team, level, answers::VARCHAR AS answers, submitted_at
         FROM audit_responses WHERE audit_id = $1 ORDER BY seq`,
        [auditId],
      );
      return reader.getRowObjectsJS().map((row) => ({
        respondentId: row.respondent_id === null ? null : String(row.respondent_id),
        team: String(row.team),
        level: String(row.level),
        answers: JSON.parse(String(row.answers)) as SurveyAnswers,
        submittedAt: String(row.submitted_at),
      }));
    });
  }

  async closeAudit(workspaceId: string, auditId: string, at: Date): Promise<boolean> {
    return this.queued(async (c) => {
      const found = await this.readAudits(c, 'workspace_id = $1 AND id = $2', [
        workspaceId,
        auditId,
      ]);
      if (found.length === 0) return false;
      await c.run(
        'UPDATE audits SET closed_at = coalesce(closed_at, $3) WHERE workspace_id = $1 AND id = $2',
        [workspaceId, auditId, at.toISOString()],
      );
      return true;
    });
  }

  private queued<T>(task: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.writes.run(() => task(this.connection));
  }

  private async byToken(
    c: DuckDBConnection,
    token: string,
  ): Promise<{ audit: Audit; respondent: Respondent } | undefined> {
    const reader = await c.runAndReadAll(
      'SELECT workspace_id, audit_id FROM audit_respondents WHERE token = $1',
      [token],
    );
    const row = reader.getRowObjectsJS()[0];
    if (!row) return undefined;
    const audit = (
      await this.readAudits(c, 'workspace_id = $1 AND id = $2', [
        String(row.workspace_id),
        String(row.audit_id),
      ])
    )[0];
    const respondent = audit?.respondents.find((r) => r.token === token);
    return audit && respondent && { audit, respondent };
  }

  private async readAudits(c: DuckDBConnection, where: string, values: string[]): Promise<Audit[]> {
    const audits = await c.runAndReadAll(
      `SELECT workspace_id, id, title, definition::VARCHAR AS definition, anonymous, created_at, closed_at
       FROM audits WHERE ${where} ORDER BY created_at, id`,
      values,
    );
    const result: Audit[] = [];
    for (const row of audits.getRowObjectsJS()) {
      const people = await c.runAndReadAll(
        `SELECT id, token, name, email, team, level, responded FROM audit_respondents
         WHERE workspace_id = $1 AND audit_id = $2 ORDER BY position`,
        [String(row.workspace_id), String(row.id)],
      );
      result.push({
        id: String(row.id),
        workspaceId: String(row.workspace_id),
        title: String(row.title),
        definition: JSON.parse(String(row.definition)) as AuditDefinition,
        anonymous: Boolean(row.anonymous),
        createdAt: String(row.created_at),
        closedAt: row.closed_at === null ? null : String(row.closed_at),
        respondents: people.getRowObjectsJS().map((p) => ({
          id: String(p.id),
          token: String(p.token),
          name: p.name === null ? null : String(p.name),
          email: p.email === null ? null : String(p.email),
          team: String(p.team),
          level: String(p.level),
          responded: Boolean(p.responded),
        })),
      });
    }
    return result;
  }
}

/** Runs `work` as one transaction: all of it is committed, or none of it. */
async function inTransaction(c: DuckDBConnection, work: () => Promise<void>): Promise<void> {
  await c.run('BEGIN TRANSACTION');
  try {
    await work();
    await c.run('COMMIT');
  } catch (error) {
    await c.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
