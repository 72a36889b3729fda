import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './ApiError.js';

/** Paths anyone may read: the API description and the liveness probe. */
const OPEN = new Set(['/api/openapi.json', '/api/health']);

/**
 * Bearer-token check for `/api/*`. The live stream also takes `?token=`, since a browser's
 * `EventSource` cannot send headers. Tokens are compared as SHA-256 digests in constant time,
 * so neither the length nor a prefix of the token leaks through timing.
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    if (OPEN.has(c.req.path)) return next();
    const header = c.req.header('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    const given = bearer ?? (c.req.path.endsWith('/stream') ? c.req.query('token') : undefined);
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="drumbeat"');
      throw new ApiError(
        401,
        given === undefined
          ? 'missing token: send "Authorization: Bearer <token>" (the token is in the start-up URL)'
          : 'wrong token',
      );
    }
    return next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
