import type { AlertState } from './AlertState.js';

/** The state before any evaluation: nothing active, no constraint known yet. */
export function emptyAlertState(): AlertState {
  return { conditions: {}, constraint: null };
}
