import type { Scenario } from '../../../../../src/core/simulation/Scenario.js';
import type { WhatIfResult } from '../../../../../src/core/simulation/WhatIfResult.js';
import { apiFetch } from '../../../api/apiFetch';

/** A what-if job as GET …/whatif/{job} answers it (docs/api.md, "What-if"). */
export interface WhatIfJob {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  replications: number;
  /** Null until the first batch is in. Figures that could not be computed arrive as null. */
  result: WhatIfResult | null;
  error: string | null;
  firstAnswerSeconds: number | null;
  elapsedSeconds: number;
}

const path = (id: string): string => `/api/workspaces/${encodeURIComponent(id)}/whatif`;

/** The what-if routes; kept beside the panel that is their only user. */
export const whatifApi = {
  start: (workspaceId: string, scenario: Scenario & { replications?: number }) =>
    apiFetch<WhatIfJob>(path(workspaceId), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(scenario),
    }),

  poll: (workspaceId: string, jobId: string, signal?: AbortSignal) =>
    apiFetch<WhatIfJob>(
      `${path(workspaceId)}/${encodeURIComponent(jobId)}`,
      signal ? { signal } : {},
    ),
};
