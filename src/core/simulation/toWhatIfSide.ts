import type { Interval, WhatIfSide } from './WhatIfResult.js';
import type { Estimate, WhatIfSummary } from './WhatIfSummary.js';

/** The summary in the flat JSON shape of `drumbeat whatif --json` and the API. */
export function toWhatIfSide(summary: WhatIfSummary): WhatIfSide {
  const ci = (e: Estimate): Interval => [e.low, e.high];
  const stages = Object.entries(summary.utilization);
  return {
    replications: summary.replications,
    throughputPerWeek: summary.throughputPerWeek.mean,
    throughputPerWeekCI: ci(summary.throughputPerWeek),
    leadTimeMedianSeconds: summary.leadTimeMedianSeconds.mean,
    leadTimeMedianSecondsCI: ci(summary.leadTimeMedianSeconds),
    leadTimeP85Seconds: summary.leadTimeP85Seconds.mean,
    leadTimeP85SecondsCI: ci(summary.leadTimeP85Seconds),
    wipMean: summary.wipMean.mean,
    constraint: summary.constraint,
    constraintShare: summary.constraintShare,
    utilization: Object.fromEntries(stages.map(([name, e]) => [name, e.mean])),
    utilizationCI: Object.fromEntries(stages.map(([name, e]) => [name, ci(e)])),
    heldBackAtEnd: summary.heldBackAtEnd,
  };
}
