import type { AnalysisReport } from '../../../src/core/analysis/AnalysisReport.js';

/** SSE `event: analysis`, sent when the analysis has been brought up to date. */
export interface AnalysisMessage {
  events: number;
  constraint: AnalysisReport['constraint'];
  at: string;
}
