import type { IncentiveCheck } from '../../../src/core/strategy/checkIncentives.js';
import type { TeamContribution } from '../../../src/core/strategy/measureTeamContribution.js';
import type { ConstraintRegister } from '../../../src/core/strategy/resolveRegister.js';
import type { Review } from '../../../src/core/strategy/review/ReviewSection.js';
import type { StrategyView } from '../../../src/core/strategy/review/StrategyView.js';
import type {
  CheckIn,
  Decision,
  Initiative,
  KeyResult,
  Objective,
  RegisterEntry,
  TeamMetric,
} from '../../../src/core/strategy/Strategy.js';
import { apiFetch } from './apiFetch';
import { authToken } from './authToken';
import { readApiError } from './readApiError';

const base = (id: string): string => `/api/workspaces/${encodeURIComponent(id)}/strategy`;

const send = <T>(method: string, path: string, body: unknown) =>
  apiFetch<T>(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

type Input<T> = Omit<T, 'id'>;

/** The strategy routes of docs/api.md ("Strategy"), typed with the server's own types. */
export const strategyApi = {
  view: (id: string, signal?: AbortSignal) =>
    apiFetch<StrategyView>(base(id), signal ? { signal } : {}),

  saveStatement: (id: string, body: { text: string; by: string }) =>
    send<unknown>('PUT', `${base(id)}/statement`, body),

  addRegisterEntry: (id: string, body: Omit<RegisterEntry, 'id' | 'at'>) =>
    send<ConstraintRegister>('POST', `${base(id)}/register`, body),

  addInitiative: (id: string, body: Input<Initiative>) =>
    send<Initiative>('POST', `${base(id)}/initiatives`, body),

  updateInitiative: (id: string, initiative: Initiative) => {
    const { id: itemId, ...body } = initiative;
    return send<Initiative>('PUT', `${base(id)}/initiatives/${encodeURIComponent(itemId)}`, body);
  },

  /** Replaces one record of a collection with its edited version (PUT; the id stays). */
  update: <T extends { id: string }>(
    id: string,
    collection: 'initiatives' | 'objectives' | 'key-results' | 'team-metrics',
    item: T,
  ) => {
    const { id: itemId, ...body } = item;
    return send<T>('PUT', `${base(id)}/${collection}/${encodeURIComponent(itemId)}`, body);
  },

  /** Deletes one record of a collection (an objective only once it has no children or key results). */
  remove: (
    id: string,
    collection: 'initiatives' | 'objectives' | 'key-results' | 'team-metrics',
    itemId: string,
  ) =>
    apiFetch<void>(`${base(id)}/${collection}/${encodeURIComponent(itemId)}`, {
      method: 'DELETE',
    }),

  addObjective: (id: string, body: Input<Objective>) =>
    send<Objective>('POST', `${base(id)}/objectives`, body),

  addKeyResult: (id: string, body: Input<KeyResult>) =>
    send<KeyResult>('POST', `${base(id)}/key-results`, body),

  addCheckIn: (id: string, keyResultId: string, body: Omit<CheckIn, 'id' | 'at' | 'keyResultId'>) =>
    send<CheckIn>(
      'POST',
      `${base(id)}/key-results/${encodeURIComponent(keyResultId)}/check-ins`,
      body,
    ),

  addTeamMetric: (id: string, body: Input<TeamMetric>) =>
    send<TeamMetric>('POST', `${base(id)}/team-metrics`, body),

  addDecision: (id: string, body: Omit<Decision, 'id' | 'at'>) =>
    send<Decision>('POST', `${base(id)}/decisions`, body),

  incentives: (id: string, signal?: AbortSignal) =>
    apiFetch<{ checks: IncentiveCheck[]; contributions: TeamContribution[] }>(
      `${base(id)}/incentives`,
      signal ? { signal } : {},
    ),

  review: (id: string, signal?: AbortSignal) =>
    apiFetch<Review>(`${base(id)}/review`, signal ? { signal } : {}),

  /** Fetches the export with the token and hands it to the browser as a download. */
  async downloadReview(id: string, format: 'html' | 'pdf'): Promise<void> {
    const token = authToken.get();
    const response = await fetch(`${base(id)}/review/export?format=${format}`, {
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw readApiError(response.status, response.statusText, await response.text());
    }
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ??
      `strategy-review.${format}`;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
