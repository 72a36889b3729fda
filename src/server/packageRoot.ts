import { resolve } from 'node:path';

/**
 * The Drumbeat folder (holding package.json, dist/web and examples), found from this file:
 * src/server when run from source, dist/server when compiled — two levels down either way —
 * so that the dashboard and the demo log are found whatever the working directory.
 */
export const packageRoot = resolve(import.meta.dirname, '../..');
