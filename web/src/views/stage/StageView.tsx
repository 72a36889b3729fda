import { useCallback } from 'react';
import { api } from '../../api/api';
import { AppHeader } from '../../components/AppHeader';
import { LiveStatus } from '../../components/LiveStatus';
import { ResourceView } from '../../components/ResourceView';
import { useResource } from '../../hooks/useResource';
import { useWorkspaceStream } from '../../hooks/useWorkspaceStream';
import { paths } from '../../router/paths';
import { HistogramChart } from './HistogramChart';
import { PeopleLoad } from './PeopleLoad';
import { StageHeader } from './StageHeader';
import { StageItemsTable } from './StageItemsTable';

interface StageViewProps {
  workspaceId: string;
  stage: string;
}

/** `/workspaces/:id/stages/:stage`: one stage's items, how their time splits, and its people. */
export function StageView({ workspaceId, stage }: StageViewProps) {
  const workspace = useResource(`workspace:${workspaceId}`, (signal) =>
    api.getWorkspace(workspaceId, signal),
  );
  const analysis = useResource(`analysis:${workspaceId}`, (signal) =>
    api.getAnalysis(workspaceId, signal),
  );
  const detail = useResource(`stage:${workspaceId}:${stage}`, (signal) =>
    api.getStage(workspaceId, stage, signal),
  );
  const refetch = useCallback(() => {
    analysis.reload();
    detail.reload();
  }, [analysis.reload, detail.reload]);
  // The drill-down follows new analyses too, so a page left open stays true.
  const stream = useWorkspaceStream(workspaceId, { onAnalysis: refetch, onResync: refetch });

  const workspaceName = workspace.data?.name ?? 'Workspace';
  return (
    <>
      <AppHeader
        trail={[{ label: workspaceName, to: paths.workspace(workspaceId) }, { label: stage }]}
        status={<LiveStatus stream={stream} />}
      />
      <main className="page">
        <ResourceView resource={analysis} context="Loading the analysis" skeletonHeight={120}>
          {(report) => <StageHeader report={report} stage={stage} workspaceId={workspaceId} />}
        </ResourceView>
        <ResourceView
          resource={detail}
          context={`Loading the stage “${stage}”`}
          skeletonHeight={400}
        >
          {(data) => (
            <div className="grid-two">
              <HistogramChart
                title="Waiting before the stage"
                subtitle="From ready (previous step done) until work started here, wall-clock time."
                histogram={data.wait}
                seriesName="Items by wait"
              />
              <HistogramChart
                title="Processing at the stage"
                subtitle="From start to completion of the work here."
                histogram={data.processing}
                seriesName="Items by processing time"
              />
              <div className="span-two">
                <PeopleLoad people={data.people} stage={data.stage} />
              </div>
              <div className="span-two">
                <StageItemsTable items={data.items} />
              </div>
            </div>
          )}
        </ResourceView>
      </main>
    </>
  );
}
