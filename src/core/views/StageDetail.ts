/** A histogram over seconds: `edges` has one more entry than `counts`. */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/** Drill-down of one stage: its items, how their time splits, and its people. */
export interface StageDetail {
  stage: string;
  /** The most recent items (at most 200), newest first. Times ISO; seconds null when unknown. */
  items: Array<{
    case: string;
    resource: string | null;
    ready: string | null;
    start: string | null;
    complete: string | null;
    waitSeconds: number | null;
    processingSeconds: number | null;
    estimated: boolean;
  }>;
  wait: Histogram;
  processing: Histogram;
  people: Array<{
    name: string;
    items: number;
    share: number;
    busyHours: number;
    load: number | null;
  }>;
}
