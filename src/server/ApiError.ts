/** The statuses the API answers errors with (docs/api.md, "Errors"). */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 500 | 503;

/**
 * A failure worded for the API client. Services throw it; the app's error handler turns it into
 * `{"error": message, "details"?: [...]}` with its status, so handlers stay free of error plumbing.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
