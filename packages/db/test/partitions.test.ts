import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  ensureCdrPartitions,
  explainInsertError,
  MissingPartitionError,
  mobileCdrs,
  PartitionRangeError,
  selectRows,
  type Database,
} from '../src/index.ts';
import { insertSourceFile, mobileCdr } from './fixtures.ts';

async function partitionsOf(db: Database, table: string) {
  const rows = await selectRows<{ name: string; bounds: string }>(
    db,
    sql`select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bounds
          from pg_inherits i join pg_class c on c.oid = i.inhrelid
         where i.inhparent = ${table}::regclass
         order by c.relname`,
  );
  return rows;
}

async function partitionHolding(db: Database, cdrId: string) {
  const [row] = await selectRows<{ partition: string }>(
    db,
    sql`select tableoid::regclass::text as partition from mobile_cdrs where cdr_id = ${cdrId}`,
  );
  return row?.partition;
}

describe.each(BACKENDS)('partitions on %s', (kind) => {
  let database: TestDatabase;
  let db: Database;
  let sourceFileId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
    sourceFileId = await insertSourceFile(db, 'RatedCDRs/MOBILE/test.csv');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('partitions: a record of a month without partition is refused with a clear error', async () => {
    const insert = db
      .insert(mobileCdrs)
      .values(mobileCdr(sourceFileId, 'NONE-1', new Date('2030-02-10T10:00:00Z')));

    const error = await insert.then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(String((error as Error).cause ?? error)).toMatch(
      /no partition of relation "mobile_cdrs" found for row/,
    );
    const explained = explainInsertError(error);
    expect(explained).toBeInstanceOf(MissingPartitionError);
    expect((explained as MissingPartitionError).table).toBe('mobile_cdrs');
    expect((explained as Error).message).toContain("ensureCdrPartitions(db, 'mobile_cdrs'");
  });

  it('partitions: a month never seen before takes records once its partition exists', async () => {
    const startedAt = new Date('2031-07-14T08:30:00Z');

    const created = await ensureCdrPartitions(db, 'mobile_cdrs', [startedAt]);
    await db.insert(mobileCdrs).values(mobileCdr(sourceFileId, 'NEW-1', startedAt));

    expect(created).toBe(1);
    expect(await partitionHolding(db, 'NEW-1')).toBe('mobile_cdrs_2031_07');
  });

  it('partitions: asking again creates nothing', async () => {
    const instants = [new Date('2031-07-01T00:00:00Z'), new Date('2031-07-31T23:59:59.999Z')];

    expect(await ensureCdrPartitions(db, 'mobile_cdrs', instants)).toBe(0);
    expect(await ensureCdrPartitions(db, 'mobile_cdrs', instants)).toBe(0);
  });

  it('partitions: every month between the earliest and the latest instant is created', async () => {
    const instants = [new Date('2032-04-20T12:00:00Z'), new Date('2032-01-05T12:00:00Z')];

    const created = await ensureCdrPartitions(db, 'fixed_cdrs', instants);

    expect(created).toBe(4);
    expect(await partitionsOf(db, 'fixed_cdrs')).toEqual([
      {
        name: 'fixed_cdrs_2032_01',
        bounds: "FOR VALUES FROM ('2032-01-01 00:00:00+00') TO ('2032-02-01 00:00:00+00')",
      },
      {
        name: 'fixed_cdrs_2032_02',
        bounds: "FOR VALUES FROM ('2032-02-01 00:00:00+00') TO ('2032-03-01 00:00:00+00')",
      },
      {
        name: 'fixed_cdrs_2032_03',
        bounds: "FOR VALUES FROM ('2032-03-01 00:00:00+00') TO ('2032-04-01 00:00:00+00')",
      },
      {
        name: 'fixed_cdrs_2032_04',
        bounds: "FOR VALUES FROM ('2032-04-01 00:00:00+00') TO ('2032-05-01 00:00:00+00')",
      },
    ]);
  });

  it('partitions: months are UTC months', async () => {
    const lastMinuteUtc = new Date('2033-08-31T23:59:00Z');
    const parisMidnight = new Date('2033-09-01T00:30:00+02:00');
    const firstInstantUtc = new Date('2033-09-01T00:00:00Z');
    await ensureCdrPartitions(db, 'mobile_cdrs', [lastMinuteUtc, parisMidnight, firstInstantUtc]);

    await db
      .insert(mobileCdrs)
      .values([
        mobileCdr(sourceFileId, 'UTC-1', lastMinuteUtc),
        mobileCdr(sourceFileId, 'UTC-2', parisMidnight),
        mobileCdr(sourceFileId, 'UTC-3', firstInstantUtc),
      ]);

    expect(await partitionHolding(db, 'UTC-1')).toBe('mobile_cdrs_2033_08');
    expect(await partitionHolding(db, 'UTC-2')).toBe('mobile_cdrs_2033_08');
    expect(await partitionHolding(db, 'UTC-3')).toBe('mobile_cdrs_2033_09');
  });

  it('partitions: each of the four usage tables can be partitioned', async () => {
    const instant = [new Date('2034-03-03T03:03:03Z')];

    for (const table of [
      'mobile_cdrs',
      'fixed_cdrs',
      'billed_mobile_cdrs',
      'billed_fixed_cdrs',
    ] as const) {
      expect(await ensureCdrPartitions(db, table, instant)).toBe(1);
      expect((await partitionsOf(db, table)).map((p) => p.name)).toContain(`${table}_2034_03`);
    }
  });

  it('partitions: no instants, no work', async () => {
    expect(await ensureCdrPartitions(db, 'mobile_cdrs', [])).toBe(0);
  });

  it('partitions: a range of decades is refused', async () => {
    const instants = [new Date('1970-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z')];

    await expect(ensureCdrPartitions(db, 'mobile_cdrs', instants)).rejects.toBeInstanceOf(
      PartitionRangeError,
    );
  });

  it.runIf(kind === 'postgres')(
    'partitions: two calls at once create each month once',
    async () => {
      const instants = [new Date('2035-01-15T00:00:00Z'), new Date('2035-06-15T00:00:00Z')];

      const counts = await Promise.all([
        ensureCdrPartitions(db, 'billed_mobile_cdrs', instants),
        ensureCdrPartitions(db, 'billed_mobile_cdrs', instants),
        ensureCdrPartitions(db, 'billed_mobile_cdrs', instants),
      ]);

      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(6);
      const names = (await partitionsOf(db, 'billed_mobile_cdrs')).map((p) => p.name);
      expect(names.filter((name) => name.startsWith('billed_mobile_cdrs_2035_'))).toHaveLength(6);
    },
  );
});
