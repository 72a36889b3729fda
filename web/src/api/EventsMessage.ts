/** SSE `event: events`, sent right after a batch is acknowledged (docs/api.md, "Live updates"). */
export interface EventsMessage {
  accepted: number;
  /** Events now stored in the workspace. */
  total: number;
  /** When the server acknowledged the batch (ISO). */
  at: string;
  /** The latest event timestamp of the batch (ISO). */
  lastEventAt: string | null;
  /** Completed items per stage in the batch. */
  completions: Record<string, number>;
}
