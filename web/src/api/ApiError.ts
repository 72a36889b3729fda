/** A non-2xx answer of the Drumbeat API, carrying its `{"error", "details"?}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly unknown[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
