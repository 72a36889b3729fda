/** An event as the ingest API takes it. */
export interface ApiEvent {
  id: string;
  case: string;
  activity: string;
  timestamp: string;
  lifecycle: 'complete';
  resource: string;
}

const STAGES = ['Triage', 'Build', 'Review', 'Test', 'Release'];
const T0 = Date.parse('2025-01-06T08:00:00Z');

/**
 * Events of cases flowing through five stages, in time order, with unique ids: event k is
 * stage k % 5 of case floor(k / 5). Review is the slowest stage, so there is a constraint to
 * find. Deterministic, so runs are comparable.
 */
export function syntheticEvents(from: number, count: number): ApiEvent[] {
  const out: ApiEvent[] = [];
  for (let k = from; k < from + count; k++) {
    const c = Math.floor(k / 5);
    const s = k % 5;
    const t = T0 + c * 60_000 + s * 1_800_000 + (s >= 2 ? 1_800_000 : 0);
    out.push({
      id: `e${k}`,
      case: `C${c}`,
      activity: STAGES[s]!,
      timestamp: new Date(t).toISOString(),
      lifecycle: 'complete',
      resource: `${STAGES[s]!.toLowerCase()}-${(c % 4) + 1}`,
    });
  }
  return out;
}
