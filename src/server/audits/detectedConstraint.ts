import type { AnalysisReport } from '../../core/analysis/AnalysisReport.js';

/** The names a market constraint goes by when none is given (docs/method.md, "demand"). */
const DEMAND_ALIASES = ['market', 'customer demand', 'demand from customers', 'sales', 'orders'];

/**
 * The constraint an audit defaults to: the stage the analysis names, or, when no stage is
 * loaded enough to limit throughput, "Demand" — the market sets the pace, and naming the busiest
 * stage would score as right the very answer the audit should catch.
 */
export function detectedConstraint(report: Pick<AnalysisReport, 'constraint' | 'stages'>): {
  constraint: string;
  aliases: string[];
  stages: string[];
} {
  const stages = report.stages.map((s) => s.name);
  if (report.constraint.kind === 'demand') {
    return { constraint: 'Demand', aliases: DEMAND_ALIASES, stages };
  }
  return { constraint: report.constraint.stage, aliases: [], stages };
}
