import { ErrorBody } from './ErrorBody.js';

const descriptions = {
  400: 'Invalid request; the message names the field',
  401: 'No token, or a wrong one',
  403: 'Foreign Host header (DNS-rebinding protection)',
  404: 'No such workspace',
  409: 'Conflict',
  410: 'Gone: the audit is closed',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
} as const;

type ErrorStatus = keyof typeof descriptions;

/** The OpenAPI `responses` entries of the given error statuses, all with the {@link ErrorBody} shape. */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<
  S,
  { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
> {
  const out = {} as Record<
    S,
    { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
  >;
  for (const s of statuses) {
    out[s] = {
      description: descriptions[s],
      content: { 'application/json': { schema: ErrorBody } },
    };
  }
  return out;
}
