import type { DuckDBConnection } from '@duckdb/node-api';
import type { StageMap } from '../../core/flow/StageMap.js';
import type { Workspace } from '../EventStore.js';

/**
 * Every workspace with its event count, in creation order. Read once at open: the store then
 * keeps them in memory (one process owns it), so listing workspaces or counting events never
 * scans the events table again.
 */
export async function loadWorkspaces(
  connection: DuckDBConnection,
): Promise<Map<string, Workspace>> {
  const reader = await connection.runAndReadAll(
    `SELECT w.id, w.name, w.calendar, w.timezone, w.stage_map::VARCHAR AS stage_map, w.buffer_target_hours,
            epoch_ms(w.created_at) AS created_ms, coalesce(n.events, 0) AS events
     FROM workspaces w
     LEFT JOIN (SELECT workspace_id, count(*) AS events FROM events GROUP BY workspace_id) n
       ON n.workspace_id = w.id
     ORDER BY w.created_at, w.id`,
  );
  const workspaces = new Map<string, Workspace>();
  for (const row of reader.getRowObjectsJS()) {
    const stageMap = optionalText(row.stage_map);
    const workspace: Workspace = {
      id: text(row.id),
      name: text(row.name),
      calendar: optionalText(row.calendar),
      timezone: text(row.timezone),
      stageMap: stageMap === null ? null : (JSON.parse(stageMap) as StageMap),
      bufferTargetHours: row.buffer_target_hours === null ? null : Number(row.buffer_target_hours),
      createdAt: new Date(Number(row.created_ms)).toISOString(),
      events: Number(row.events),
    };
    workspaces.set(workspace.id, workspace);
  }
  return workspaces;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`expected text in workspaces, got ${value}`);
  return value;
}

function optionalText(value: unknown): string | null {
  return value === null ? null : text(value);
}
