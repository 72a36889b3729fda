import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import { applyScenario } from './applyScenario.js';
import { calibrateModel } from './calibrateModel.js';
import { chooseRunLength } from './chooseRunLength.js';
import type { Scenario } from './Scenario.js';
import type { SimulationModel } from './SimulationModel.js';
import type { RunLength } from './simulateRun.js';

/** How much to simulate. */
export interface WhatIfOptions {
  replications: number;
  /** Weeks measured per replication, after the warm-up. */
  weeks: number;
  seed: number;
}

/** Both models of a what-if and how long to run them; plain data, so workers can take it. */
export interface WhatIfPlan {
  /** Instant (ms) from which the log calibrates the model: the last constraint shift, or −∞. */
  since: number;
  baseline: SimulationModel;
  scenario: SimulationModel;
  length: RunLength;
  replications: number;
  seed: number;
}

/** The stream must have run this long after a shift for the model to be calibrated from it alone. */
const WEEKS_AFTER_SHIFT = 4;
const WEEK = 7 * 86_400_000;

/**
 * Calibrates the model from the analysis and applies the scenario to a copy of it. When the
 * analysis found the constraint moving (report.shifts) at least 4 weeks before the end of the
 * log, only the log from the last move on is used: the what-if is about the stream as it is now.
 */
export function planWhatIf(
  detail: AnalysisDetail,
  scenario: Scenario,
  options: WhatIfOptions,
): WhatIfPlan {
  for (const [field, value, least] of [
    ['replications', options.replications, 2],
    ['weeks', options.weeks, 1],
  ] as const) {
    if (!Number.isInteger(value) || value < least || value > 10_000)
      throw new RangeError(
        `${field}: expected a whole number from ${least} to 10000, got ${value}`,
      );
  }
  if (!Number.isInteger(options.seed))
    throw new RangeError(`seed: expected a whole number, got ${options.seed}`);
  const shift = detail.report.shifts.at(-1);
  const at = shift ? Date.parse(shift.at) : Number.NaN;
  const end = Date.parse(detail.report.log.end ?? '');
  const since = end - at >= WEEKS_AFTER_SHIFT * WEEK ? at : Number.NEGATIVE_INFINITY;
  const baseline = calibrateModel(detail, since);
  return {
    since,
    baseline,
    scenario: applyScenario(baseline, scenario),
    length: chooseRunLength(options.weeks, detail.cases.duration.p85),
    replications: options.replications,
    seed: options.seed,
  };
}
