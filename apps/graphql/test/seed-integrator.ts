/**
 * Rows that belong to the integrator rather than to a customer, for the access tests: a rate
 * table, the wholesaler's invoice, a rejected row; and a billed fixed-line record per customer.
 */
import {
  billedFixedCdrs,
  type Database,
  ensureCdrPartitions,
  fixedCdrs,
  rates,
  rateTables,
  rejectedRows,
  storedFiles,
  wholesalerInvoices,
} from '@vnodrop/db';

export async function seedIntegratorRows(db: Database, fileId: number) {
  const [table] = await db
    .insert(rateTables)
    .values({ code: 'TARIF-A', fileDate: '2026-10-01', sourceFileId: fileId })
    .returning({ id: rateTables.id });
  await db.insert(rates).values({
    rateTableId: table!.id,
    tableCode: 'TARIF-A',
    service: 'MOBILE',
    eventType: 'VOICE',
    prefix: '33',
    price: '0.0450',
    validFrom: '2026-01-01',
    sourceFileId: fileId,
    sourceLine: 2,
  });

  const [pdf] = await db
    .insert(storedFiles)
    .values({
      kind: 'wholesaler-invoice',
      path: 'Factures/Grossiste/202610/FG-202610.pdf',
      folder: 'Factures/Grossiste/202610',
      name: 'FG-202610.pdf',
      size: 8,
      sha256: 'seed',
      content: Buffer.from('%PDF-1.4'),
      period: '2026-10',
      sourceFileId: fileId,
    })
    .returning({ id: storedFiles.id });
  await db
    .insert(wholesalerInvoices)
    .values({ reference: 'FG-202610', period: '2026-10', storedFileId: pdf!.id });

  await db.insert(rejectedRows).values({
    sourceFileId: fileId,
    line: 99,
    raw: 'C000002;garbage',
    reason: 'seeded',
  });

  const calls = await db.select().from(fixedCdrs);
  const first = calls.filter((row) => row.cdrId.endsWith('10'));
  await ensureCdrPartitions(
    db,
    'billed_fixed_cdrs',
    first.map((row) => row.startedAt),
  );
  await db.insert(billedFixedCdrs).values(
    first.map((row) => ({
      ...row,
      billingPeriod: '2026-10',
      invoiceNumber: `FAC-202610-${row.customerId.slice(-4)}`,
    })),
  );
}
