/**
 * Dev-only stand-ins for the server's /live, /flow and /stages answers, computed roughly from a
 * real event log so the dashboard can be seen with realistic shapes before `drumbeat serve`
 * exists. Not the method: the server computes these properly (src/core).
 */
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import type { EventLog } from '../../src/core/model/EventLog.js';
import type { FlowCharts } from '../../src/core/views/FlowCharts.js';
import type { LiveOutput } from '../../src/core/views/LiveOutput.js';
import type { Histogram, StageDetail } from '../../src/core/views/StageDetail.js';

const hour = 3_600_000;
const day = 24 * hour;

interface Visit {
  caseName: string;
  stage: string;
  resource: string | null;
  ready: number;
  complete: number;
}

export interface MockLog {
  firstAt: number;
  lastAt: number;
  cases: Array<{ name: string; first: number; last: number; visits: Visit[] }>;
}

/** Flattens the columnar log into cases of visits (complete-only: ready = previous event). */
export function toMockLog(log: EventLog): MockLog {
  const cases: MockLog['cases'] = [];
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = 0;
  for (let c = 0; c + 1 < log.caseOffsets.length; c += 1) {
    const visits: Visit[] = [];
    let previous: number | null = null;
    for (let k = log.caseOffsets[c]!; k < log.caseOffsets[c + 1]!; k += 1) {
      const event = log.order[k]!;
      const time = log.time[event]!;
      const resource = log.resourceOf[event]!;
      visits.push({
        caseName: log.caseNames[c]!,
        stage: log.activityNames[log.activityOf[event]!]!,
        resource: resource < 0 ? null : log.resourceNames[resource]!,
        ready: previous ?? time,
        complete: time,
      });
      previous = time;
    }
    if (visits.length === 0) continue;
    const first = visits[0]!.ready;
    const last = visits[visits.length - 1]!.complete;
    firstAt = Math.min(firstAt, first);
    lastAt = Math.max(lastAt, last);
    cases.push({ name: log.caseNames[c]!, first, last, visits });
  }
  return { firstAt, lastAt, cases };
}

export function mockFlow(mock: MockLog, report: AnalysisReport): FlowCharts {
  const start = Math.floor(mock.firstAt / day) * day;
  const spanDays = Math.ceil((mock.lastAt - start) / day) + 1;
  const step = Math.ceil(spanDays / 400) * day;
  const days: number[] = [];
  for (let t = start; t <= mock.lastAt; t += step) days.push(t);
  const stages = [...report.stages].sort((a, b) => a.flowPosition - b.flowPosition);
  const entered = new Map(stages.map((s) => [s.name, new Array<number>(days.length).fill(0)]));
  const done = new Array<number>(days.length).fill(0);
  const dayIndex = (t: number) => Math.min(days.length - 1, Math.floor((t - start) / step));
  for (const c of mock.cases) {
    const seen = new Set<string>();
    for (const visit of c.visits) {
      if (seen.has(visit.stage)) continue;
      seen.add(visit.stage);
      const counts = entered.get(visit.stage);
      if (counts) counts[dayIndex(visit.complete)]! += 1;
    }
    done[dayIndex(c.last)]! += 1;
  }
  const cumulate = (values: number[]) => {
    let sum = 0;
    return values.map((v) => {
      sum += v;
      return sum;
    });
  };
  const weekStarts = report.weeks.map((w) => Date.parse(w));
  const weekOf = (t: number) => {
    let index = 0;
    while (index + 1 < weekStarts.length && weekStarts[index + 1]! <= t) index += 1;
    return index;
  };
  const casesDone = new Array<number>(weekStarts.length).fill(0);
  const constraintDone = new Array<number>(weekStarts.length).fill(0);
  for (const c of mock.cases) {
    casesDone[weekOf(c.last)]! += 1;
    for (const v of c.visits)
      if (v.stage === report.constraint.stage) constraintDone[weekOf(v.complete)]! += 1;
  }
  const finished = [...mock.cases].sort((a, b) => a.last - b.last).slice(-3000);
  // A replayed log has no open cases; pretend "now" is two weeks before its end to show some.
  const cut = mock.lastAt - 14 * day;
  const open = mock.cases
    .filter((c) => c.first <= cut && c.last > cut)
    .map((c) => {
      const current = [...c.visits].reverse().find((v) => v.complete <= cut) ?? c.visits[0]!;
      return { case: c.name, stage: current.stage, ageSeconds: (cut - c.first) / 1000 };
    });
  const lead = report.log.leadTime;
  return {
    days: days.map((t) => new Date(t).toISOString()),
    cumulativeFlow: {
      stages: stages.map((s) => ({ stage: s.name, entered: cumulate(entered.get(s.name)!) })),
      done: cumulate(done),
    },
    throughput: {
      weeks: report.weeks,
      casesDone,
      constraintDone,
      constraint: report.constraint.stage,
    },
    cycleTime: {
      points: finished.map((c) => ({
        case: c.name,
        doneAt: new Date(c.last).toISOString(),
        seconds: (c.last - c.first) / 1000,
      })),
      p50: lead.medianSeconds,
      p85: lead.p85Seconds,
      p95: lead.p95Seconds,
    },
    aging: { items: open, p50: lead.medianSeconds, p85: lead.p85Seconds, p95: lead.p95Seconds },
  };
}

/** Completions added by the mock's fake live feed, on top of the log. */
export interface ExtraCompletion {
  at: number;
  count: number;
}

export function mockLive(
  mock: MockLog,
  report: AnalysisReport,
  extra: ExtraCompletion[],
): LiveOutput {
  const stage = report.stages.find((s) => s.name === report.constraint.stage)!;
  const times = mock.cases
    .flatMap((c) => c.visits.filter((v) => v.stage === stage.name).map((v) => v.complete))
    .concat(extra.flatMap((e) => new Array<number>(e.count).fill(e.at)));
  const now = Math.max(mock.lastAt, ...extra.map((e) => e.at));
  const dayStart = Math.floor(now / day) * day;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
  const weekStart = dayStart - weekday * day;
  const workHours = (from: number) => {
    // Mon–Sat 07:00–17:00 UTC, as the helpdesk calendar was inferred.
    let hours = 0;
    for (let t = from; t < now; t += hour) {
      const d = new Date(t);
      if (d.getUTCDay() !== 0 && d.getUTCHours() >= 7 && d.getUTCHours() < 17) hours += 1;
    }
    return hours;
  };
  const period = (from: number) => {
    const completed = times.filter((t) => t >= from && t <= now).length;
    const available = workHours(from) * stage.servers;
    const busy = completed * ((stage.processing.medianSeconds ?? 1800) / 3600);
    return {
      from: new Date(from).toISOString(),
      completed,
      busyHours: busy,
      availableHours: available,
      utilization: available > 0 ? Math.min(1, busy / available) : null,
      typicalCompleted: (stage.throughputPerWeek * workHours(from)) / 60,
    };
  };
  const lastHour = Math.floor(now / hour) * hour;
  const recentHours: Array<[string, number]> = [];
  for (let t = lastHour - 47 * hour; t <= lastHour; t += hour) {
    recentHours.push([
      new Date(t).toISOString(),
      times.filter((x) => x >= t && x < t + hour).length,
    ]);
  }
  return {
    stage: stage.name,
    kind: report.constraint.kind,
    now: new Date(now).toISOString(),
    servers: stage.servers,
    today: period(dayStart),
    week: period(weekStart),
    recentHours,
  };
}

export function mockStage(mock: MockLog, report: AnalysisReport, name: string): StageDetail | null {
  if (!report.stages.some((s) => s.name === name)) return null;
  const visits = mock.cases.flatMap((c) => c.visits).filter((v) => v.stage === name);
  visits.sort((a, b) => b.complete - a.complete);
  // Complete-only log: a person is assumed to start an item when both it and they are free.
  const freeAt = new Map<string, number>();
  const timed = [...visits].reverse().map((v) => {
    const free = v.resource === null ? v.ready : (freeAt.get(v.resource) ?? v.ready);
    const start = Math.min(v.complete, Math.max(v.ready, free));
    if (v.resource !== null) freeAt.set(v.resource, v.complete);
    return { visit: v, start };
  });
  timed.reverse();
  const edges = [0, 60, 600, 3600, 4 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400, 90 * 86400];
  const histogram = (values: number[]): Histogram => ({
    edges,
    counts: edges
      .slice(0, -1)
      .map((low, i) => values.filter((v) => v >= low && v < edges[i + 1]!).length),
  });
  const people = new Map<string, { items: number; busy: number }>();
  for (const { visit, start } of timed) {
    if (visit.resource === null) continue;
    const person = people.get(visit.resource) ?? { items: 0, busy: 0 };
    person.items += 1;
    person.busy += (visit.complete - start) / hour;
    people.set(visit.resource, person);
  }
  const stage = report.stages.find((s) => s.name === name)!;
  const spanHours = ((mock.lastAt - mock.firstAt) / day) * (6 / 7) * 10;
  return {
    stage: name,
    items: timed.slice(0, 200).map(({ visit, start }) => ({
      case: visit.caseName,
      resource: visit.resource,
      ready: new Date(visit.ready).toISOString(),
      start: new Date(start).toISOString(),
      complete: new Date(visit.complete).toISOString(),
      waitSeconds: (start - visit.ready) / 1000,
      processingSeconds: (visit.complete - start) / 1000,
      estimated: true,
    })),
    wait: histogram(timed.map(({ visit, start }) => (start - visit.ready) / 1000)),
    processing: histogram(timed.map(({ visit, start }) => (visit.complete - start) / 1000)),
    people: [...people.entries()]
      .map(([person, data]) => ({
        name: person,
        items: data.items,
        share: data.items / Math.max(1, visits.length),
        busyHours: data.busy,
        load:
          stage.topPeople.find((p) => p.name === person)?.load ??
          Math.min(1, data.busy / Math.max(1, spanHours)),
      }))
      .sort((a, b) => b.items - a.items),
  };
}
