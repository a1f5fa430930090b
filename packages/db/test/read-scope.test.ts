import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  customers,
  ensureCdrPartitions,
  mobileCdrs,
  partnerCustomers,
  selectRows,
  simOrderItems,
  simOrders,
  simSecrets,
  withReadScope,
  type ReadScope,
} from '../src/index.ts';
import { insertCustomerWithServices, insertSourceFile, mobileCdr } from './fixtures.ts';

const ALL: ReadScope = { customers: 'all', simSecrets: false, statementTimeoutMs: 0 };
const partner = (name: string, simSecrets = false): ReadScope => ({
  customers: { partner: name },
  simSecrets,
  statementTimeoutMs: 0,
});

describe.each(BACKENDS)('read scope on %s', (kind) => {
  let database: TestDatabase;

  /** What a scope sees of a few tables, and the role it reads as. */
  const seen = (scope: ReadScope) =>
    withReadScope(database.handle.db, scope, async (tx) => ({
      customers: (await tx.select({ id: customers.id }).from(customers)).map((row) => row.id),
      records: await tx.$count(mobileCdrs),
      orders: await tx.$count(simOrders),
      items: await tx.$count(simOrderItems),
      secrets: await tx.$count(simSecrets),
      role: (await selectRows<{ role: string }>(tx, sql`select current_user as role`))[0]?.role,
    }));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.handle.db;
    const fileId = await insertSourceFile(db);
    const startedAt = new Date('2026-12-01T10:00:00Z');

    await insertCustomerWithServices(db, fileId);
    await db
      .insert(customers)
      .values({ id: 'C002', name: 'Garage', sourceFileId: fileId, sourceLine: 3 });
    await ensureCdrPartitions(db, 'mobile_cdrs', [startedAt]);
    await db.insert(mobileCdrs).values(mobileCdr(fileId, 'R1', startedAt));
    await db
      .insert(simOrders)
      .values({ orderRef: 'O1', orderDate: '2026-11-01', sourceFileId: fileId, sourceLine: 2 });
    await db.insert(simOrderItems).values({
      orderRef: 'O1',
      iccid: '89330123456789012345',
      sourceFileId: fileId,
      sourceLine: 2,
    });
    await db.insert(simSecrets).values({
      orderRef: 'O1',
      iccid: '89330123456789012345',
      pin1: '1234',
      puk1: '12345678',
      sourceFileId: fileId,
      sourceLine: 2,
    });
    await db.insert(partnerCustomers).values([
      { partner: 'north', customerId: 'C001' },
      { partner: 'south', customerId: 'C002' },
    ]);
  });

  afterAll(() => database?.drop());

  it('access: the integrator scope sees every customer, as vnodrop_reader', async () => {
    expect(await seen(ALL)).toEqual({
      customers: ['C001', 'C002'],
      records: 1,
      orders: 1,
      items: 1,
      secrets: 0,
      role: 'vnodrop_reader',
    });
  });

  it('access: a partner sees only its granted customers and what hangs off them', async () => {
    expect(await seen(partner('north'))).toMatchObject({
      customers: ['C001'],
      records: 1,
      orders: 1,
      items: 1,
    });
    expect(await seen(partner('south'))).toMatchObject({
      customers: ['C002'],
      records: 0,
      orders: 0,
      items: 0,
    });
    expect(await seen(partner('nobody'))).toMatchObject({ customers: [], records: 0 });
  });

  it('access: PIN and PUK rows are visible only with the secrets setting, and in scope', async () => {
    expect((await seen({ ...ALL, simSecrets: true })).secrets).toBe(1);
    expect((await seen(partner('north', true))).secrets).toBe(1);
    expect((await seen(partner('south', true))).secrets).toBe(0);
    expect((await seen(partner('north'))).secrets).toBe(0);
  });

  it('access: the scope ends with its transaction; the owner outside it sees everything', async () => {
    await seen(partner('south'));

    expect(await database.handle.db.$count(customers)).toBe(2);
  });

  it('access: the scope is read-only, and the partitions and keys are not readable', async () => {
    const db = database.handle.db;
    const refused = async (statement: ReturnType<typeof sql>) =>
      withReadScope(db, ALL, (tx) => tx.execute(statement)).then(
        () => 'allowed',
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );

    expect(await refused(sql`update customers set name = 'x'`)).toMatch(
      /read-only|permission denied/,
    );
    expect(await refused(sql`select * from mobile_cdrs_2026_12`)).toMatch(/permission denied/);
    expect(await refused(sql`select * from api_keys`)).toMatch(/permission denied/);
    expect(await refused(sql`select * from persisted_operations`)).toMatch(/permission denied/);
  });
});

describe('read scope on postgres only', () => {
  it('access: a statement longer than the timeout is cancelled', async () => {
    const database = await createTestDatabase('postgres');

    try {
      const run = withReadScope(database.handle.db, { ...ALL, statementTimeoutMs: 100 }, (tx) =>
        tx.execute(sql`select pg_sleep(2)`),
      );

      await expect(run).rejects.toMatchObject({ cause: { code: '57014' } });
    } finally {
      await database.drop();
    }
  });
});
