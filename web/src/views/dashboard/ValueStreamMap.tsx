import { useMemo, useState } from 'react';
import type { AnalysisReport } from '../../../../src/core/analysis/AnalysisReport.js';
import { EChart } from '../../components/EChart';
import { Panel } from '../../components/Panel';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { navigate } from '../../router/navigate';
import { paths } from '../../router/paths';
import { boxHeight, boxStep, buildValueStreamOption, verticalStep } from './buildValueStreamOption';
import { pickMapContent } from './pickMapContent';

interface ValueStreamMapProps {
  report: AnalysisReport;
  workspaceId: string;
}

/** Stages in flow order with their queues and waits, the constraint marked, the main arcs between them. */
export function ValueStreamMap({ report, workspaceId }: ValueStreamMapProps) {
  const [showAll, setShowAll] = useState(false);
  const vertical = useMediaQuery('(max-width: 700px)');
  const content = useMemo(() => pickMapContent(report, showAll), [report, showAll]);
  const option = useMemo(
    () => buildValueStreamOption(report, content, vertical),
    [report, content, vertical],
  );
  const count = content.stages.length;
  // Wide screens spread the boxes out; narrower ones scroll sideways rather than squeeze them.
  const minWidth = vertical ? undefined : count * boxStep;
  const height = vertical ? Math.max(count * verticalStep, boxHeight + 40) : 340;
  const hidden = content.hiddenStages + content.hiddenArcs;

  return (
    <Panel
      title="Value-stream map"
      subtitle="Stages in flow order: average work in progress and queue, median wait before the stage, share of capacity busy. Click a stage for its details."
      actions={
        <button
          type="button"
          className="button-secondary"
          aria-pressed={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll
            ? 'Show main flow only'
            : `Show all stages and arcs${hidden > 0 ? ` (+${hidden})` : ''}`}
        </button>
      }
    >
      <ul className="map-legend" aria-label="Legend">
        <li>
          <span className="legend-box legend-constraint">◆</span> constraint (thick vermillion
          border)
        </li>
        <li>
          <span className="legend-box legend-runner" /> runner-up (dashed)
        </li>
        <li>
          <span className="legend-line legend-forward" /> next step, labelled with how often (×) and
          the median time between
        </li>
        <li>
          <span className="legend-line legend-back" /> going back (rework)
        </li>
      </ul>
      <div className="map-scroll">
        <EChart
          option={option}
          label="Value-stream map"
          height={height}
          {...(minWidth === undefined ? {} : { minWidth })}
          onClick={(params) => {
            // Arc labels are nodes too; only a stage box opens a stage.
            const isStage = content.stages.some((stage) => stage.name === params.name);
            if (params.dataType === 'node' && isStage)
              navigate(paths.stage(workspaceId, params.name));
          }}
        />
      </div>
      {!showAll && hidden > 0 && (
        <p className="footnote">
          Hidden: {content.hiddenStages} stages seen in under 2 % of cases and {content.hiddenArcs}{' '}
          rarer arcs. Self-loops (the same step repeated) show as rework in the stage table.
        </p>
      )}
    </Panel>
  );
}
