import type { AnalysisDetail } from '../../core/analysis/analyzeLog.js';
import { finishWhatIf } from '../../core/simulation/finishWhatIf.js';
import type { WhatIfPlan } from '../../core/simulation/planWhatIf.js';
import type { RunResult } from '../../core/simulation/RunResult.js';
import type { WhatIfResult } from '../../core/simulation/WhatIfResult.js';
import { runReplications } from '../../simulation/runReplications.js';
import { newWorkspaceId } from '../../store/newWorkspaceId.js';

/** A what-if being refined: the answer so far, from `done` of `replications` replications. */
export interface WhatIfJob {
  id: string;
  workspace: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  replications: number;
  result: WhatIfResult | null;
  error: string | null;
  startedAt: string;
  /** Seconds from the start to the first answer, and to the last one so far. */
  firstAnswerSeconds: number | null;
  elapsedSeconds: number;
}

/** Replications in the first batch: the fewest that give an interval, so the answer comes fast. */
const FIRST_BATCH = 2;
const KEPT = 50;

/**
 * What-if jobs of the server. A job runs its replications in growing batches on worker
 * threads (2, then doubling), and after each batch its answer is recomputed from every
 * replication so far, so a client polling it sees a first answer quickly and narrower
 * intervals after. Starting a job for a workspace cancels the one it had running (the
 * question has changed). Jobs live in memory; the last 50 are kept.
 */
export class WhatIfJobs {
  private readonly jobs = new Map<string, WhatIfJob>();
  private readonly running = new Map<string, WhatIfJob>();

  start(workspace: string, plan: WhatIfPlan, detail: AnalysisDetail): WhatIfJob {
    const previous = this.running.get(workspace);
    if (previous) previous.status = 'cancelled';
    const job: WhatIfJob = {
      id: newWorkspaceId(),
      workspace,
      status: 'running',
      done: 0,
      replications: plan.replications,
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
      firstAnswerSeconds: null,
      elapsedSeconds: 0,
    };
    this.jobs.set(job.id, job);
    this.running.set(workspace, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT)))
      this.jobs.delete(old);
    void this.run(job, plan, detail);
    return job;
  }

  find(workspace: string, id: string): WhatIfJob | undefined {
    const job = this.jobs.get(id);
    return job?.workspace === workspace ? job : undefined;
  }

  private async run(job: WhatIfJob, plan: WhatIfPlan, detail: AnalysisDetail): Promise<void> {
    const t0 = performance.now();
    const baseline: RunResult[] = [];
    const scenario: RunResult[] = [];
    let batch = FIRST_BATCH;
    try {
      while (job.done < plan.replications && job.status === 'running') {
        const range = { from: job.done, to: Math.min(plan.replications, job.done + batch) };
        // Baseline and scenario each on a worker thread of their own: both cores, and the
        // server's event loop stays free.
        const [b, s] = await Promise.all([
          runReplications(plan.baseline, plan.length, plan.seed, { ...range, threads: 1 }),
          runReplications(plan.scenario, plan.length, plan.seed, { ...range, threads: 1 }),
        ]);
        baseline.push(...b);
        scenario.push(...s);
        job.done = range.to;
        job.result = finishWhatIf(plan, detail, baseline, scenario);
        job.elapsedSeconds = (performance.now() - t0) / 1000;
        job.firstAnswerSeconds ??= job.elapsedSeconds;
        batch *= 2;
      }
      if (job.status === 'running') job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (this.running.get(job.workspace) === job) this.running.delete(job.workspace);
    }
  }
}
