/**
 * Where statements go on a database with read replicas. The "replica" here is a second pool
 * to the same database, told apart by its `application_name`: routing is what is checked.
 * A real streaming replica is exercised by the GraphQL app's `replica.test.ts`.
 */
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  customers,
  DatabaseReplicaError,
  migrate,
  primaryOf,
  readerOf,
  selectRows,
  withReadScope,
  type Database,
  type DatabaseHandle,
  type ReadScope,
} from '../src/index.ts';
import { insertSourceFile } from './fixtures.ts';

const ALL: ReadScope = { customers: 'all', simSecrets: false, statementTimeoutMs: 0 };
const REPLICA_APP = 'vnodrop-replica';

/** The `application_name` of the connection a statement ran on. */
async function applicationOf(db: Database): Promise<string | undefined> {
  const rows = await selectRows<{ app: string }>(
    db,
    sql`select current_setting('application_name') as app`,
  );

  return rows[0]?.app;
}

/** `url` with a password (trust authentication ignores it) and another application name. */
function replicaUrlOf(url: string): string {
  const replica = new URL(url);
  replica.password = 'hunter2';
  replica.searchParams.set('application_name', REPLICA_APP);
  return replica.toString();
}

describe('read replicas', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    handle = await createDatabase(database.url, { max: 2, readUrls: [replicaUrlOf(database.url)] });
  });

  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it('replicas: the handle names its replicas, passwords redacted', () => {
    expect(handle.readUrls).toHaveLength(1);
    expect(handle.readUrls[0]).toContain(':***@');
    expect(handle.readUrls[0]).not.toContain('hunter2');
  });

  it('replicas: a read scope runs on a replica, execute and writes on the primary', async () => {
    const fileId = await insertSourceFile(handle.db);
    await handle.db
      .insert(customers)
      .values({ id: 'C001', name: 'Boulangerie', sourceFileId: fileId, sourceLine: 2 });

    const scoped = await withReadScope(handle.db, ALL, async (tx) => ({
      app: await applicationOf(tx),
      customers: await tx.$count(customers),
    }));

    expect(scoped).toEqual({ app: REPLICA_APP, customers: 1 });
    expect(await applicationOf(handle.db)).toBe('vnodrop');
    expect(await applicationOf(primaryOf(handle.db))).toBe('vnodrop');
    expect(await applicationOf(readerOf(handle.db))).toBe(REPLICA_APP);
  });

  it('replicas: selects and relational queries read from a replica', async () => {
    const app = sql<string>`current_setting('application_name')`;

    const [selected] = await handle.db.select({ app }).from(customers);
    const found = await handle.db.query.customers.findFirst({ extras: { app } });

    expect(selected?.app).toBe(REPLICA_APP);
    expect(found?.app).toBe(REPLICA_APP);
  });

  it('replicas: migrations run on the primary', async () => {
    await expect(migrate(handle)).resolves.toBeUndefined();
  });

  it('replicas: a database without replicas reads where it writes', async () => {
    expect(readerOf(database.handle.db)).toBe(database.handle.db);
    expect(primaryOf(database.handle.db)).toBe(database.handle.db);
    expect(database.handle.readUrls).toEqual([]);
  });

  it('replicas: an embedded primary has none, and says what to change', async () => {
    const error = await createDatabase('pglite:memory', {
      readUrls: ['postgres://reader:hunter2@replica.example:5432/vnodrop'],
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DatabaseReplicaError);
    expect((error as Error).message).toMatch(/embedded database.*DATABASE_READ_URLS/s);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('replicas: a replica that does not answer fails the opening, password redacted', async () => {
    const error = await createDatabase(database.url, {
      readUrls: ['postgres://reader:hunter2@127.0.0.1:1/vnodrop'],
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DatabaseReplicaError);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1.*ECONNREFUSED.*DATABASE_READ_URLS/s);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('replicas: an embedded database cannot be a replica', async () => {
    const error = await createDatabase(database.url, { readUrls: ['pglite:memory'] }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(DatabaseReplicaError);
    expect((error as Error).message).toContain('pglite:memory');
  });
});
