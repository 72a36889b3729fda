import { randomBytes } from 'node:crypto';

/** A survey link's secret: 32 random bytes (256 bits) as 43 base64url characters, unguessable. */
export function newSurveyToken(): string {
  return randomBytes(32).toString('base64url');
}
