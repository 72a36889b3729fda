import { randomBytes } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { AuditSummary } from '../../core/alignment/AuditSummary.js';
import type { AnalysisReport } from '../../core/analysis/AnalysisReport.js';
import { evaluateStrategy } from '../../core/strategy/evaluateStrategy.js';
import { alignmentSection } from '../../core/strategy/review/alignmentSection.js';
import { buildReview } from '../../core/strategy/review/buildReview.js';
import type { Review } from '../../core/strategy/review/ReviewSection.js';
import type { StrategyView } from '../../core/strategy/review/StrategyView.js';
import type {
  CheckIn,
  Decision,
  RegisterEntry,
  StrategyRecords,
  StrategyStatement,
} from '../../core/strategy/Strategy.js';
import type { StrategyItems } from '../../store/StrategyStore.js';
import { ApiError } from '../ApiError.js';
import { AuditService } from '../audits/AuditService.js';
import type { LiveWorkspace } from '../LiveWorkspace.js';
import type { CheckInBody } from '../schemas/strategy/CheckInBody.js';
import type { DecisionBody } from '../schemas/strategy/DecisionBody.js';
import type { InitiativeBody } from '../schemas/strategy/InitiativeBody.js';
import type { KeyResultBody } from '../schemas/strategy/KeyResultBody.js';
import type { ObjectiveBody } from '../schemas/strategy/ObjectiveBody.js';
import type { RegisterEntryBody } from '../schemas/strategy/RegisterEntryBody.js';
import type { StatementBody } from '../schemas/strategy/StatementBody.js';
import type { TeamMetricBody } from '../schemas/strategy/TeamMetricBody.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

/** What each collection's create/replace body is. */
export interface StrategyInputs {
  initiatives: z.output<typeof InitiativeBody>;
  objectives: z.output<typeof ObjectiveBody>;
  keyResults: z.output<typeof KeyResultBody>;
  teamMetrics: z.output<typeof TeamMetricBody>;
}

/** How a collection is named in messages. */
const NOUN: Record<keyof StrategyItems, string> = {
  initiatives: 'initiative',
  objectives: 'objective',
  keyResults: 'key result',
  teamMetrics: 'team metric',
};

/**
 * A workspace's strategy as the API serves it: the stored records read against the live
 * analysis, and every write checked against what is stored (the parent exists, the stage is one
 * of the stream's) before it is kept. Writes run in the workspace's queue, so a check and its
 * write cannot interleave with another write.
 */
export class StrategyService {
  constructor(private readonly registry: WorkspaceRegistry) {}

  async evaluate(
    id: string,
  ): Promise<{ view: StrategyView; records: StrategyRecords; report: AnalysisReport | null }> {
    const ws = this.registry.find(id);
    const records = await this.registry.store.strategy.read(id);
    const report = reportOf(ws);
    return { view: evaluateStrategy(records, report), records, report };
  }

  async review(id: string, now = new Date()): Promise<Review> {
    const { view, report } = await this.evaluate(id);
    const w = await this.registry.describe(id);
    const alignment = alignmentSection(await this.latestAudit(id));
    return buildReview(w.name, now.toISOString(), report, view, [alignment]);
  }

  /** The summary of the newest audit anyone answered (else the newest); null without audits. */
  private async latestAudit(id: string): Promise<AuditSummary | null> {
    const audits = await new AuditService(this.registry).list(id);
    const answered = audits.filter((a) => a.summary.responses > 0);
    return (answered.at(-1) ?? audits.at(-1))?.summary ?? null;
  }

  async saveStatement(
    id: string,
    body: z.output<typeof StatementBody>,
  ): Promise<StrategyStatement> {
    const ws = this.registry.find(id);
    const statement = { text: body.text, updatedAt: new Date().toISOString(), updatedBy: body.by };
    await ws.exclusive(() => this.registry.store.strategy.saveStatement(id, statement));
    return statement;
  }

  async addRegisterEntry(
    id: string,
    body: z.output<typeof RegisterEntryBody>,
  ): Promise<RegisterEntry> {
    const ws = this.registry.find(id);
    if (body.action === 'override' && body.reason === '') {
      throw new ApiError(400, 'body field "reason": an override needs a reason');
    }
    checkStage(ws, 'stage', body.stage);
    const entry: RegisterEntry = { id: newId(), at: new Date().toISOString(), ...body };
    await ws.exclusive(() => this.registry.store.strategy.append(id, 'register', entry));
    return entry;
  }

  async saveItem<K extends keyof StrategyItems>(
    id: string,
    kind: K,
    body: StrategyInputs[K],
    itemId?: string,
  ): Promise<StrategyItems[K]> {
    const ws = this.registry.find(id);
    return ws.exclusive(async () => {
      const records = await this.registry.store.strategy.read(id);
      const list = records[kind] as Array<{ id: string }>;
      if (itemId !== undefined && !list.some((x) => x.id === itemId)) {
        throw new ApiError(404, `no ${NOUN[kind]} "${itemId}" in workspace "${id}"`);
      }
      const item = { ...body, id: itemId ?? newId() } as StrategyItems[K];
      this.check(ws, records, kind, item);
      await this.registry.store.strategy.saveItem(id, kind, item);
      return item;
    });
  }

  async deleteItem(id: string, kind: keyof StrategyItems, itemId: string): Promise<void> {
    const ws = this.registry.find(id);
    await ws.exclusive(async () => {
      if (kind === 'objectives') {
        const records = await this.registry.store.strategy.read(id);
        const used =
          records.objectives.some((o) => o.parentId === itemId) ||
          records.keyResults.some((k) => k.objectiveId === itemId);
        if (used) {
          throw new ApiError(
            409,
            `objective "${itemId}" has child objectives or key results; delete or move them first`,
          );
        }
      }
      if (!(await this.registry.store.strategy.deleteItem(id, kind, itemId))) {
        throw new ApiError(404, `no ${NOUN[kind]} "${itemId}" in workspace "${id}"`);
      }
    });
  }

  async addCheckIn(
    id: string,
    keyResultId: string,
    body: z.output<typeof CheckInBody>,
  ): Promise<CheckIn> {
    const ws = this.registry.find(id);
    return ws.exclusive(async () => {
      const records = await this.registry.store.strategy.read(id);
      const kr = records.keyResults.find((k) => k.id === keyResultId);
      if (!kr) throw new ApiError(404, `no key result "${keyResultId}" in workspace "${id}"`);
      if (kr.source !== 'check-in') {
        throw new ApiError(
          409,
          `key result "${kr.title}" follows the live metric ${kr.liveMetric}; check-ins are for key results with source "check-in"`,
        );
      }
      const checkIn: CheckIn = { id: newId(), keyResultId, at: new Date().toISOString(), ...body };
      await this.registry.store.strategy.append(id, 'checkIns', checkIn);
      return checkIn;
    });
  }

  async addDecision(id: string, body: z.output<typeof DecisionBody>): Promise<Decision> {
    const ws = this.registry.find(id);
    const decision: Decision = { id: newId(), at: new Date().toISOString(), ...body };
    await ws.exclusive(() => this.registry.store.strategy.append(id, 'decisions', decision));
    return decision;
  }

  /** The cross-record rules zod cannot see: stages of this stream, parents that exist, no cycles. */
  private check<K extends keyof StrategyItems>(
    ws: LiveWorkspace,
    records: StrategyRecords,
    kind: K,
    item: StrategyItems[K],
  ): void {
    if ('stage' in item && item.stage !== null) checkStage(ws, 'stage', item.stage);
    if (kind === 'objectives') {
      const o = item as StrategyItems['objectives'];
      if (o.parentId === null) return;
      const byId = new Map(records.objectives.map((x) => [x.id, x]));
      if (!byId.has(o.parentId)) {
        throw new ApiError(400, `body field "parentId": no objective "${o.parentId}"`);
      }
      for (let p: string | null = o.parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
        if (p === o.id) {
          throw new ApiError(400, 'body field "parentId": an objective cannot be its own ancestor');
        }
      }
    }
    if (kind === 'keyResults') {
      const k = item as StrategyItems['keyResults'];
      if (!records.objectives.some((o) => o.id === k.objectiveId)) {
        throw new ApiError(400, `body field "objectiveId": no objective "${k.objectiveId}"`);
      }
    }
  }
}

/** The analysis, or null while the workspace has no events (nothing is detected yet). */
function reportOf(ws: LiveWorkspace): AnalysisReport | null {
  return ws.analysis.size > 0 ? ws.analysis.report() : null;
}

/** Once the stream has been analysed, a stage must be one of its stages. */
function checkStage(ws: LiveWorkspace, field: string, stage: string): void {
  const report = reportOf(ws);
  if (!report || report.stages.some((s) => s.name === stage)) return;
  const known = report.stages.map((s) => s.name).join(', ');
  throw new ApiError(
    400,
    `body field "${field}": no stage "${stage}" in this stream (stages: ${known})`,
  );
}

function newId(): string {
  return randomBytes(6).toString('base64url');
}
