import type { StageMetrics } from '../flow/StageMetrics.js';
import { formatDuration } from '../format/formatDuration.js';
import { formatPercent } from '../format/formatPercent.js';

interface Loaded {
  metrics: StageMetrics;
  load: number;
  poolLoad: number;
}

interface EvidenceInput {
  kind: 'internal' | 'demand';
  top: Loaded;
  runnerUp: Loaded | undefined;
  stages: StageMetrics[];
  sharedWith: string[];
  confidence: number;
  threshold: number;
}

/** Plain sentences, with numbers, that say why this verdict and not another. */
export function describeEvidence(input: EvidenceInput): string[] {
  const { kind, runnerUp, stages, sharedWith, confidence, threshold } = input;
  const top = input.top.metrics;
  const out: string[] = [];
  const who =
    top.people > 0
      ? `${top.people} ${top.people === 1 ? 'person' : 'people'}`
      : `${top.servers} servers`;
  if (kind === 'internal') {
    out.push(
      `${top.name} is the constraint: its ${who} ${sharedWith.length ? 'are' : 'were'} busy ${formatPercent(input.top.load)} of the available working time, the highest load of any stage.`,
    );
  } else {
    out.push(
      `Demand is the constraint: every stage has spare capacity. The busiest, ${top.name}, was busy ${formatPercent(input.top.load)} of the time, below the ${formatPercent(threshold)} at which queues start to grow fast, so throughput is set by incoming work, not by any stage.`,
    );
  }
  if (sharedWith.length > 0) {
    out.push(
      `Its people also work on ${sharedWith.join(', ')}: across those stages they are busy ${formatPercent(input.top.poolLoad)}, while ${top.name} on its own looks only ${formatPercent(top.utilization)} busy. The pool of people is the constraint.`,
    );
  }
  out.push(...describeWaiting(top, stages, sharedWith));
  if (Math.abs(top.queueTrendPerWeek) >= 0.5) {
    out.push(
      `Its queue ${top.queueTrendPerWeek > 0 ? 'grew' : 'shrank'} by ${Math.abs(top.queueTrendPerWeek).toFixed(1)} items per week on average (${top.queueMean.toFixed(1)} waiting on average).`,
    );
  }
  if (runnerUp) {
    const gap = (input.top.load - runnerUp.load) * 100;
    out.push(
      `Runner-up: ${runnerUp.metrics.name}, busy ${formatPercent(runnerUp.load)}, ${Math.abs(gap).toFixed(0)} points ${gap >= 0 ? 'below' : 'above'} ${top.name}${kind === 'internal' ? `; it is the next constraint if ${top.name} is elevated` : ''}.`,
    );
  }
  out.push(
    `Confidence ${formatPercent(confidence)}: the share of ${kind === 'internal' ? `resamples of the log's weeks in which ${top.name} stays the constraint` : "resamples of the log's weeks in which every stage stays below the threshold"}.`,
  );
  if (top.reworkRate >= 0.1) {
    out.push(
      `${formatPercent(top.reworkRate)} of its items are rework (repeat visits), which eats its capacity.`,
    );
  }
  if (top.expediteRate >= 0.15) {
    out.push(
      `Its work is often taken out of turn: of the items that queued together, ${formatPercent(top.expediteRate)} of pairs were served out of turn. Expediting like this hides how overloaded it is.`,
    );
  }
  if (top.overtimeShare >= 0.1) {
    out.push(
      `${formatPercent(top.overtimeShare)} of its work was finished outside working hours: overtime masks its load.`,
    );
  }
  const person = top.topPeople[0];
  if (person && top.concentration >= 0.5 && top.people >= 3) {
    out.push(
      `${formatPercent(top.concentration)} of its items are done by its busiest fifth of people; ${person.name} alone does ${formatPercent(person.share)} and is busy ${formatPercent(person.load)} across all stages.`,
    );
  }
  if (top.estimatedShare >= 0.5) {
    out.push(
      `Start times of ${formatPercent(top.estimatedShare)} of its items were estimated (the log records completions only), assuming each person works one item at a time.`,
    );
  }
  return out;
}

function describeWaiting(
  top: StageMetrics,
  stages: StageMetrics[],
  sharedWith: string[],
): string[] {
  const mostWaited = [...stages].sort((a, b) => b.waitingShare - a.waitingShare)[0];
  if (!mostWaited || mostWaited.waitingShare <= 0) return [];
  if (mostWaited === top || sharedWith.includes(mostWaited.name)) {
    return [
      `Work waits longest in front of it: median wait ${formatDuration(top.wait.median)}, ${formatPercent(top.waitingShare)} of all case lead time.`,
    ];
  }
  const why =
    mostWaited.largestBatch >= 5
      ? ` — it handles work in batches of up to ${mostWaited.largestBatch} items at once, so that wait comes from batching, not from a lack of capacity`
      : mostWaited.utilization < top.utilization
        ? ` — yet it is busy only ${formatPercent(mostWaited.utilization)}, so that wait comes from policy or hand-offs rather than capacity`
        : '';
  return [
    `The longest waits are in front of ${mostWaited.name} (${formatPercent(mostWaited.waitingShare)} of lead time)${why}; ${top.name} accounts for ${formatPercent(top.waitingShare)}.`,
  ];
}
