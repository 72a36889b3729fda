import { ApiError } from './ApiError';
import { authFailures } from './authFailures';

/** Turns a failed response (fetch or XHR body text) into an ApiError; a 401 flips the app to the sign-in notice. */
export function readApiError(status: number, statusText: string, body: string): ApiError {
  if (status === 401) authFailures.report();
  let message = statusText === '' ? `Request failed` : statusText;
  let details: unknown[] = [];
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      if ('error' in parsed && typeof parsed.error === 'string') message = parsed.error;
      if ('details' in parsed && Array.isArray(parsed.details)) details = parsed.details;
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): show its start so the problem is still visible.
    if (body.trim() !== '') message = `${message}: ${body.trim().slice(0, 200)}`;
  }
  return new ApiError(status, message, details);
}
