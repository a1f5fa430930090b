/**
 * Opening the database: one entry point for both drivers, one `Database` type for the code
 * that uses it. `postgres://` URLs go to PostgreSQL through postgres.js; `pglite:` URLs open
 * the embedded PGlite, in memory or persisted in a directory.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PgAsyncDatabase, PgAsyncTransaction, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { openPglite } from './drivers/pglite.ts';
import { openPostgres } from './drivers/postgres.ts';
import type { Relations } from './relations.ts';
import { parseDatabaseUrl } from './url.ts';

/** The database as the apps see it, whichever driver is behind it. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;

/** The `tx` of `db.transaction((tx) => …)`. */
export type Transaction = PgAsyncTransaction<PgQueryResultHKT, Relations>;

export interface DatabaseOptions {
  /** Called with every statement drizzle runs, and its parameters (which may hold data). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /** Largest number of PostgreSQL connections in the pool (default 10); PGlite has one. */
  max?: number;
}

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'postgres' | 'pglite';
  /** The URL it was opened with, credentials redacted: safe to log. */
  readonly url: string;
  /**
   * The postgres.js client behind `db` (PostgreSQL only), for what drizzle does not do, such
   * as COPY. drizzle leaves date and time values as text on it.
   */
  readonly sql?: Sql;
  /** The PGlite instance behind `db` (PGlite only). */
  readonly pglite?: PGlite;
  /** Ends the connections (PostgreSQL) or closes the database (PGlite). */
  close(): Promise<void>;
}

/**
 * Opens the database at `url` and checks that it answers. Throws a `DatabaseUrlError` for
 * a URL of another form, `DatabaseUnreachableError` when no server answers, and
 * `DatabaseConnectionError` when the server refuses the connection.
 */
export async function createDatabase(
  url: string,
  options: DatabaseOptions = {},
): Promise<DatabaseHandle> {
  const target = parseDatabaseUrl(url);

  return target.kind === 'postgres'
    ? openPostgres(url, target, options)
    : openPglite(url, target, options);
}
