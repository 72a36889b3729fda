/** How hard delivery tries; the defaults are docs/api.md's (1 s, 2 s, 4 s, …, 5 attempts). */
export interface DeliveryPolicy {
  maxAttempts: number;
  /** Wait before the second attempt; each further wait doubles. */
  baseDelayMs: number;
  /** A receiver that has not answered by then counts as a network error. */
  timeoutMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  timeoutMs: 10_000,
};
