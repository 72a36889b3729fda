import type { AnalysisReport } from '../../analysis/AnalysisReport.js';
import { measureLiveMetric, THROUGHPUT_WEEKS } from '../measureLiveMetric.js';
import { weeklyCompletions } from '../weeklyCompletions.js';
import type { ReviewSection } from './ReviewSection.js';

/** Weeks of trend shown: a quarter. */
const TREND_WEEKS = 12;

/** Throughput trend: the constraint's completions per complete week, the last quarter. */
export function throughputSection(
  report: AnalysisReport | null,
  constraintStage: string | null,
): ReviewSection {
  if (!report || constraintStage === null) {
    return { id: 'throughput', title: 'Throughput trend', lines: ['No events yet.'] };
  }
  const weeks = weeklyCompletions(report, constraintStage).slice(-TREND_WEEKS);
  const mean = measureLiveMetric('constraint-throughput-per-week', report, constraintStage);
  return {
    id: 'throughput',
    title: 'Throughput trend',
    lines: [
      weeks.length === 0
        ? `No complete week of data at ${constraintStage} yet.`
        : `${constraintStage} finished ${mean?.toFixed(1)} items a week over the last ${Math.min(THROUGHPUT_WEEKS, weeks.length)} complete weeks.`,
    ],
    bars: {
      label: `Items finished at ${constraintStage} per week`,
      points: weeks.map((w) => ({ label: w.week.slice(0, 10), value: w.completions })),
    },
  };
}
