import type { SurveyAnswers } from '../../../src/core/alignment/SurveyAnswers.js';
import { ApiError } from './ApiError';

/** What a survey link shows its respondent. */
export interface Survey {
  title: string;
  anonymous: boolean;
  respondent: { name: string | null; team: string; level: string };
  questions: { key: keyof SurveyAnswers; text: string }[];
  submitted: boolean;
}

/**
 * The survey link's two calls. No dashboard token is sent or needed: the link's own secret is
 * in the path, and a 401 can never happen here, so none of the token handling applies.
 */
async function surveyFetch<T>(token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/survey-api/${encodeURIComponent(token)}`, {
    ...init,
    headers: { Accept: 'application/json', ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
        ? body.error
        : response.statusText || 'Request failed';
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export const surveyApi = {
  read: (token: string, signal?: AbortSignal) =>
    surveyFetch<Survey>(token, signal ? { signal } : {}),
  submit: (token: string, answers: SurveyAnswers) =>
    surveyFetch<{ submitted: true }>(token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(answers),
    }),
};
