import { ApiError } from './ApiError';

/** A sentence for the error banner, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.details
      .map((detail) => (typeof detail === 'string' ? detail : JSON.stringify(detail)))
      .join('; ');
    return `${error.message} (HTTP ${error.status})${details === '' ? '' : `: ${details}`}`;
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the server cannot be reached at all.
    return `Cannot reach the Drumbeat server: ${error.message}. Is \`drumbeat serve\` still running?`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
