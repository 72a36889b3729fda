import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { checkCalibration } from './checkCalibration.js';
import type { WhatIfPlan } from './planWhatIf.js';
import type { RunResult } from './RunResult.js';
import { summarizeRuns } from './summarizeRuns.js';
import { toWhatIfSide } from './toWhatIfSide.js';
import type { WhatIfResult } from './WhatIfResult.js';

/** The answer from the replications run so far of both models (the same count of each). */
export function finishWhatIf(
  plan: WhatIfPlan,
  detail: AnalysisDetail,
  baselineRuns: readonly RunResult[],
  scenarioRuns: readonly RunResult[],
): WhatIfResult {
  const release = plan.scenario.release;
  return {
    baseline: toWhatIfSide(summarizeRuns(plan.baseline.stages, baselineRuns)),
    scenario: toWhatIfSide(summarizeRuns(plan.scenario.stages, scenarioRuns)),
    weeks: plan.length.weeks,
    warmupWeeks: plan.length.warmupWeeks,
    seed: plan.seed,
    release:
      release.kind === 'rope'
        ? {
            kind: 'rope',
            stage: plan.scenario.stages[release.stage]!,
            bufferCases: release.bufferCases,
          }
        : release,
    calibratedFrom: Number.isFinite(plan.since) ? new Date(plan.since).toISOString() : null,
    calibration: checkCalibration(detail, plan.baseline, baselineRuns, plan.since),
  };
}
