/** Rows that share a sort key, for the paging tests: cards of one day, records of one instant. */
import {
  customers,
  type Database,
  ensureCdrPartitions,
  fixedCdrs,
  mobileCdrs,
  sims,
  sourceFiles,
} from '@vnodrop/db';
import { customerRef, iccid, msisdn, pad, snapshotRow, vgaNumber } from './seed-keys.ts';

/** A customer with no rows yet but its name, for the tests that add their own. */
async function ensureCustomer(db: Database, n: number) {
  const [file] = await db.select({ id: sourceFiles.id }).from(sourceFiles).limit(1);

  await db
    .insert(customers)
    .values({ id: customerRef(n), name: `Client ${n}`, sourceFileId: file!.id, sourceLine: n + 1 })
    .onConflictDoNothing();

  return file!.id;
}

/** `count` SIM cards for customer `n`, all activated the same day. */
export async function seedSameDaySims(db: Database, n: number, count: number) {
  const fileId = await ensureCustomer(db, n);

  await db.insert(sims).values(
    Array.from({ length: count }, (_, index) => ({
      customerId: customerRef(n),
      iccid: iccid(n, 100 + index),
      msisdn: msisdn(n, 50 + index),
      msisdnRaw: msisdn(n, 50 + index).replace('+33', '0'),
      activationDate: '2026-03-01',
      ...snapshotRow(fileId, 1000 + index),
    })),
  );
}

/** `count` mobile and `count` fixed records for customer `n`, all started at `at`. */
export async function seedSameInstantCdrs(db: Database, n: number, count: number, at: Date) {
  const fileId = await ensureCustomer(db, n);
  const indexes = Array.from({ length: count }, (_, index) => index);

  await ensureCdrPartitions(db, 'mobile_cdrs', [at]);
  await ensureCdrPartitions(db, 'fixed_cdrs', [at]);
  await db.insert(mobileCdrs).values(
    indexes.map((index) => ({
      customerId: customerRef(n),
      cdrId: `MT${pad(n, 4)}${pad(index, 3)}`,
      startedAt: at,
      msisdn: msisdn(n, 1),
      msisdnRaw: msisdn(n, 1).replace('+33', '0'),
      eventType: 'SMS' as const,
      volume: 1,
      amount: '0.0100',
      sourceFileId: fileId,
      sourceLine: index + 2,
    })),
  );
  await db.insert(fixedCdrs).values(
    indexes.map((index) => ({
      service: 'VGA' as const,
      customerId: customerRef(n),
      cdrId: `VT${pad(n, 4)}${pad(index, 3)}`,
      startedAt: at,
      lineNumber: vgaNumber(n, 1),
      lineNumberRaw: vgaNumber(n, 1).replace('+33', '0'),
      calledNumberRaw: '3179',
      calledIsPhone: false,
      durationS: 10,
      amount: '0.0000',
      sourceFileId: fileId,
      sourceLine: index + 2,
    })),
  );
}
