import { authToken } from './authToken';
import { readApiError } from './readApiError';

/**
 * GET/POST/… an API path with the bearer token, answering the parsed JSON body. The body is
 * typed by the caller from the shared core types: the server builds it from the same types.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = authToken.get();
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept', 'application/json');
  const response = await fetch(path, { ...init, headers });
  const text = await response.text();
  if (!response.ok) throw readApiError(response.status, response.statusText, text);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}
