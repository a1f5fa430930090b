/**
 * Applies the migrations of `packages/db/drizzle` with drizzle's migrator for the handle's
 * driver. The same migrations serve PostgreSQL and PGlite.
 */
import { fileURLToPath } from 'node:url';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { DatabaseHandle } from './client.ts';
import { openExtraConnection } from './drivers/postgres.ts';
import { MigrationError } from './errors.ts';
import type { Relations } from './relations.ts';
import { primaryOf } from './replicas.ts';

/** The migrations folder, found from this file so that the working directory does not matter. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Key of the advisory lock that keeps two processes from migrating one database at once. */
const MIGRATION_LOCK = 0x766e6f64;

/**
 * Brings the database up to the newest migration; migrations already applied are skipped.
 * On PostgreSQL, processes migrating the same database at once take turns; migrations run on
 * the primary, and reach the replicas by replication.
 */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  const config: MigrationConfig = { migrationsFolder: MIGRATIONS_FOLDER };

  try {
    if (handle.kind === 'pglite') {
      // createDatabase built this `db` with drizzle-orm/pglite.
      await migratePglite(handle.db as PgliteDatabase<Relations>, config);
      return;
    }
    await withMigrationLock(handle, () =>
      // createDatabase built this `db` with drizzle-orm/postgres-js.
      migratePostgres(primaryOf(handle.db) as PostgresJsDatabase<Relations>, config),
    );
  } catch (error) {
    throw new MigrationError(MIGRATIONS_FOLDER, { cause: error });
  }
}

/**
 * Runs `work` holding a session-level advisory lock, taken on a connection of its own so
 * that the migrator keeps the whole pool.
 */
async function withMigrationLock(handle: DatabaseHandle, work: () => Promise<unknown>) {
  const connection = openExtraConnection(handle);
  if (!connection) {
    await work();
    return;
  }

  try {
    await connection`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await work();
  } finally {
    await connection.end({ timeout: 5 });
  }
}
