/**
 * A small drop's worth of rows, inserted through Drizzle: customers with VGA lines, a VoIP
 * number, an xDSL access, SIM cards, rated and billed records, status history, an invoice and
 * its PDF. Deterministic: customer `n` always gets the same rows.
 */
import {
  customers,
  type Database,
  sims,
  sourceFiles,
  statusChanges,
  syncRuns,
  vgaLines,
  voipNumbers,
  xdslAccesses,
} from '@vnodrop/db';
import {
  customerRef,
  iccid,
  msisdn,
  pad,
  SNAPSHOT_AT,
  snapshotRow,
  vgaNumber,
  voipNumber,
} from './seed-keys.ts';
import { seedBilling, seedUsage } from './seed-usage.ts';

export * from './seed-keys.ts';
export { seedSameDaySims, seedSameInstantCdrs } from './seed-ties.ts';

/** The ledger row every seeded row points at. */
async function seedSourceFile(db: Database, path: string) {
  const [run] = await db
    .insert(syncRuns)
    .values({ source: 'file:///seed', status: 'succeeded' })
    .returning({ id: syncRuns.id });
  const [file] = await db
    .insert(sourceFiles)
    .values({
      path,
      folder: path.split('/').slice(0, -1).join('/'),
      name: path.split('/').at(-1)!,
      size: 1024,
      status: 'loaded',
      family: 'account-vga',
      syncRunId: run!.id,
    })
    .returning({ id: sourceFiles.id });

  return file!.id;
}

export interface SeedOptions {
  /** How many customers, `C000001` upwards (default 2). */
  customers?: number;
}

/** Inserts the rows of `options.customers` customers; returns the ledger row's id. */
export async function seedCustomers(db: Database, options: SeedOptions = {}) {
  const count = options.customers ?? 2;
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  const fileId = await seedSourceFile(db, `Account_VGA/Account_VGA_VNO042_seed_${count}.csv`);

  await db.insert(customers).values(
    ids.map((n) => ({
      id: customerRef(n),
      name: `Client ${n}`,
      sourceFileId: fileId,
      sourceLine: n + 1,
    })),
  );
  await db.insert(vgaLines).values(
    ids.flatMap((n) =>
      [1, 2].map((line) => ({
        customerId: customerRef(n),
        number: vgaNumber(n, line),
        numberRaw: vgaNumber(n, line).replace('+33', '0'),
        city: 'Lyon',
        activationDate: '2026-01-15',
        extra: { Commentaire: `ligne ${line}` },
        ...snapshotRow(fileId, n * 10 + line),
      })),
    ),
  );
  await db.insert(voipNumbers).values(
    ids.map((n) => ({
      customerId: customerRef(n),
      number: voipNumber(n),
      numberRaw: voipNumber(n).replace('+33', '0'),
      sipAccount: `sip-${n}`,
      channels: 2,
      ...snapshotRow(fileId, n),
    })),
  );
  await db.insert(xdslAccesses).values(
    ids.map((n) => ({
      customerId: customerRef(n),
      accessRef: `XD${pad(n, 10)}`,
      lineNumber: vgaNumber(n, 1),
      lineNumberRaw: vgaNumber(n, 1).replace('+33', '0'),
      technology: 'VDSL2',
      ...snapshotRow(fileId, n),
    })),
  );
  await db.insert(sims).values(
    ids.flatMap((n) =>
      [1, 2].map((card) => ({
        customerId: customerRef(n),
        iccid: iccid(n, card),
        msisdn: msisdn(n, card),
        msisdnRaw: msisdn(n, card).replace('+33', '0'),
        activationDate: `2026-0${card}-10`,
        orderRef: 'CMD-SEED',
        ...snapshotRow(fileId, n * 10 + card),
      })),
    ),
  );
  await db.insert(statusChanges).values(
    ids.map((n) => ({
      subject: 'vga' as const,
      subjectKey: vgaNumber(n, 1),
      customerId: customerRef(n),
      event: 'status' as const,
      previousStatus: 'ACTIVE' as const,
      status: 'SUSPENDED' as const,
      observedAt: SNAPSHOT_AT,
      sourceFileId: fileId,
      sourceLine: n,
    })),
  );

  await seedUsage(db, ids, fileId);
  await seedBilling(db, ids, fileId);

  return fileId;
}
