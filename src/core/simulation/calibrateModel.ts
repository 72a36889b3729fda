import type { AnalysisDetail } from '../analysis/analyzeLog.js';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { nextWorkingInstant, workingMs } from '../calendar/workingTime.js';
import { findPools } from './findPools.js';
import { measureExternalDelays } from './measureExternalDelays.js';
import type { ServiceTime, SimulationModel, WorkingWeek } from './SimulationModel.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Share of cases arriving in working hours from which arrivals are taken to keep to them. */
const WORKING_ARRIVALS = 0.95;

/**
 * A simulation model of the stream as the log shows it:
 * - arrivals: the gaps between consecutive cases' first events, resampled (no distribution is
 *   assumed, so bursts and lulls keep their share, but not their order in time);
 * - processing: each stage's measured processing times in working time, resampled;
 * - capacity: the servers the analysis counted per stage, rounded, at least one; the stages of
 *   the constraint's shared pool, if the analysis found one, are served by one set (findPools);
 * - routing: a first-order Markov chain over each case's sequence of stages, from the counts
 *   of its first stage, of stage-to-stage steps (repeats included, so rework is kept) and of
 *   last stages (van der Aalst, *Process Mining*, 2016, §6.2 on transition systems);
 * - external delays: per stage, waits that began while a server was free, resampled before a
 *   case joins the stage's queue (measureExternalDelays);
 * - calendar: the analysis's working week; servers work only inside it.
 *
 * `since` (ms) restricts arrivals, processing times and routing to work from then on: after a
 * constraint shift, the stream as it is now, not a blend of before and after.
 */
export function calibrateModel(
  detail: AnalysisDetail,
  since = Number.NEGATIVE_INFINITY,
): SimulationModel {
  const { instances, log, calendar } = detail;
  const stages = [...detail.stages.names];
  const n = stages.length;
  const samples: number[][] = stages.map(() => []);
  for (let i = 0; i < instances.size; i++) {
    const from = instances.start[i]!;
    const to = instances.complete[i]!;
    if (!(to >= from) || from < since) continue;
    samples[instances.stageOf[i]!]!.push(workingMs(calendar, from, to));
  }
  const service: ServiceTime[] = samples.map((xs) =>
    xs.some((x) => x > 0)
      ? { kind: 'empirical', samplesMs: Float64Array.from(xs) }
      : { kind: 'none' },
  );

  const entry = new Array<number>(n).fill(0);
  const steps = stages.map(() => new Array<number>(n + 1).fill(0));
  for (const sequence of stageSequences(detail, since)) {
    entry[sequence[0]!]!++;
    for (let k = 0; k < sequence.length; k++) {
      const next = k + 1 < sequence.length ? sequence[k + 1]! : n;
      steps[sequence[k]!]![next]!++;
    }
  }
  const routing = steps.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    // A stage no case ever left (none recorded) lets its cases leave the stream.
    return total > 0 ? row.map((x) => x / total) : row.map((_, t) => (t === n ? 1 : 0));
  });
  const entryTotal = entry.reduce((a, b) => a + b, 0);

  const firsts: number[] = [];
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const from = log.caseOffsets[c]!;
    if (log.caseOffsets[c + 1]! > from && log.time[log.order[from]!]! >= since)
      firsts.push(log.time[log.order[from]!]!);
  }
  firsts.sort((a, b) => a - b);
  // Cases that arrive only in working hours keep doing so: their gaps are taken in working
  // time, so that none is simulated arriving at night to wait for the morning.
  const inHours = firsts.filter((t) => nextWorkingInstant(calendar, t) === t).length;
  const working = !calendar.alwaysOpen && inHours >= WORKING_ARRIVALS * firsts.length;
  const gaps = new Float64Array(Math.max(0, firsts.length - 1));
  for (let k = 1; k < firsts.length; k++)
    gaps[k - 1] = working
      ? workingMs(calendar, firsts[k - 1]!, firsts[k]!)
      : firsts[k]! - firsts[k - 1]!;
  if (!gaps.some((g) => g > 0))
    throw new Error('the log needs cases arriving at two different times to calibrate arrivals');

  const servers = stages.map((_, s) => Math.max(1, Math.round(detail.capacity.servers[s]!)));
  const pools = findPools(detail);
  return {
    stages,
    servers,
    pools,
    service,
    externalDelay: measureExternalDelays(detail, servers, pools, since),
    serviceScale: stages.map(() => 1),
    entry: entryTotal > 0 ? entry.map((x) => x / entryTotal) : entry,
    routing,
    arrivals: working
      ? { kind: 'empirical', gapsMs: gaps, working }
      : { kind: 'empirical', gapsMs: gaps },
    gapScale: 1,
    week: workingWeek(calendar),
    release: { kind: 'open' },
  };
}

/**
 * Each case's stages in the order its work started (completion when the start is unknown), for
 * the cases whose first work is at or after `since`.
 */
function stageSequences(detail: AnalysisDetail, since: number): number[][] {
  const { instances } = detail;
  const byCase = new Map<number, number[]>();
  for (let i = 0; i < instances.size; i++) {
    const c = instances.caseOf[i]!;
    const list = byCase.get(c);
    if (list) list.push(i);
    else byCase.set(c, [i]);
  }
  const at = (i: number): number => {
    const s = instances.start[i]!;
    return Number.isNaN(s) ? instances.complete[i]! : s;
  };
  return [...byCase.values()]
    .map((list) =>
      list.sort(
        (a, b) => at(a) - at(b) || instances.complete[a]! - instances.complete[b]! || a - b,
      ),
    )
    .filter((list) => at(list[0]!) >= since || since === Number.NEGATIVE_INFINITY)
    .map((list) => list.map((i) => instances.stageOf[i]!));
}

/**
 * The calendar's weekly hours as blocks from Monday 00:00 local time. Simulated time 0 is a
 * Monday midnight; the zone's offset at the log's start is used throughout, so daylight-saving
 * changes are not modelled (an hour's shift twice a year).
 */
function workingWeek(calendar: WorkingCalendar): WorkingWeek {
  if (calendar.alwaysOpen) return { starts: Float64Array.of(0), ends: Float64Array.of(7 * DAY) };
  const starts: number[] = [];
  const ends: number[] = [];
  calendar.days.forEach((hours, d) => {
    for (const [from, to] of [...hours].sort((a, b) => a[0] - b[0])) {
      const a = d * DAY + from * MINUTE;
      const b = d * DAY + to * MINUTE;
      const last = ends.length - 1;
      if (last >= 0 && a <= ends[last]!) ends[last] = Math.max(ends[last]!, b);
      else if (b > a) {
        starts.push(a);
        ends.push(b);
      }
    }
  });
  if (starts.length === 0) return { starts: Float64Array.of(0), ends: Float64Array.of(7 * DAY) };
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}
