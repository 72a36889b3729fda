import type { AnalysisReport } from '../../../src/core/analysis/AnalysisReport.js';
import type { ForecastAnswer } from '../../../src/core/forecast/ForecastAnswer.js';
import type { FlowCharts } from '../../../src/core/views/FlowCharts.js';
import type { LiveOutput } from '../../../src/core/views/LiveOutput.js';
import type { StageDetail } from '../../../src/core/views/StageDetail.js';
import type { Workspace, WorkspaceSettings } from '../../../src/store/EventStore.js';
import type { Alert, AlertSettings } from './Alerts';
import { apiFetch } from './apiFetch';

const workspacePath = (id: string): string => `/api/workspaces/${encodeURIComponent(id)}`;

/** The HTTP contract of docs/api.md, typed with the server's own types. */
export const api = {
  listWorkspaces: (signal?: AbortSignal) =>
    apiFetch<Workspace[]>('/api/workspaces', signal ? { signal } : {}),

  getWorkspace: (id: string, signal?: AbortSignal) =>
    apiFetch<Workspace>(workspacePath(id), signal ? { signal } : {}),

  createWorkspace: (settings: Partial<WorkspaceSettings> & { name: string }) =>
    apiFetch<{ id: string }>('/api/workspaces', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }),

  /** Changes a workspace's settings; a new calendar, zone, stage map or buffer target re-analyses. */
  updateWorkspace: (id: string, patch: Partial<WorkspaceSettings>) =>
    apiFetch<Workspace>(workspacePath(id), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(patch),
    }),

  getAnalysis: (id: string, signal?: AbortSignal) =>
    apiFetch<AnalysisReport>(`${workspacePath(id)}/analysis`, signal ? { signal } : {}),

  getLive: (id: string, signal?: AbortSignal) =>
    apiFetch<LiveOutput>(`${workspacePath(id)}/live`, signal ? { signal } : {}),

  getFlow: (id: string, signal?: AbortSignal) =>
    apiFetch<FlowCharts>(`${workspacePath(id)}/flow`, signal ? { signal } : {}),

  getStage: (id: string, stage: string, signal?: AbortSignal) =>
    apiFetch<StageDetail>(
      `${workspacePath(id)}/stages/${encodeURIComponent(stage)}`,
      signal ? { signal } : {},
    ),

  /** Monte Carlo forecast (docs/api.md, "Forecast"): `items`, and `days` or `date` (YYYY-MM-DD). */
  getForecast: (
    id: string,
    question: { items?: number; days?: number; date?: string; history?: number },
    signal?: AbortSignal,
  ) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(question)) {
      if (value !== undefined) query.set(key, String(value));
    }
    return apiFetch<ForecastAnswer>(
      `${workspacePath(id)}/forecast?${query.toString()}`,
      signal ? { signal } : {},
    );
  },

  /** Newest first. 404 while the server has no alerts yet (see docs/api.md, "Alerts"). */
  getAlerts: (id: string, signal?: AbortSignal) =>
    apiFetch<Alert[]>(`${workspacePath(id)}/alerts`, signal ? { signal } : {}),

  getAlertSettings: (id: string, signal?: AbortSignal) =>
    apiFetch<AlertSettings>(`${workspacePath(id)}/alert-settings`, signal ? { signal } : {}),

  putAlertSettings: (id: string, settings: AlertSettings) =>
    apiFetch<AlertSettings>(`${workspacePath(id)}/alert-settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }),

  importPath: (id: string, filename: string) =>
    `${workspacePath(id)}/import?filename=${encodeURIComponent(filename)}`,

  streamUrl: (id: string, token: string) =>
    `${workspacePath(id)}/stream?token=${encodeURIComponent(token)}`,
};
