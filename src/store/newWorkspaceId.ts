import { randomBytes } from 'node:crypto';

/**
 * A short random id that can sit in a URL as it is: 9 random bytes give 12 base64url
 * characters (72 bits), so ids never need escaping and collisions are negligible.
 */
export function newWorkspaceId(): string {
  return randomBytes(9).toString('base64url');
}
