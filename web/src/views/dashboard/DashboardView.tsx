import { useCallback, useState } from 'react';
import type { StageReport } from '../../../../src/core/analysis/AnalysisReport.js';
import type { Alert } from '../../api/Alerts';
import type { AnalysisMessage } from '../../api/AnalysisMessage';
import { api } from '../../api/api';
import type { EventsMessage } from '../../api/EventsMessage';
import type { IngestResult } from '../../api/IngestResult';
import { AppHeader } from '../../components/AppHeader';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LiveStatus } from '../../components/LiveStatus';
import { ResourceView } from '../../components/ResourceView';
import { Skeleton } from '../../components/Skeleton';
import { useResource } from '../../hooks/useResource';
import { useWorkspaceStream } from '../../hooks/useWorkspaceStream';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';
import { IngestSummary } from '../workspaces/IngestSummary';
import { ConstraintCard } from './ConstraintCard';
import { FlowChartsSection } from './FlowChartsSection';
import { ForecastPanel } from './forecast/ForecastPanel';
import { LivePanel } from './LivePanel';
import type { ReceivedEvents } from './ReceivedEvents';
import { StageTable } from './StageTable';
import { SubordinationSection } from './subordination/SubordinationSection';
import { ConstraintTimeline } from './timeline/ConstraintTimeline';
import { ValueStreamMap } from './ValueStreamMap';
import { WorkspaceEmpty } from './WorkspaceEmpty';
import { WorkspaceSummary } from './WorkspaceSummary';
import { WhatIfPanel } from './whatif/WhatIfPanel';

/** One empty list, so charts memoised on `stages` do not redraw while the analysis loads. */
const noStages: StageReport[] = [];

/** Enough to cover a long gap between analyses; older batches are already in any refetch. */
const keptBatches = 1000;

/** As many as GET …/alerts answers with. */
const keptAlerts = 200;

/** `/workspaces/:id`: the constraint, its live output, the value-stream map, flow charts, stages. */
export function DashboardView({ workspaceId }: { workspaceId: string }) {
  const workspace = useResource(`workspace:${workspaceId}`, (signal) =>
    api.getWorkspace(workspaceId, signal),
  );
  const [eventsTotal, setEventsTotal] = useState<number | null>(null);
  const [analysisSeen, setAnalysisSeen] = useState<AnalysisMessage | null>(null);
  const [received, setReceived] = useState<ReceivedEvents[]>([]);
  // Alerts sent live since the page opened, newest first; the alerts panel merges them with its list.
  const [liveAlerts, setLiveAlerts] = useState<Alert[]>([]);
  // Bumped when the stream comes back after a break, so the alerts panel refetches what it missed.
  const [resyncs, setResyncs] = useState(0);
  // The upload form disappears once events exist; its result (and any rejected events) must not.
  const [imported, setImported] = useState<{ result: IngestResult; file: string } | null>(null);

  // A workspace without events has no analysis yet: fetch only once there is something to analyse.
  const ready = (workspace.data?.events ?? 0) > 0 || analysisSeen !== null;
  const analysis = useResource(
    `analysis:${workspaceId}`,
    ready ? (signal) => api.getAnalysis(workspaceId, signal) : null,
  );
  const live = useResource(
    `live:${workspaceId}`,
    ready ? (signal) => api.getLive(workspaceId, signal) : null,
  );
  const flow = useResource(
    `flow:${workspaceId}`,
    ready ? (signal) => api.getFlow(workspaceId, signal) : null,
  );

  const refetchAll = useCallback(() => {
    analysis.reload();
    live.reload();
    flow.reload();
  }, [analysis.reload, live.reload, flow.reload]);

  const stream = useWorkspaceStream(workspaceId, {
    onEvents: (message: EventsMessage) => {
      setEventsTotal(message.total);
      setReceived((list) => [
        ...list.slice(-(keptBatches - 1)),
        { message, receivedAt: Date.now() },
      ]);
    },
    onAnalysis: (message: AnalysisMessage) => {
      setAnalysisSeen(message);
      refetchAll();
    },
    onAlert: (alert: Alert) => {
      setLiveAlerts((list) => [alert, ...list].slice(0, keptAlerts));
    },
    onResync: () => {
      setResyncs((count) => count + 1);
      workspace.reload();
      refetchAll();
    },
  });

  const name = workspace.data?.name ?? 'Workspace';
  const total = eventsTotal ?? workspace.data?.events ?? null;
  return (
    <>
      <AppHeader trail={[{ label: name }]} status={<LiveStatus stream={stream} />} />
      <main className="page">
        <nav className="page-links" aria-label="Workspace pages">
          <Link to={paths.strategy(workspaceId)}>Strategy: plan, OKRs, triage and review →</Link>
          <Link to={paths.audits(workspaceId)}>
            Alignment audits: is the strategy understood? →
          </Link>
        </nav>
        {workspace.error !== undefined && (
          <ErrorBanner
            error={workspace.error}
            context="Loading the workspace"
            onRetry={workspace.reload}
          />
        )}
        {stream.problem !== null && (
          <ErrorBanner error={new Error(stream.problem)} context="Reading live updates" />
        )}
        {workspace.data === undefined ? (
          workspace.error === undefined && <Skeleton height={60} label="Loading the workspace…" />
        ) : (
          <WorkspaceSummary workspace={workspace.data} eventsTotal={total} report={analysis.data} />
        )}
        {imported !== null && (
          <div className="dismissable">
            <IngestSummary file={imported.file} result={imported.result} />
            <button type="button" className="button-secondary" onClick={() => setImported(null)}>
              Dismiss
            </button>
          </div>
        )}
        {workspace.data !== undefined && !ready && (
          <WorkspaceEmpty
            workspace={workspace.data}
            onUploaded={(result, file) => {
              setImported({ result, file });
              workspace.reload();
            }}
          />
        )}
        {ready && (
          <div className="dashboard-grid">
            <div className="cell-constraint">
              <ResourceView resource={analysis} context="Loading the analysis" skeletonHeight={340}>
                {(report) => (
                  <ConstraintCard
                    report={report}
                    analysedAt={analysisSeen?.at ?? analysis.loadedAt}
                    workspaceId={workspaceId}
                  />
                )}
              </ResourceView>
            </div>
            <div className="cell-live">
              <ResourceView resource={live} context="Loading the live output" skeletonHeight={340}>
                {(output) => (
                  <LivePanel live={output} received={received} fetchedAt={live.loadedAt ?? 0} />
                )}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ResourceView
                resource={analysis}
                context="Loading the value-stream map"
                skeletonHeight={300}
              >
                {(report) => <ValueStreamMap report={report} workspaceId={workspaceId} />}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ResourceView resource={analysis} context="Loading the timeline" skeletonHeight={300}>
                {(report) => <ConstraintTimeline report={report} />}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ForecastPanel workspaceId={workspaceId} analysisStamp={analysis.loadedAt} />
            </div>
            <div className="cell-wide">
              <ResourceView resource={flow} context="Loading the flow charts" skeletonHeight={320}>
                {(charts) => (
                  <FlowChartsSection
                    charts={charts}
                    stages={analysis.data?.stages ?? noStages}
                    cases={analysis.data?.log.cases ?? 0}
                  />
                )}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ResourceView
                resource={analysis}
                context="Loading the subordination figures"
                skeletonHeight={600}
              >
                {(report) => (
                  <SubordinationSection
                    report={report}
                    workspaceId={workspaceId}
                    liveAlerts={liveAlerts}
                    resyncs={resyncs}
                    onSettingsSaved={refetchAll}
                  />
                )}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ResourceView resource={analysis} context="Loading the what-if" skeletonHeight={200}>
                {(report) => <WhatIfPanel report={report} workspaceId={workspaceId} />}
              </ResourceView>
            </div>
            <div className="cell-wide">
              <ResourceView resource={analysis} context="Loading the stages" skeletonHeight={300}>
                {(report) => <StageTable report={report} workspaceId={workspaceId} />}
              </ResourceView>
            </div>
          </div>
        )}
      </main>
    </>
  );
}
