import { type TimeZone, timeZone } from '../core/calendar/zoneOffset.js';
import type { AppendSummary, LiveAnalysis } from '../core/live/LiveAnalysis.js';
import type { WorkspaceSettings } from '../store/EventStore.js';
import { CoalescedTask } from './CoalescedTask.js';
import { SerialQueue } from './SerialQueue.js';
import { stageCompletions } from './stageCompletions.js';

/** One open live stream (SSE) of a workspace. */
export interface Subscriber {
  send(event: 'events' | 'analysis', data: unknown): void;
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
  private zoneCache: TimeZone | undefined;
  closed = false;

  constructor(
    readonly id: string,
    private current: WorkspaceSettings,
    public analysis: LiveAnalysis,
  ) {
    this.recompute = new CoalescedTask(
      () => this.refresh(),
      250,
      2_000,
      (error) => process.stderr.write(`drumbeat: analysis of workspace ${id} failed: ${error}\n`),
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
    this.recompute.request();
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
    this.recompute.request();
  }

  /** Ends every stream and stops recomputing; writes still queued may finish (server stopping). */
  endStreams(): void {
    this.recompute.stop();
    for (const s of this.subscribers) s.close();
    this.subscribers.clear();
  }

  /** The workspace is deleted: its streams end and writes still queued are refused. */
  close(): void {
    this.closed = true;
    this.endStreams();
  }

  private broadcast(event: 'events' | 'analysis', data: unknown): void {
    for (const s of this.subscribers) s.send(event, data);
  }

  /**
   * Recomputes only when someone listens: without listeners the next GET computes it anyway,
   * and a server fed by a script nobody watches should not spend a core on reports.
   */
  private refresh(): void {
    if (this.subscribers.size === 0 || this.analysis.size === 0) return;
    const report = this.analysis.report();
    this.broadcast('analysis', {
      events: report.log.events,
      constraint: report.constraint,
      at: new Date().toISOString(),
    });
  }
}
