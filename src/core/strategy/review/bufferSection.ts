import type { AnalysisReport } from '../../analysis/AnalysisReport.js';
import { BUFFER_DAYS, measureLiveMetric } from '../measureLiveMetric.js';
import { percent } from './percent.js';
import type { ReviewSection } from './ReviewSection.js';

/** Buffer health: the zone now and the share of recent days in green. */
export function bufferSection(report: AnalysisReport | null): ReviewSection {
  if (!report) {
    return { id: 'buffer', title: 'Buffer health', lines: ['No events yet: no buffer to read.'] };
  }
  const b = report.buffer;
  const green = measureLiveMetric('buffer-green-share', report, null);
  return {
    id: 'buffer',
    title: 'Buffer health',
    lines: [
      `The buffer in front of ${b.stage} holds ${b.currentHours.toFixed(1)} h of work (${b.currentItems} items) against a target of ${b.targetHours.toFixed(1)} h: ${b.zone}.`,
      `Share of the last ${Math.min(BUFFER_DAYS, b.history.length)} days ending in green: ${percent(green)}.`,
    ],
  };
}
