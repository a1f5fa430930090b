import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { selectRows } from '../src/index.ts';

describe.each(BACKENDS)('instants bound outside a column on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('values: a Date parameter is the same instant, in raw SQL and in a row key', async () => {
    const db = database.handle.db;
    const instant = new Date('2026-10-25T00:30:00.000Z');

    const [row] = await selectRows<{ same: boolean }>(
      db,
      sql`select ${instant}::timestamptz = '2026-10-25T02:30:00+02:00'::timestamptz as same`,
    );
    const keyed = await db.query.mobileCdrs.findMany({
      where: {
        RAW: (table) =>
          sql`(${table.customerId}, ${table.cdrId}, ${table.startedAt}) in (('C1', 'M1', ${instant}))`,
      },
    });

    expect(row?.same).toBe(true);
    expect(keyed).toEqual([]);
  });
});
