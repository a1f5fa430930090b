/**
 * Reads from a real streaming replica: the server, started with DATABASE_READ_URLS, answers
 * from the replica while the sync writes the fixture drop into the primary. With the replica's
 * replay paused, the graph shows what the replica has (nothing of the sync's); once it has
 * caught up, the graph shows what the primary holds.
 */
import { pathToFileURL } from 'node:url';
import {
  createDatabase,
  READER_ROLE,
  selectRows,
  withReadScope,
  type DatabaseHandle,
} from '@vnodrop/db';
import {
  createTestDatabase,
  fixtureDrop,
  freePort,
  runSyncCli,
  startReplica,
  type PostgresReplica,
  type TestDatabase,
} from '@vnodrop/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './run-process.ts';

const TOTALS = '{ customers { totalCount } cdrs { totalCount } }';

interface Totals {
  customers: number;
  cdrs: number;
}

describe('replica', () => {
  let primary: TestDatabase;
  let replica: PostgresReplica;
  let replicaUrl: string;
  let server: ServerProcess;
  let graphUrl: string;

  /** What the graph counts, through the server. */
  async function graphTotals(): Promise<Totals> {
    const response = await fetch(graphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: TOTALS }),
    });
    const body = (await response.json()) as {
      data?: { customers: { totalCount: number }; cdrs: { totalCount: number } };
      errors?: unknown[];
    };

    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return { customers: body.data!.customers.totalCount, cdrs: body.data!.cdrs.totalCount };
  }

  /** What the primary holds. */
  async function primaryTotals(): Promise<Totals> {
    const [row] = await selectRows<{ customers: number; cdrs: number }>(
      primary.handle.db,
      sql`select (select count(*)::int from customers) as customers,
                 (select count(*)::int from mobile_cdrs) + (select count(*)::int from fixed_cdrs)
                   as cdrs`,
    );
    return row!;
  }

  beforeAll(async () => {
    primary = await createTestDatabase('postgres');
    replica = await startReplica({ logStatements: true });
    replicaUrl = replica.urlOf(primary.url);

    const port = await freePort();
    server = await startServer({
      DATABASE_URL: primary.url,
      DATABASE_READ_URLS: replicaUrl,
      AUTH_MODE: 'open',
      RATE_LIMIT_PER_MINUTE: '0',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    });
    graphUrl = `http://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await server?.stop();
    await replica?.stop();
    await primary?.drop();
  });

  it('replica: a read scope runs on the replica, writes on the primary', async () => {
    let handle: DatabaseHandle | undefined;

    try {
      handle = await createDatabase(primary.url, { max: 1, readUrls: [replicaUrl] });
      const where = sql`select pg_is_in_recovery() as standby, inet_server_port() as port,
                               current_user as role`;
      const scope = { customers: 'all', simSecrets: false, statementTimeoutMs: 0 } as const;

      const [read] = await withReadScope(handle.db, scope, (tx) =>
        selectRows<{ standby: boolean; port: number; role: string }>(tx, where),
      );
      const [written] = await selectRows<{ standby: boolean; port: number }>(
        handle.db,
        sql`select pg_is_in_recovery() as standby, inet_server_port() as port`,
      );

      expect(read).toEqual({ standby: true, port: replica.port, role: READER_ROLE });
      expect(written).toEqual({ standby: false, port: Number(new URL(primary.url).port || 5432) });
    } finally {
      await handle?.close();
    }
  });

  it('replica: the graph reads from the replica while the sync writes to the primary', async () => {
    expect(await graphTotals()).toEqual({ customers: 0, cdrs: 0 });
    expect(replica.output()).toContain(`set_config('role'`);

    await replica.pauseReplay();
    let syncing = true;
    const sync = runSyncCli([
      'run',
      '--source',
      pathToFileURL(fixtureDrop).href,
      '--database',
      primary.url,
    ]).finally(() => (syncing = false));
    const seenDuringSync: Totals[] = [];

    while (syncing) {
      seenDuringSync.push(await graphTotals());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await sync;

    const loaded = await primaryTotals();
    expect(loaded.customers).toBeGreaterThan(0);
    expect(loaded.cdrs).toBeGreaterThan(0);
    expect(seenDuringSync.length).toBeGreaterThan(0);
    expect(new Set(seenDuringSync.map((totals) => JSON.stringify(totals)))).toEqual(
      new Set([JSON.stringify({ customers: 0, cdrs: 0 })]),
    );
    expect(await graphTotals()).toEqual({ customers: 0, cdrs: 0 });

    await replica.resumeReplay();
    await replica.catchUp();

    expect(await graphTotals()).toEqual(loaded);
  });
});
