import type { PatternChange } from '../../../../../src/core/changes/PatternChange.js';

/** A pattern change in a few words: "Arrivals up", "QA: people down", "QA: rework up". */
export function patternLabel(change: PatternChange): string {
  const what = {
    demand: 'arrivals',
    capacity: 'people',
    variability: 'spread of work times',
    rework: 'rework',
  }[change.kind];
  const text = `${what} ${change.direction}`;
  return change.stage === undefined
    ? `${text.charAt(0).toUpperCase()}${text.slice(1)}`
    : `${change.stage}: ${text}`;
}
