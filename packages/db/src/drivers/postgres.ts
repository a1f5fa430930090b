/** PostgreSQL through postgres.js. */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseHandle, DatabaseOptions } from '../client.ts';
import { DatabaseConnectionError, DatabaseUnreachableError } from '../errors.ts';
import { relations } from '../relations.ts';
import { redactUrl, type DatabaseTarget } from '../url.ts';

/** Error codes of a server that does not answer, as opposed to one that says no. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECT_TIMEOUT',
]);

/** How to open one more connection to a handle's database, kept out of the handle itself so
 * that the URL with its password is not carried where it could be logged. */
const extraConnections = new WeakMap<DatabaseHandle, () => postgres.Sql>();

/** A new single connection to the database of `handle` (PostgreSQL handles only). */
export function openExtraConnection(handle: DatabaseHandle): postgres.Sql | undefined {
  return extraConnections.get(handle)?.();
}

export async function openPostgres(
  url: string,
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: 'vnodrop' },
  });

  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 });
    throw UNREACHABLE.has(errorCode(error))
      ? new DatabaseUnreachableError(target.host, target.port, { cause: error })
      : new DatabaseConnectionError(redactUrl(url), { cause: error });
  }

  const onQuery = options.onQuery;
  const db = drizzle({
    client,
    relations,
    logger: onQuery ? { logQuery: (sql, params) => onQuery(sql, params) } : false,
  });

  const handle: DatabaseHandle = {
    db,
    kind: 'postgres',
    url: redactUrl(url),
    sql: client,
    close: () => client.end({ timeout: 5 }),
  };
  extraConnections.set(handle, () =>
    postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} }),
  );
  return handle;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    return code;
  }
  const inner = error instanceof AggregateError ? error.errors[0] : undefined;
  return inner ? errorCode(inner) : '';
}
