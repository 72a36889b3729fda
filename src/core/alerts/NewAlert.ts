import type { AlertKind } from './AlertRule.js';

/** An alert the rules have just raised, before the server gives it an id and stores it. */
export interface NewAlert {
  rule: AlertKind;
  /** When it was raised (ISO 8601, UTC). */
  at: string;
  stage: string;
  /** Plain words with the figures, fit for a chat message. */
  message: string;
  details: Record<string, string | number | boolean | null>;
}
