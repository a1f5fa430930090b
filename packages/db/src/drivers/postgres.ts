/** PostgreSQL through postgres.js, with its read replicas when it has any. */
import postgres from 'postgres';
import type { DatabaseHandle, DatabaseOptions } from '../client.ts';
import { routeReads } from '../replicas.ts';
import { redactUrl, type DatabaseTarget } from '../url.ts';
import { connectPostgres, drizzleOver } from './postgres-client.ts';
import { openReadReplicas } from './read-replicas.ts';

/** How to open one more connection to a handle's database, kept out of the handle itself so
 * that the URL with its password is not carried where it could be logged. */
const extraConnections = new WeakMap<DatabaseHandle, () => postgres.Sql>();

/** A new single connection to the primary of `handle` (PostgreSQL handles only). */
export function openExtraConnection(handle: DatabaseHandle): postgres.Sql | undefined {
  return extraConnections.get(handle)?.();
}

export async function openPostgres(
  url: string,
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  const client = await connectPostgres(url, target, options);

  const replicas = await openReadReplicas(options.readUrls ?? [], options).catch(
    async (error: unknown) => {
      await client.end({ timeout: 0 });
      throw error;
    },
  );

  const db = routeReads(
    drizzleOver(client, options),
    replicas.map((replica) => replica.db),
  );
  const handle: DatabaseHandle = {
    db,
    kind: 'postgres',
    url: redactUrl(url),
    readUrls: replicas.map((replica) => replica.url),
    sql: client,
    close: async () => {
      await Promise.all([client, ...replicas.map((replica) => replica.client)].map(endPool));
    },
  };
  extraConnections.set(handle, () =>
    postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} }),
  );
  return handle;
}

function endPool(pool: postgres.Sql): Promise<void> {
  return pool.end({ timeout: 5 });
}
