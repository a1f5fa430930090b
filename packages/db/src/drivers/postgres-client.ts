/** A postgres.js client that has answered once, and drizzle over it. */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database, DatabaseOptions } from '../client.ts';
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

/**
 * A pool of up to `options.max` connections (default 10) to `url`, once one of them has
 * answered. Throws `DatabaseUnreachableError` when no server answers and
 * `DatabaseConnectionError` when the server refuses the connection.
 */
export async function connectPostgres(
  url: string,
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<postgres.Sql> {
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

  return client;
}

/** postgres.js's type for a `Date` bound outside a column: `timestamptz`. */
const TIMESTAMPTZ = 1184;

/** drizzle over a postgres.js client, with the statement hook of `options`. */
export function drizzleOver(client: postgres.Sql, options: DatabaseOptions): Database {
  const onQuery = options.onQuery;
  const db = drizzle({
    client,
    relations,
    logger: onQuery ? { logQuery: (sql, params) => onQuery(sql, params) } : false,
  });

  // drizzle writes instants as text itself and so leaves postgres.js's timestamptz values
  // untouched; a `Date` bound outside a column (a row key such as `(customer_id, cdr_id,
  // started_at)`, drizzle-orm#5789) would then reach the wire as an object. It goes as ISO text.
  const serializers = client.options.serializers as Record<number, (value: unknown) => unknown>;
  const asText = serializers[TIMESTAMPTZ];
  serializers[TIMESTAMPTZ] = (value) =>
    value instanceof Date ? value.toISOString() : asText ? asText(value) : value;

  return db;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    return code;
  }
  const inner = error instanceof AggregateError ? error.errors[0] : undefined;
  return inner ? errorCode(inner) : '';
}
