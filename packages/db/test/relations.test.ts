import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  billedMobileCdrs,
  ensureCdrPartitions,
  fixedCdrs,
  mobileCdrs,
  relations,
  statusChanges,
  type Database,
} from '../src/index.ts';
import {
  insertCustomerWithServices,
  insertSourceFile,
  mobileCdr,
  SNAPSHOT_AT,
} from './fixtures.ts';

describe.each(BACKENDS)('relations on %s', (kind) => {
  let database: TestDatabase;
  let db: Database;
  let sourceFileId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
    sourceFileId = await insertSourceFile(db);
    await insertCustomerWithServices(db, sourceFileId);

    const startedAt = new Date('2026-11-20T10:00:00Z');
    await ensureCdrPartitions(db, 'mobile_cdrs', [startedAt]);
    await ensureCdrPartitions(db, 'billed_mobile_cdrs', [startedAt]);
    await ensureCdrPartitions(db, 'fixed_cdrs', [startedAt]);
    await db.insert(mobileCdrs).values(mobileCdr(sourceFileId, 'M-1', startedAt));
    await db
      .insert(billedMobileCdrs)
      .values({ ...mobileCdr(sourceFileId, 'M-1', startedAt), billingPeriod: '2026-11' });
    await db.insert(fixedCdrs).values({
      service: 'VGA',
      customerId: 'C001',
      cdrId: 'F-1',
      startedAt,
      lineNumber: '+33298000001',
      lineNumberRaw: '0298000001',
      calledNumber: '+33612345678',
      calledNumberRaw: '0612345678',
      calledIsPhone: true,
      durationS: 120,
      amount: '0.0300',
      sourceFileId,
      sourceLine: 2,
    });
    await db.insert(statusChanges).values({
      subject: 'sim',
      subjectKey: '89330123456789012345',
      customerId: 'C001',
      event: 'status',
      previousStatus: 'PENDING',
      status: 'ACTIVE',
      observedAt: SNAPSHOT_AT,
      sourceFileId,
      sourceLine: 2,
    });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('relations: a customer with its lines and sims', async () => {
    const customer = await db.query.customers.findFirst({
      where: { id: 'C001' },
      columns: { id: true, name: true },
      with: {
        vgaLines: { columns: { number: true, status: true }, orderBy: { number: 'asc' } },
        voipNumbers: { columns: { number: true, channels: true } },
        sims: { columns: { iccid: true, msisdn: true } },
      },
    });

    expect(customer).toEqual({
      id: 'C001',
      name: 'Boulangerie Martin',
      vgaLines: [
        { number: '+33298000001', status: 'ACTIVE' },
        { number: '+33298000002', status: 'ACTIVE' },
      ],
      voipNumbers: [{ number: '+33972000001', channels: 2 }],
      sims: [{ iccid: '89330123456789012345', msisdn: '+33612345678' }],
    });
  });

  it('relations: a sim with its records, its history and its customer', async () => {
    const sim = await db.query.sims.findFirst({
      where: { iccid: '89330123456789012345' },
      columns: { iccid: true },
      with: {
        customer: { columns: { name: true } },
        mobileCdrs: { columns: { cdrId: true, unitPrice: true } },
        statusChanges: { columns: { event: true, previousStatus: true, status: true } },
      },
    });

    expect(sim).toEqual({
      iccid: '89330123456789012345',
      customer: { name: 'Boulangerie Martin' },
      mobileCdrs: [{ cdrId: 'M-1', unitPrice: '0.0450' }],
      statusChanges: [{ event: 'status', previousStatus: 'PENDING', status: 'ACTIVE' }],
    });
  });

  it('relations: a rated record with its billed record, a line with its calls', async () => {
    const rated = await db.query.mobileCdrs.findFirst({
      where: { cdrId: 'M-1' },
      columns: { cdrId: true },
      with: {
        billed: { columns: { billingPeriod: true } },
        sourceFile: { columns: { path: true } },
      },
    });
    const line = await db.query.vgaLines.findFirst({
      where: { number: '+33298000001' },
      columns: { number: true },
      with: { fixedCdrs: { columns: { cdrId: true, durationS: true } } },
    });

    expect(rated).toEqual({
      cdrId: 'M-1',
      billed: { billingPeriod: '2026-11' },
      sourceFile: { path: 'AccountStatus/test.csv' },
    });
    expect(line).toEqual({ number: '+33298000001', fixedCdrs: [{ cdrId: 'F-1', durationS: 120 }] });
  });

  it('relations: every declared relation of every table can be loaded', async () => {
    const query = db.query as unknown as Record<
      string,
      { findMany(config: { with: Record<string, true> }): Promise<unknown[]> }
    >;

    for (const [table, config] of Object.entries(relations)) {
      const everyRelation = Object.fromEntries(
        Object.keys(config.relations).map((name) => [name, true as const]),
      );

      await expect(query[table]!.findMany({ with: everyRelation }), table).resolves.toBeInstanceOf(
        Array,
      );
    }
  });
});
