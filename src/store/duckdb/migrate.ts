import type { DuckDBConnection } from '@duckdb/node-api';
import { migrations } from './migrations.js';

/**
 * Brings the store's schema up to date, one transaction per step so a crash between steps
 * leaves a consistent version behind. Refuses a store written by a newer Drumbeat, whose
 * schema this version does not know and could damage.
 */
export async function migrate(connection: DuckDBConnection, file: string): Promise<void> {
  await connection.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const reader = await connection.runAndReadAll(
    'SELECT coalesce(max(version), 0)::INTEGER FROM schema_version',
  );
  const current = Number(reader.getRowsJS()[0]?.[0] ?? 0);
  if (current > migrations.length) {
    throw new Error(
      `${file} has schema version ${current}, newer than this Drumbeat knows (${migrations.length}); upgrade Drumbeat to open it`,
    );
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run(migrations[version - 1]!);
      await connection.run('INSERT INTO schema_version VALUES ($1)', [version]);
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }
}
