/**
 * XES standard lifecycle transitions (IEEE 1849-2016, "lifecycle" extension), reduced to what
 * flow analysis needs: does an event open an activity instance, close it, or only annotate it.
 */
export type LifecycleRole = 'start' | 'complete' | 'schedule' | 'abort' | 'other';

const ROLES: Record<string, LifecycleRole> = {
  start: 'start',
  resume: 'other',
  suspend: 'other',
  complete: 'complete',
  autoskip: 'complete',
  manualskip: 'complete',
  schedule: 'schedule',
  assign: 'schedule',
  reassign: 'schedule',
  withdraw: 'abort',
  ate_abort: 'abort',
  pi_abort: 'abort',
};

/** Classifies a lifecycle value; a missing or empty one means the event records a completion. */
export function lifecycleRole(transition: string | undefined): LifecycleRole {
  if (transition === undefined || transition === '') return 'complete';
  return ROLES[transition.trim().toLowerCase()] ?? 'other';
}
