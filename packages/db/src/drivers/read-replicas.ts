/**
 * The read replicas of a PostgreSQL primary: a pool to each, opened and checked like the
 * primary's. Which statements go where is decided in `replicas.ts`.
 */
import type postgres from 'postgres';
import type { Database, DatabaseOptions } from '../client.ts';
import { DatabaseReplicaError, describeCause } from '../errors.ts';
import { parseDatabaseUrl, redactUrl } from '../url.ts';
import { connectPostgres, drizzleOver } from './postgres-client.ts';

export interface ReadReplica {
  /** The replica's URL, credentials redacted. */
  readonly url: string;
  readonly db: Database;
  readonly client: postgres.Sql;
}

/** Opens every replica of `urls`, or none: on a failure, those already open are closed. */
export async function openReadReplicas(
  urls: readonly string[],
  options: DatabaseOptions,
): Promise<ReadReplica[]> {
  const opened = await Promise.allSettled(urls.map((url) => openReadReplica(url, options)));
  const replicas = opened.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const failure = opened.find((result) => result.status === 'rejected');

  if (failure) {
    await Promise.all(replicas.map((replica) => replica.client.end({ timeout: 0 })));
    throw failure.reason;
  }

  return replicas;
}

async function openReadReplica(url: string, options: DatabaseOptions): Promise<ReadReplica> {
  const target = parseDatabaseUrl(url);

  if (target.kind !== 'postgres') {
    throw new DatabaseReplicaError(
      redactUrl(url),
      'is an embedded database, which cannot be a replica. A read replica is the postgres:// ' +
        'URL of a streaming replica of the primary.',
    );
  }

  try {
    const client = await connectPostgres(url, target, options);

    return { url: redactUrl(url), db: drizzleOver(client, options), client };
  } catch (error) {
    throw new DatabaseReplicaError(
      redactUrl(url),
      `cannot be opened (${describeCause(error)}). Check the URL in DATABASE_READ_URLS: it ` +
        'must reach a streaming replica of the primary, with the same user and database.',
      { cause: error },
    );
  }
}
