/**
 * A small drop's worth of rows, inserted through Drizzle: customers with VGA lines, a VoIP
 * number, an xDSL access, SIM cards, rated and billed records, status history, an invoice and
 * its PDF. Deterministic: customer `n` always gets the same rows.
 */
import {
  billedMobileCdrs,
  customers,
  type Database,
  ensureCdrPartitions,
  fixedCdrs,
  highUsageAlerts,
  invoices,
  mobileCdrs,
  sims,
  simOrderItems,
  simOrders,
  sourceFiles,
  statusChanges,
  storedFiles,
  syncRuns,
  vgaLines,
  voipNumbers,
  xdslAccesses,
  xdslCharges,
} from '@vnodrop/db';
import { luhnValid } from '@vnodrop/schemas';

export const SNAPSHOT_AT = new Date('2026-10-25T02:00:00Z');
export const FIRST_CALL_AT = new Date('2026-10-24T08:00:00Z');

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export const customerRef = (n: number) => `C${pad(n, 6)}`;
/** `0146 27 nn nn` lines, two per customer. */
export const vgaNumber = (n: number, line: number) => `+3314627${pad(n * 10 + line, 4)}`;
export const voipNumber = (n: number) => `+3397210${pad(n, 4)}`;
export const msisdn = (n: number, card: number) => `+336123${pad(n * 100 + card, 5)}`;

/** A Luhn-valid 19-digit ICCID for a card number. */
export function iccid(n: number, card: number): string {
  const body = `893301${pad(n, 6)}${pad(card, 6)}`;
  const check = [...'0123456789'].find((digit) => luhnValid(body + digit));

  return body + check;
}

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

function snapshotRow(sourceFileId: number, sourceLine: number) {
  return {
    status: 'ACTIVE' as const,
    firstSeenAt: SNAPSHOT_AT,
    lastReportedAt: SNAPSHOT_AT,
    snapshotAt: SNAPSHOT_AT,
    sourceFileId,
    sourceLine,
  };
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
    ids.map((n) => ({ id: customerRef(n), name: `Client ${n}`, sourceFileId: fileId, sourceLine: n + 1 })),
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

/** Three records per SIM card, two calls per VGA line, one per VoIP number, an xDSL charge. */
async function seedUsage(db: Database, ids: number[], fileId: number) {
  const at = (minutes: number) => new Date(FIRST_CALL_AT.getTime() + minutes * 60_000);
  const mobile = ids.flatMap((n) =>
    [1, 2].flatMap((card) =>
      [0, 1, 2].map((k) => ({
        customerId: customerRef(n),
        cdrId: `M${pad(n, 4)}${card}${k}`,
        startedAt: at(n * 60 + card * 10 + k),
        msisdn: msisdn(n, card),
        msisdnRaw: msisdn(n, card).replace('+33', '0'),
        iccid: iccid(n, card),
        eventType: k === 2 ? ('DATA' as const) : ('VOICE' as const),
        durationS: k === 2 ? null : 60 + k,
        volume: k === 2 ? 2048 : null,
        amount: `0.${pad(450 + k, 4)}`,
        unitPrice: '0.0450',
        sourceFileId: fileId,
        sourceLine: k + 2,
      })),
    ),
  );
  const fixed = ids.flatMap((n) => [
    ...[1, 2].flatMap((line) =>
      [0, 1].map((k) => ({
        service: 'VGA' as const,
        customerId: customerRef(n),
        cdrId: `V${pad(n, 4)}${line}${k}`,
        startedAt: at(n * 60 + line * 10 + k),
        lineNumber: vgaNumber(n, line),
        lineNumberRaw: vgaNumber(n, line).replace('+33', '0'),
        calledNumber: '+33612345678',
        calledNumberRaw: '0612345678',
        calledIsPhone: true,
        durationS: 120,
        amount: '0.1200',
        sourceFileId: fileId,
        sourceLine: k + 2,
      })),
    ),
    {
      service: 'VOIP' as const,
      customerId: customerRef(n),
      cdrId: `P${pad(n, 4)}`,
      startedAt: at(n * 60 + 40),
      lineNumber: voipNumber(n),
      lineNumberRaw: voipNumber(n).replace('+33', '0'),
      calledNumber: null,
      calledNumberRaw: '3179',
      calledIsPhone: false,
      durationS: 30,
      amount: '0.0000',
      sourceFileId: fileId,
      sourceLine: 2,
    },
  ]);

  await ensureCdrPartitions(db, 'mobile_cdrs', mobile.map((row) => row.startedAt));
  await ensureCdrPartitions(db, 'fixed_cdrs', fixed.map((row) => row.startedAt));
  await db.insert(mobileCdrs).values(mobile);
  await db.insert(fixedCdrs).values(fixed);
  await db.insert(xdslCharges).values(
    ids.map((n) => ({
      customerId: customerRef(n),
      cdrId: `X${pad(n, 4)}`,
      accessRef: `XD${pad(n, 10)}`,
      chargeType: 'RECURRING' as const,
      label: 'Abonnement VDSL2',
      amount: '29.9000',
      sourceFileId: fileId,
      sourceLine: n + 1,
    })),
  );
  await db.insert(highUsageAlerts).values(
    ids.map((n) => ({
      customerId: customerRef(n),
      msisdn: msisdn(n, 1),
      msisdnRaw: msisdn(n, 1).replace('+33', '0'),
      iccid: iccid(n, 1),
      periodStart: '2026-10-01',
      volumeMb: '5120.000',
      thresholdMb: '5000.000',
      level: 102,
      detectedAt: SNAPSHOT_AT,
      sourceFileId: fileId,
      sourceLine: n + 1,
    })),
  );
}

/** An invoice per customer with its PDF, the first mobile record billed, a SIM order. */
async function seedBilling(db: Database, ids: number[], fileId: number) {
  const pdfs = await db
    .insert(storedFiles)
    .values(
      ids.map((n) => ({
        kind: 'invoice-pdf' as const,
        path: `Factures/Clients/202610/FAC-202610-${pad(n, 4)}_${customerRef(n)}.pdf`,
        folder: 'Factures/Clients/202610',
        name: `FAC-202610-${pad(n, 4)}_${customerRef(n)}.pdf`,
        size: 8,
        sha256: 'seed',
        contentType: 'application/pdf',
        content: Buffer.from('%PDF-1.4'),
        period: '2026-10',
        invoiceNumber: `FAC-202610-${pad(n, 4)}`,
        customerId: customerRef(n),
        sourceFileId: fileId,
      })),
    )
    .returning({ id: storedFiles.id, customerId: storedFiles.customerId });

  await db.insert(invoices).values(
    ids.map((n) => ({
      invoiceNumber: `FAC-202610-${pad(n, 4)}`,
      customerId: customerRef(n),
      invoiceDate: '2026-10-31',
      amountExclTax: '1234.50',
      vatAmount: '246.90',
      amountInclTax: '1481.40',
      period: '2026-10',
      pdfFileId: pdfs.find((pdf) => pdf.customerId === customerRef(n))!.id,
      sourceFileId: fileId,
      sourceLine: n + 1,
    })),
  );

  const billed = await db.select().from(mobileCdrs);
  const first = billed.filter((row) => row.cdrId.endsWith('10'));
  await ensureCdrPartitions(db, 'billed_mobile_cdrs', first.map((row) => row.startedAt));
  await db.insert(billedMobileCdrs).values(
    first.map((row) => ({
      ...row,
      billingPeriod: '2026-10',
      invoiceNumber: `FAC-202610-${row.customerId.slice(-4)}`,
    })),
  );

  await db
    .insert(simOrders)
    .values({ orderRef: 'CMD-SEED', orderDate: '2026-01-05', sourceFileId: fileId, sourceLine: 1 })
    .onConflictDoNothing();
  await db.insert(simOrderItems).values(
    ids.map((n) => ({
      orderRef: 'CMD-SEED',
      iccid: iccid(n, 1),
      simFormat: 'TRIPLE' as const,
      sourceFileId: fileId,
      sourceLine: n + 1,
    })),
  );
}

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
