import type { AnalysisReport } from '../../analysis/AnalysisReport.js';
import { bufferSection } from './bufferSection.js';
import { constraintSection } from './constraintSection.js';
import { decisionsSection } from './decisionsSection.js';
import { incentivesSection } from './incentivesSection.js';
import { okrSection } from './okrSection.js';
import type { Review, ReviewSection } from './ReviewSection.js';
import type { StrategyView } from './StrategyView.js';
import { throughputSection } from './throughputSection.js';
import { triageSection } from './triageSection.js';

/**
 * The strategy review, one section per builder in the order a review meeting reads them:
 * where the constraint is, how it is protected and producing, how the goals stand, what is
 * flagged, how people are rewarded, what was decided. `extra` sections (e.g. an alignment
 * audit's summary) go before the decision log. Pure.
 */
export function buildReview(
  workspace: string,
  generatedAt: string,
  report: AnalysisReport | null,
  view: StrategyView,
  extra: readonly ReviewSection[] = [],
): Review {
  return {
    workspace,
    generatedAt,
    sections: [
      constraintSection(view),
      bufferSection(report),
      throughputSection(report, view.register.stage),
      okrSection(view),
      triageSection(view),
      incentivesSection(view),
      ...extra,
      decisionsSection(view),
    ],
  };
}
