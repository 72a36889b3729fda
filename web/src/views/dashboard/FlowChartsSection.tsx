import type { StageReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { FlowCharts } from '../../../../src/core/views/FlowCharts.js';
import { AgingWipChart } from './AgingWipChart';
import { CumulativeFlowChart } from './CumulativeFlowChart';
import { CycleTimeChart } from './CycleTimeChart';
import { ThroughputChart } from './ThroughputChart';

interface FlowChartsSectionProps {
  charts: FlowCharts;
  /** For flow order and the constraint mark; may be empty while the analysis loads. */
  stages: readonly StageReport[];
  cases: number;
}

/** The four flow charts, two by two on a wide screen, one under another on a phone. */
export function FlowChartsSection({ charts, stages, cases }: FlowChartsSectionProps) {
  return (
    <div className="grid-two">
      <CumulativeFlowChart flow={charts.cumulativeFlow} days={charts.days} cases={cases} />
      <ThroughputChart throughput={charts.throughput} />
      <CycleTimeChart cycleTime={charts.cycleTime} />
      <AgingWipChart
        aging={charts.aging}
        stages={stages}
        constraint={charts.throughput.constraint}
      />
    </div>
  );
}
