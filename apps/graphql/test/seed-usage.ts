/** Usage and billing rows for seeded customers: records, charges, alerts, invoices, orders. */
import {
  billedMobileCdrs,
  type Database,
  ensureCdrPartitions,
  fixedCdrs,
  highUsageAlerts,
  invoices,
  mobileCdrs,
  simOrderItems,
  simOrders,
  storedFiles,
  xdslCharges,
} from '@vnodrop/db';
import {
  customerRef,
  FIRST_CALL_AT,
  iccid,
  msisdn,
  pad,
  SNAPSHOT_AT,
  vgaNumber,
  voipNumber,
} from './seed-keys.ts';

/** Three records per SIM card, two calls per VGA line, one per VoIP number, an xDSL charge. */
export async function seedUsage(db: Database, ids: number[], fileId: number) {
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

  await ensureCdrPartitions(
    db,
    'mobile_cdrs',
    mobile.map((row) => row.startedAt),
  );
  await ensureCdrPartitions(
    db,
    'fixed_cdrs',
    fixed.map((row) => row.startedAt),
  );
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
export async function seedBilling(db: Database, ids: number[], fileId: number) {
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
  await ensureCdrPartitions(
    db,
    'billed_mobile_cdrs',
    first.map((row) => row.startedAt),
  );
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
