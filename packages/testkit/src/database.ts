/**
 * Databases for tests, on every backend the product supports: a fresh PostgreSQL database
 * on the test server, or an in-memory PGlite, both migrated.
 */
import { randomBytes } from 'node:crypto';
import { createDatabase, migrate, type DatabaseHandle, type DatabaseOptions } from '@vnodrop/db';

/** Every backend a database suite should run against. */
export const BACKENDS = ['postgres', 'pglite'] as const;
export type Backend = (typeof BACKENDS)[number];

/** The server tests create their databases on. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly kind: Backend;
  /** The URL of the test database (PGlite: `pglite:memory`). */
  readonly url: string;
  readonly handle: DatabaseHandle;
  /** Closes the handle and, on PostgreSQL, drops the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions extends DatabaseOptions {
  /** Skip the migrations, for tests of the migrations themselves. */
  migrate?: boolean;
}

/**
 * A new, empty, migrated database. On PostgreSQL it is `vnodrop_test_<random>` on the server
 * of TEST_DATABASE_URL (default {@link DEFAULT_TEST_DATABASE_URL}).
 */
export async function createTestDatabase(
  kind: Backend,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const { migrate: shouldMigrate = true, ...databaseOptions } = options;
  const database =
    kind === 'postgres'
      ? await createPostgresDatabase(databaseOptions)
      : await createPgliteDatabase(databaseOptions);

  if (shouldMigrate) {
    try {
      await migrate(database.handle);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}

async function createPgliteDatabase(options: DatabaseOptions): Promise<TestDatabase> {
  const url = 'pglite:memory';
  const handle = await createDatabase(url, options);

  return { kind: 'pglite', url, handle, drop: () => handle.close() };
}

async function createPostgresDatabase(options: DatabaseOptions): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const name = `vnodrop_test_${randomBytes(6).toString('hex')}`;
  const url = withDatabase(serverUrl, name);

  await onServer(serverUrl, (sql) => sql`create database ${sql(name)}`);
  let handle: DatabaseHandle;
  try {
    handle = await createDatabase(url, { max: 4, ...options });
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }

  const drop = async () => {
    await handle.close();
    await dropDatabase(serverUrl, name);
  };
  return { kind: 'postgres', url, handle, drop };
}

function dropDatabase(serverUrl: string, name: string): Promise<unknown> {
  return onServer(serverUrl, (sql) => sql`drop database if exists ${sql(name)} with (force)`);
}

/**
 * Runs `statement` on a short-lived connection to the server's maintenance database; an
 * unreachable server fails with the data layer's `DatabaseUnreachableError`.
 */
async function onServer(
  serverUrl: string,
  statement: (sql: NonNullable<DatabaseHandle['sql']>) => Promise<unknown>,
): Promise<unknown> {
  const server = await createDatabase(serverUrl, { max: 1 });
  try {
    if (!server.sql) {
      throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, not ${server.url}.`);
    }
    return await statement(server.sql);
  } finally {
    await server.close();
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
