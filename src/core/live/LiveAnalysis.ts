import type { AnalysisReport } from '../analysis/AnalysisReport.js';
import {
  type AnalysisDetail,
  type AnalyzeOptions,
  analyzeDetailed,
} from '../analysis/analyzeLog.js';
import { answerForecast, type ForecastQuestion } from '../forecast/answerForecast.js';
import type { ForecastAnswer } from '../forecast/ForecastAnswer.js';
import type { EventInput } from '../model/EventLogBuilder.js';
import { buildFlowCharts } from '../views/buildFlowCharts.js';
import { drillIntoStage } from '../views/drillIntoStage.js';
import type { FlowCharts } from '../views/FlowCharts.js';
import type { LiveOutput } from '../views/LiveOutput.js';
import { measureLiveOutput } from '../views/measureLiveOutput.js';
import type { StageDetail } from '../views/StageDetail.js';
import { LiveLog } from './LiveLog.js';

/** What one append changed, for the live stream. */
export interface AppendSummary {
  accepted: number;
  total: number;
  /** Completions per activity in this batch (complete events, or events without lifecycle). */
  completions: Record<string, number>;
  /** Latest event time seen so far (ms), NaN when empty. */
  lastEventAt: number;
}

/**
 * The analysis of one workspace, kept current as events arrive. The event log, its trace order
 * and the process-mining basics (directly-follows graph, start and end activities, case
 * durations) are maintained incrementally per event; the flow metrics and the constraint are
 * recomputed from that state when asked for after new events, so a burst of a thousand batches
 * costs one recomputation, not a thousand.
 */
export class LiveAnalysis {
  private readonly log = new LiveLog();
  private detail: AnalysisDetail | undefined;

  constructor(private readonly options: AnalyzeOptions = {}) {}

  get size(): number {
    return this.log.size;
  }

  /** Whether events arrived since the last report. */
  get stale(): boolean {
    return this.detail === undefined;
  }

  append(events: readonly EventInput[]): AppendSummary {
    const completions: Record<string, number> = {};
    for (const e of events) {
      this.log.add(e);
      const l = e.lifecycle?.toLowerCase();
      if (l === undefined || l === '' || l === 'complete')
        completions[e.activity] = (completions[e.activity] ?? 0) + 1;
    }
    if (events.length) this.detail = undefined;
    return {
      accepted: events.length,
      total: this.log.size,
      completions,
      lastEventAt: this.log.lastTime,
    };
  }

  report(): AnalysisReport {
    return this.current().report;
  }

  live(): LiveOutput | undefined {
    return measureLiveOutput(this.current());
  }

  flow(): FlowCharts {
    return buildFlowCharts(this.current());
  }

  stage(name: string): StageDetail | undefined {
    return drillIntoStage(this.current(), name);
  }

  /** Monte Carlo forecasts from the current analysis (docs/forecasting.md). */
  forecast(question: ForecastQuestion): ForecastAnswer {
    return answerForecast(this.current(), question);
  }

  /** The current analysis with its intermediate results (the what-if calibrates from them). */
  currentDetail(): AnalysisDetail {
    return this.current();
  }

  /** The analysis of the events with timestamps in [from, to), computed afresh. */
  reportBetween(from: number, to: number): AnalysisReport {
    return analyzeDetailed(this.log.filtered(from, to), this.options).report;
  }

  private current(): AnalysisDetail {
    if (!this.detail) {
      const log = this.log.snapshot();
      this.detail = analyzeDetailed(log, this.options, this.log.basics(log));
    }
    return this.detail;
  }
}
