/**
 * Opening the database: one entry point for both drivers, one `Database` type for the code
 * that uses it. `postgres://` URLs go to PostgreSQL through postgres.js, optionally with read
 * replicas; `pglite:` URLs open the embedded PGlite, in memory or persisted in a directory.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PgAsyncDatabase, PgAsyncTransaction, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { openPostgres } from './drivers/postgres.ts';
import type { Relations } from './relations.ts';
import { DatabaseReplicaError } from './errors.ts';
import { parseDatabaseUrl, redactUrl } from './url.ts';

/** The database as the apps see it, whichever driver is behind it. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;

/** The `tx` of `db.transaction((tx) => …)`. */
export type Transaction = PgAsyncTransaction<PgQueryResultHKT, Relations>;

export interface DatabaseOptions {
  /** Called with every statement drizzle runs, and its parameters (which may hold data). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /** Largest number of PostgreSQL connections in the pool (default 10); PGlite has one. */
  max?: number;
  /**
   * `postgres://` URLs of streaming replicas of the primary, each with a pool of `max`
   * connections. With any, `db` reads from them and writes to the primary (see
   * `replicas.ts`); a read scope runs on a replica. PostgreSQL primaries only.
   */
  readUrls?: readonly string[];
}

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'postgres' | 'pglite';
  /** The URL it was opened with, credentials redacted: safe to log. */
  readonly url: string;
  /** The URLs of the read replicas, credentials redacted; empty without replicas. */
  readonly readUrls: readonly string[];
  /**
   * The postgres.js client of the primary (PostgreSQL only), for what drizzle does not do,
   * such as COPY. drizzle leaves date and time values as text on it.
   */
  readonly sql?: Sql;
  /** The PGlite instance behind `db` (PGlite only). */
  readonly pglite?: PGlite;
  /** Ends the connections, the replicas' too (PostgreSQL), or closes the database (PGlite). */
  close(): Promise<void>;
}

/**
 * Opens the database at `url`, and its read replicas, and checks that they answer. Throws a
 * `DatabaseUrlError` for a URL of another form, `DatabaseUnreachableError` when no server
 * answers, `DatabaseConnectionError` when the server refuses the connection, and
 * `DatabaseReplicaError` when a replica cannot be opened or there can be none.
 */
export async function createDatabase(
  url: string,
  options: DatabaseOptions = {},
): Promise<DatabaseHandle> {
  const target = parseDatabaseUrl(url);

  if (target.kind === 'postgres') {
    return openPostgres(url, target, options);
  }

  if (options.readUrls?.length) {
    throw new DatabaseReplicaError(
      redactUrl(options.readUrls[0]!),
      `was given, but the primary ${url} is an embedded database, which has no replicas. ` +
        'Unset DATABASE_READ_URLS, or set DATABASE_URL to the PostgreSQL server they replicate.',
    );
  }

  // Loaded only when asked for: the embedded database weighs on every process that imports it.
  const { openPglite } = await import('./drivers/pglite.ts');
  return openPglite(url, target, options);
}
