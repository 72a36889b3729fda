import type { AnalysisReport } from '../../../../../src/core/analysis/AnalysisReport.js';
import type { Alert } from '../../../api/Alerts';
import { AlertsPanel } from './AlertsPanel';
import { BufferFeverChart } from './BufferFeverChart';
import { ReleaseChart } from './ReleaseChart';
import { SpareCapacityChart } from './SpareCapacityChart';
import { StarvationPanel } from './StarvationPanel';

interface SubordinationSectionProps {
  report: AnalysisReport;
  workspaceId: string;
  liveAlerts: readonly Alert[];
  /** Times the live stream came back after a break: the alerts are refetched each time. */
  resyncs: number;
  /** Fetches the analysis again, after a setting that changes it was saved. */
  onSettingsSaved: () => void;
}

/**
 * Drum-buffer-rope: does everything else serve the constraint? The buffer, the constraint's
 * starved time, the other stages' spare capacity, the release pace, and the alerts on them.
 */
export function SubordinationSection({
  report,
  workspaceId,
  liveAlerts,
  resyncs,
  onSettingsSaved,
}: SubordinationSectionProps) {
  // An analysis from a server older than these fields has none of them.
  const figures = report.buffer === undefined ? null : report;
  return (
    <section className="subordination" aria-labelledby="subordination-title">
      <h2 className="section-title" id="subordination-title">
        Subordinate everything to the constraint
      </h2>
      <p className="section-lead">
        An hour lost at the constraint is an hour lost for the entire system. These figures say
        whether everything else serves it: a buffer of ready work in front of it, no starved hours,
        spare capacity elsewhere, and work released at its pace.
      </p>
      {figures !== null && figures.constraint.kind === 'demand' && (
        <p className="notice-warning">
          The constraint is demand, outside the company: these figures are for the busiest stage,{' '}
          <strong>{figures.constraint.stage}</strong>. Protecting it matters once demand grows past
          its capacity.
        </p>
      )}
      {figures !== null && (
        <div className="grid-two">
          <BufferFeverChart
            buffer={figures.buffer}
            workspaceId={workspaceId}
            onTargetSaved={onSettingsSaved}
          />
          <StarvationPanel
            starvation={figures.starvation}
            start={figures.log.start}
            end={figures.log.end}
          />
          <SpareCapacityChart spare={figures.spareCapacity} constraint={figures.constraint.stage} />
          <ReleaseChart release={figures.release} constraint={figures.constraint.stage} />
        </div>
      )}
      {figures === null && (
        <p className="notice-warning">
          This server's analysis has no buffer, starvation or release figures; update{' '}
          <code>drumbeat serve</code> to see them.
        </p>
      )}
      <div className="subordination-alerts">
        <AlertsPanel workspaceId={workspaceId} liveAlerts={liveAlerts} resyncs={resyncs} />
      </div>
    </section>
  );
}
