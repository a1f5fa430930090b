import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  ensureCdrPartitions,
  invoices,
  mobileCdrs,
  rates,
  rateTables,
  storedFiles,
  type Database,
} from '../src/index.ts';
import { insertCustomerWithServices, insertSourceFile, mobileCdr } from './fixtures.ts';

describe.each(BACKENDS)('values on %s', (kind) => {
  let database: TestDatabase;
  let db: Database;
  let sourceFileId: number;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
    sourceFileId = await insertSourceFile(db);
    await insertCustomerWithServices(db, sourceFileId);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('numeric: decimals come back exactly as written, trailing zeros kept', async () => {
    const startedAt = new Date('2026-11-15T09:00:00Z');
    await ensureCdrPartitions(db, 'mobile_cdrs', [startedAt]);

    await db.insert(mobileCdrs).values({
      ...mobileCdr(sourceFileId, 'NUM-1', startedAt),
      unitPrice: '0.0450',
      amount: '9999999999.9999',
    });
    const [row] = await db
      .select({ unitPrice: mobileCdrs.unitPrice, amount: mobileCdrs.amount })
      .from(mobileCdrs)
      .where(eq(mobileCdrs.cdrId, 'NUM-1'));

    expect(row).toEqual({ unitPrice: '0.0450', amount: '9999999999.9999' });
  });

  it('numeric: money is rounded by the column scale, never through a float', async () => {
    await db.insert(invoices).values({
      invoiceNumber: 'F2026-0001',
      customerId: 'C001',
      invoiceDate: '2026-12-01',
      amountExclTax: '1234.5',
      vatAmount: '246.90',
      amountInclTax: '0.1',
      period: '2026-11',
      sourceFileId,
      sourceLine: 2,
    });

    const row = await db.query.invoices.findFirst({ where: { invoiceNumber: 'F2026-0001' } });

    expect(row).toMatchObject({
      amountExclTax: '1234.50',
      vatAmount: '246.90',
      amountInclTax: '0.10',
    });
  });

  it('timestamptz: instants come back as the same instant, to the millisecond', async () => {
    const ambiguousParisHour = new Date('2026-10-25T00:30:00.123Z');
    await ensureCdrPartitions(db, 'mobile_cdrs', [ambiguousParisHour]);

    await db.insert(mobileCdrs).values({
      ...mobileCdr(sourceFileId, 'TIME-1', ambiguousParisHour),
      timeAmbiguous: true,
    });
    const row = await db.query.mobileCdrs.findFirst({ where: { cdrId: 'TIME-1' } });

    expect(row?.startedAt).toBeInstanceOf(Date);
    expect(row?.startedAt.toISOString()).toBe('2026-10-25T00:30:00.123Z');
    expect(row?.timeAmbiguous).toBe(true);
    expect(row?.loadedAt).toBeInstanceOf(Date);
  });

  it('date: calendar dates come back as yyyy-MM-dd strings', async () => {
    const [table] = await db
      .insert(rateTables)
      .values({ code: 'STD', fileDate: '2026-03-29', sourceFileId })
      .returning();

    expect(table?.fileDate).toBe('2026-03-29');
  });

  it('rates: one rate per table, service, type, prefix and start, an empty prefix included', async () => {
    const [table] = await db
      .insert(rateTables)
      .values({ code: 'DATA', fileDate: '2026-01-01', sourceFileId })
      .returning();
    const dataRate = {
      rateTableId: table!.id,
      tableCode: 'DATA',
      service: 'MOBILE' as const,
      eventType: 'DATA' as const,
      prefix: null,
      price: '0.0100',
      validFrom: '2026-01-01',
      sourceFileId,
      sourceLine: 2,
    };

    await db.insert(rates).values(dataRate);
    const again = db.insert(rates).values({ ...dataRate, sourceLine: 3 });

    await expect(again).rejects.toMatchObject({
      cause: {
        message: expect.stringContaining(
          'rates_table_code_service_event_type_prefix_valid_from_key',
        ),
      },
    });
  });

  it('jsonb and bigint: extra columns and large volumes come back as stored', async () => {
    const startedAt = new Date('2026-11-16T09:00:00Z');
    await ensureCdrPartitions(db, 'mobile_cdrs', [startedAt]);

    await db.insert(mobileCdrs).values({
      ...mobileCdr(sourceFileId, 'DATA-1', startedAt),
      eventType: 'DATA',
      calledNumber: null,
      calledNumberRaw: null,
      calledIsPhone: null,
      durationS: null,
      volume: 5_000_000_000,
      extra: { Apn: 'internet', 'Cell Id': '0042' },
    });
    const cdr = await db.query.mobileCdrs.findFirst({ where: { cdrId: 'DATA-1' } });

    expect(cdr?.volume).toBe(5_000_000_000);
    expect(cdr?.extra).toEqual({ Apn: 'internet', 'Cell Id': '0042' });
  });

  it('bytea: file contents come back byte for byte', async () => {
    const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);

    const [stored] = await db
      .insert(storedFiles)
      .values({
        kind: 'invoice-pdf',
        path: 'Factures/Clients/202611/F2026-0001_C001.pdf',
        folder: 'Factures/Clients/202611',
        name: 'F2026-0001_C001.pdf',
        size: content.length,
        sha256: '0'.repeat(64),
        content,
        sourceFileId,
      })
      .returning();

    expect(Buffer.from(stored!.content).equals(content)).toBe(true);
  });
});
