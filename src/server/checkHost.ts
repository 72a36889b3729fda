import type { MiddlewareHandler } from 'hono';
import { ApiError } from './ApiError.js';

/**
 * Refuses requests whose Host header is not one the server listens as (DNS-rebinding
 * protection). `allowed` is read per request because the port is known only once listening.
 */
export function checkHost(allowed: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !allowed().has(host)) {
      throw new ApiError(
        403,
        `Host "${host ?? ''}" is not allowed: use http://127.0.0.1 or http://localhost with the server's port`,
      );
    }
    return next();
  };
}
