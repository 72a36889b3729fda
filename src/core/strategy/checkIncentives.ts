import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import { classifyMetric, type MetricKind } from './classifyMetric.js';
import { constraintCondition } from './constraintCondition.js';
import type { TeamMetric } from './Strategy.js';

export type IncentiveVerdict =
  | 'raises-throughput'
  | 'supports-constraint'
  | 'local-efficiency'
  | 'activity'
  | 'unclear';

export interface IncentiveCheck {
  metric: TeamMetric;
  kind: MetricKind;
  matched: string[];
  /** Where the metric's stage sits against the constraint. */
  role: 'constraint' | 'upstream' | 'downstream' | 'whole-stream' | 'unknown';
  verdict: IncentiveVerdict;
  why: string;
}

/**
 * Does improving a team's metric raise throughput at the constraint, or only local efficiency?
 * (docs/strategy.md, "Incentives"). Decided by what the metric counts ({@link classifyMetric})
 * and where its stage sits in the flow against the constraint:
 * - activity metrics count effort: they can rise with throughput flat;
 * - efficiency at the constraint raises throughput (an hour lost there is lost for the whole
 *   system); anywhere else it is local efficiency (Goldratt, The Goal: activating a
 *   non-bottleneck to its full capacity does not raise throughput);
 * - outcomes at the constraint or over the whole stream raise throughput; upstream they support
 *   the constraint only while it is starved, otherwise they add inventory in front of it;
 *   downstream a stage can only finish what the constraint passes on.
 * Pure.
 */
export function checkIncentives(
  report: AnalysisReport | null,
  constraintStage: string | null,
  metrics: readonly TeamMetric[],
): IncentiveCheck[] {
  const condition = constraintCondition(report, constraintStage);
  const position = (name: string) => report?.stages.find((s) => s.name === name)?.flowPosition;
  const cPos = constraintStage === null ? undefined : position(constraintStage);
  return metrics.map((metric) => {
    const c = classifyMetric(metric.name, metric.description);
    const pos = metric.stage === null ? undefined : position(metric.stage);
    const role: IncentiveCheck['role'] =
      metric.stage === null
        ? 'whole-stream'
        : metric.stage === constraintStage
          ? 'constraint'
          : pos === undefined || cPos === undefined
            ? 'unknown'
            : pos < cPos
              ? 'upstream'
              : 'downstream';
    const at = metric.stage ?? 'the whole stream';
    const C = constraintStage ?? 'the constraint';
    const out = (verdict: IncentiveVerdict, why: string): IncentiveCheck => ({
      metric,
      kind: c.kind,
      matched: c.matched,
      role,
      verdict,
      why,
    });
    if (c.kind === 'activity') return out('activity', `It ${c.why}.`);
    if (c.kind === 'unclear') return out('unclear', `It ${c.why}.`);
    if (c.kind === 'efficiency') {
      return role === 'constraint'
        ? out(
            'raises-throughput',
            `Keeping ${C} busy raises throughput: an hour lost at the constraint is an hour lost for the whole stream.`,
          )
        : out(
            'local-efficiency',
            `Keeping ${at} busy is local efficiency: ${at} is not the constraint, so its extra hours ${role === 'downstream' ? `wait for what ${C} passes on` : `pile up as work in front of ${C}`} and throughput stays where ${C} sets it.`,
          );
    }
    switch (role) {
      case 'constraint':
      case 'whole-stream':
        return out(
          'raises-throughput',
          `It ${c.why} ${role === 'constraint' ? `at ${C}, which sets the stream's throughput` : 'over the whole stream, which only the constraint can move'}.`,
        );
      case 'upstream':
        return condition.starved
          ? out(
              'supports-constraint',
              `${at} feeds ${C}, which is starved (${condition.reasons.join('; ')}): more output from ${at} raises throughput, up to ${C}'s pace and no further.`,
            )
          : out(
              'local-efficiency',
              `${at} feeds ${C}, which is not starved: more output from ${at} than ${C} can take only adds work in front of it.`,
            );
      case 'downstream':
        return out(
          'local-efficiency',
          `${at} comes after ${C} and can only finish what ${C} passes on: its output follows the constraint's, it does not lead it.`,
        );
      default:
        return out(
          'unclear',
          `It ${c.why}, but ${at} is not a stage of the analysed stream, so its place against ${C} is unknown.`,
        );
    }
  });
}
