import { seededRandom } from '../../../src/core/stats/seededRandom.js';

/** A posted event, as docs/api.md shows it. */
export interface PostedEvent {
  id?: string;
  case: string;
  activity: string;
  timestamp: string;
  lifecycle?: string;
  resource?: string;
}

const STAGES = ['Intake', 'Review', 'Build', 'Test', 'Release'];

/**
 * A small value stream with a slow "Build" stage and shared people, from a seed: `cases` cases
 * through five stages on working days, each stage a start and a complete event.
 */
export function sampleEvents(cases: number, seed = 7): PostedEvent[] {
  const random = seededRandom(seed);
  const events: PostedEvent[] = [];
  const people = ['ann', 'bob', 'cy', 'dee', 'eve'];
  for (let c = 0; c < cases; c++) {
    let t = Date.UTC(2025, 2, 3, 9) + c * 3 * 3_600_000;
    for (const [s, stage] of STAGES.entries()) {
      t += Math.round(random() * 4 * 3_600_000);
      const work = (stage === 'Build' ? 6 : 1) * 3_600_000 * (0.5 + random());
      const resource = people[(c + s) % people.length]!;
      const base = { case: `C${c}`, activity: stage, resource };
      events.push({ ...base, id: `C${c}-${s}-s`, timestamp: iso(t), lifecycle: 'start' });
      t += Math.round(work);
      events.push({ ...base, id: `C${c}-${s}-c`, timestamp: iso(t), lifecycle: 'complete' });
    }
  }
  return events;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
