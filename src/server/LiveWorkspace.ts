import { type TimeZone, timeZone } from '../core/calendar/zoneOffset.js';
import type { AppendSummary, LiveAnalysis } from '../core/live/LiveAnalysis.js';
import type { WorkspaceSettings } from '../store/EventStore.js';
import { SerialQueue } from '../store/SerialQueue.js';
import type { WorkspaceAlerts } from './alerts/WorkspaceAlerts.js';
import { CoalescedTask } from './CoalescedTask.js';
import { stageCompletions } from './stageCompletions.js';

/** The kinds of message on a workspace's stream (docs/api.md, "Live updates" and "Alerts"). */
export type StreamEvent = 'events' | 'analysis' | 'alert';

/** One open live stream (SSE) of a workspace. */
export interface Subscriber {
  send(event: StreamEvent, data: unknown): void;
  /** The workspace is gone or the server stops: end the stream. */
  close(): void;
}

/**
 * A workspace as the server keeps it in memory: its settings, its live analysis and the streams
 * listening to it. Writes go through {@link exclusive} so a rebuild never races an ingest.
 */
export class LiveWorkspace {
  private readonly subscribers = new Set<Subscriber>();
  private readonly queue = new SerialQueue();
  private readonly recompute: CoalescedTask;
  /**
   * Recomputation for the alert rules alone, while no one listens: a slower cadence, because an
   * import of a million events nobody watches should not stall on a report every 2 s, and an
   * alert a few seconds later is just as useful.
   */
  private readonly unwatched: CoalescedTask;
  private zoneCache: TimeZone | undefined;
  closed = false;

  constructor(
    readonly id: string,
    private current: WorkspaceSettings,
    public analysis: LiveAnalysis,
    readonly alerts: WorkspaceAlerts,
  ) {
    this.recompute = new CoalescedTask(
      () => this.refresh(),
      250,
      2_000,
      (error) => process.stderr.write(`drumbeat: analysis of workspace ${id} failed: ${error}\n`),
    );
    this.unwatched = new CoalescedTask(
      () => this.refresh(),
      1_000,
      10_000,
      (error) => process.stderr.write(`drumbeat: alerts of workspace ${id} failed: ${error}\n`),
    );
  }

  get settings(): WorkspaceSettings {
    return this.current;
  }

  set settings(settings: WorkspaceSettings) {
    this.current = settings;
    this.zoneCache = undefined;
  }

  /** The zone posted timestamps without offset are read in (kept: building one costs an Intl formatter). */
  get zone(): TimeZone {
    this.zoneCache ??= timeZone(this.current.timezone);
    return this.zoneCache;
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /** Swaps in an analysis rebuilt under new settings; listeners get its result shortly. */
  replace(settings: WorkspaceSettings, analysis: LiveAnalysis): void {
    this.settings = settings;
    this.analysis = analysis;
    this.schedule();
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    // A new listener may have missed the last recomputation; bring it the current one.
    if (this.analysis.stale) this.recompute.request();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Tells listeners a batch was stored, and schedules the analysis they will want next. */
  announce(summary: AppendSummary): void {
    this.broadcast('events', {
      accepted: summary.accepted,
      total: summary.total,
      at: new Date().toISOString(),
      lastEventAt: Number.isFinite(summary.lastEventAt)
        ? new Date(summary.lastEventAt).toISOString()
        : null,
      completions: stageCompletions(summary.completions, this.settings.stageMap),
    });
    this.schedule();
  }

  /** Ends every stream and stops recomputing; writes still queued may finish (server stopping). */
  endStreams(): void {
    this.recompute.stop();
    this.unwatched.stop();
    for (const s of this.subscribers) s.close();
    this.subscribers.clear();
  }

  /** The workspace is deleted: its streams end and writes still queued are refused. */
  close(): void {
    this.closed = true;
    this.endStreams();
    this.alerts.stop();
  }

  /** Brings the analysis up to date soon, for the alert rules (at start-up). */
  refreshSoon(): void {
    if (this.analysis.size > 0) this.schedule();
  }

  private schedule(): void {
    if (this.subscribers.size > 0) this.recompute.request();
    else this.unwatched.request();
  }

  private broadcast(event: StreamEvent, data: unknown): void {
    for (const s of this.subscribers) s.send(event, data);
  }

  /**
   * Recomputes even when no one listens, because the alert rules need the analysis and alerts
   * matter most when no one is watching the dashboard; the coalescing keeps a steady feed to
   * one report every 2 s at most while someone listens, every 10 s otherwise. Only the
   * broadcast needs listeners.
   */
  private refresh(): void {
    if (this.analysis.size === 0) return;
    const report = this.analysis.report();
    const raised = this.alerts.evaluate(report, this.settings.name);
    if (this.subscribers.size === 0) return;
    this.broadcast('analysis', {
      events: report.log.events,
      constraint: report.constraint,
      at: new Date().toISOString(),
    });
    for (const alert of raised) this.broadcast('alert', alert);
  }
}
