import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../support/sharedData.js';
import type { Session } from './startSession.js';

/**
 * Creates a workspace named `name` and imports the ground-truth log `log` (e.g. "gt-1002")
 * into it through the API, as a user's upload does; resolves to the workspace's id.
 */
export async function createWorkspaceWithLog(
  session: Session,
  name: string,
  log: string,
): Promise<string> {
  const created = await session.api('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const id = ((await created.json()) as { id: string }).id;
  const imported = await session.api(`/api/workspaces/${id}/import?filename=${log}.csv.gz`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: readFileSync(sharedPath('ground-truth', `${log}.csv.gz`)),
  });
  assert.equal(imported.status, 200, await imported.clone().text());
  return id;
}
