import type { AnalysisDetail } from '../core/analysis/analyzeLog.js';
import { finishWhatIf } from '../core/simulation/finishWhatIf.js';
import { planWhatIf, type WhatIfOptions } from '../core/simulation/planWhatIf.js';
import type { Scenario } from '../core/simulation/Scenario.js';
import type { WhatIfResult } from '../core/simulation/WhatIfResult.js';
import { runReplications } from './runReplications.js';

/** A whole what-if on every core: calibrate, run baseline and scenario replications, summarise. */
export async function runWhatIf(
  detail: AnalysisDetail,
  scenario: Scenario,
  options: WhatIfOptions & { threads?: number },
): Promise<WhatIfResult> {
  const plan = planWhatIf(detail, scenario, options);
  const range = {
    from: 0,
    to: plan.replications,
    ...(options.threads !== undefined && { threads: options.threads }),
  };
  const baseline = await runReplications(plan.baseline, plan.length, plan.seed, range);
  const changed = await runReplications(plan.scenario, plan.length, plan.seed, range);
  return finishWhatIf(plan, detail, baseline, changed);
}
