import { pathToFileURL } from 'node:url';
import { amountDifference, sumAmounts } from '@vnodrop/billing';
import {
  checkInvoiceTotals,
  feedFreshness,
  listBillingDiscrepancies,
  QueryArgumentError,
  summarizeReconciliation,
  usageTotals,
  type Database,
} from '@vnodrop/db';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import { openSource } from '../src/sources/index.ts';
import { expectedBilling } from './support/billing-expected.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

const PERIOD = '2026-10';

describe.each(BACKENDS)('reconciliation of the fixture drop (%s)', (kind) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
    const source = await openSource(pathToFileURL(fixtureDrop).href);
    try {
      await runSync({ source, database: database.handle });
    } finally {
      await source.close();
    }
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('reconciliation: finds exactly the discrepancies drop.expected.json lists', async () => {
    const found = await listBillingDiscrepancies(db);

    expect(found.map((d) => [d.kind, d.service, d.cdrId])).toEqual([
      ['amount-differs', 'MOBILE', expectedBilling.mobile_billed_amount_differs],
      ...expectedBilling.mobile_rated_not_billed.map((id) => ['rated-not-billed', 'MOBILE', id]),
      ...expectedBilling.fixed_billed_never_rated.map((id) => ['billed-never-rated', 'VGA', id]),
      ...expectedBilling.fixed_rated_not_billed.map((id) => ['rated-not-billed', 'VGA', id]),
    ]);
    expect(found.every((d) => d.period === PERIOD)).toBe(true);
  });

  it('reconciliation: each discrepancy carries the amounts and invoice to act on', async () => {
    const found = await listBillingDiscrepancies(db, {
      kinds: ['amount-differs', 'billed-never-rated'],
    });

    expect(found).toEqual([
      expect.objectContaining({
        kind: 'amount-differs',
        table: 'mobile_cdrs',
        customerId: 'C000007',
        ratedAmount: '0.2546',
        billedAmount: '0.3546',
        expectedAmount: '0.2546',
        billingPeriod: PERIOD,
        duplicateOf: null,
      }),
      expect.objectContaining({
        kind: 'billed-never-rated',
        table: 'billed_fixed_cdrs',
        cdrId: 'V420000355',
        customerId: 'C000001',
        ratedAmount: null,
        invoiceNumber: 'FAC-202610-0001',
      }),
    ]);
    expect(found[1]?.expectedAmount).toBe(found[1]?.billedAmount);
  });

  it('reconciliation: filters by month, service and customer', async () => {
    const ids = async (filter: Parameters<typeof listBillingDiscrepancies>[1]) =>
      (await listBillingDiscrepancies(db, filter)).map((d) => d.cdrId);

    expect(await ids({ period: '2026-09' })).toEqual([]);
    expect(await ids({ period: PERIOD, service: 'VOIP' })).toEqual([]);
    expect(await ids({ service: 'MOBILE' })).toEqual(['M420000008', 'M420000021']);
    expect(await ids({ customerId: 'C000001' })).toEqual(['V420000355', 'V420000302']);
    expect(await ids({ kinds: ['duplicate'] })).toEqual([]);
    await expect(ids({ period: '2026-13' })).rejects.toThrow(QueryArgumentError);
  });

  it('reconciliation: the invoice whose summary differs from its billed records', async () => {
    const differing = await checkInvoiceTotals(db, { onlyDifferences: true });
    const all = await checkInvoiceTotals(db, { period: PERIOD });

    expect(differing).toEqual([
      {
        invoiceNumber: expectedBilling.invoice_total_differs.invoice,
        customerId: 'C000001',
        period: PERIOD,
        summaryAmount: expectedBilling.invoice_total_differs.summary,
        billedAmount: expectedBilling.invoice_total_differs.billed,
        billedRecords: 20,
        difference: '1.00',
        status: 'differs',
      },
    ]);
    expect(all).toHaveLength(expected.invoices);
    expect(all.filter((check) => check.status === 'matches')).toHaveLength(expected.invoices - 1);
  });

  it('reconciliation: the month in figures, per service, adds up', async () => {
    const summaries = await summarizeReconciliation(db, { period: PERIOD });

    expect(summaries.map((s) => [s.service, s.ratedRecords, s.billedRecords])).toEqual([
      ['MOBILE', expected.counts.mobile_cdrs, expected.counts.mobile_cdrs! - 1],
      ['VGA', expected.counts.vga_cdrs, expected.counts.vga_cdrs! - 1],
      ['VOIP', expected.counts.voip_cdrs, expected.counts.voip_cdrs],
    ]);
    expect(summaries.map((s) => [s.ratedNotBilled, s.billedNeverRated, s.amountDiffers])).toEqual([
      [1, 0, 1],
      [2, 1, 0],
      [0, 0, 0],
    ]);
    for (const s of summaries) {
      expect(s).toMatchObject({ billedFileLoaded: true, unratedRecords: 0, ratingDiffers: 0 });
      expect(s.duplicates).toBe(0);
      expect(s.expectedAmount).toBe(s.ratedAmount);
      // Billed = rated − rated but not billed + billed never rated + billed less rated.
      const rebuilt = sumAmounts([
        amountDifference(s.ratedAmount, s.ratedNotBilledAmount),
        s.billedNeverRatedAmount,
        s.amountDifference,
      ]);
      expect(rebuilt).toBe(s.billedAmount);
    }
    expect(summaries[0]).toMatchObject({ ratedAmount: '47.9102', amountDifference: '0.1000' });
  });

  it('reconciliation: usage totals per customer, line and SIM, by kind of usage', async () => {
    const sample = expected.customer_sample;
    const byCustomer = await usageTotals(db, { by: 'customer', customerId: sample.customerId });
    const records = (service: string) =>
      byCustomer.filter((t) => t.service === service).reduce((n, t) => n + t.records, 0);

    expect(records('MOBILE')).toBe(sample.ratedMobileCdrs);
    expect(records('VGA')).toBe(sample.ratedVgaCdrs);
    expect(byCustomer.every((t) => t.subject === null && t.period === PERIOD)).toBe(true);
    expect(sumAmounts(byCustomer.map((t) => t.billedAmount))).toBe('6.4970');
    for (const total of byCustomer) {
      expect(total.expectedAmount).toBe(total.ratedAmount);
      if (total.eventType !== 'VOICE') expect(total.seconds).toBe(0);
      if (total.eventType !== 'DATA') expect(total.kilobytes).toBe(0);
    }

    const bySim = await usageTotals(db, { by: 'sim', customerId: sample.customerId });
    expect(new Set(bySim.map((t) => t.subject))).toEqual(
      new Set(sample.simIccids.filter((iccid) => bySim.some((t) => t.subject === iccid))),
    );
    expect(bySim.reduce((n, t) => n + t.records, 0)).toBe(sample.ratedMobileCdrs);

    const byLine = await usageTotals(db, { by: 'line', customerId: sample.customerId });
    const lines = sample.vgaLines.map((national) => `+33${national.slice(1)}`);
    expect(byLine.every((t) => lines.includes(t.subject!) && t.eventType === 'VOICE')).toBe(true);
    expect(byLine.reduce((n, t) => n + t.records, 0)).toBe(sample.ratedVgaCdrs);
    const oneLine = await usageTotals(db, { by: 'line', subject: byLine[0]!.subject! });
    expect(oneLine).toEqual([byLine[0]]);

    const everything = await usageTotals(db, { by: 'customer', period: PERIOD });
    const data = everything.filter((t) => t.eventType === 'DATA');
    expect(everything.reduce((n, t) => n + t.records, 0)).toBe(182 + 120 + 30);
    expect(data.reduce((n, t) => n + t.records, 0)).toBe(65);
    expect(data.every((t) => t.kilobytes > 0 && t.messages === 0)).toBe(true);
  });

  it('reconciliation: feed freshness against each cadence, relative to now', async () => {
    const statuses = async (now: string) =>
      Object.fromEntries(
        (await feedFreshness(db, { now: new Date(now) })).map((f) => [f.family, f.status]),
      );

    expect(await statuses('2026-10-25T07:20:00Z')).toEqual({
      'account-vga': 'on-time',
      'account-voip': 'on-time',
      'account-xdsl': 'on-time',
      'account-status': 'missing',
      'rated-mobile': 'on-time',
      'rated-vga': 'on-time',
      'rated-voip': 'missing',
      'rated-xdsl': 'missing',
    });
    expect(await statuses('2026-10-25T08:00:00Z')).toMatchObject({
      'account-vga': 'late',
      'account-status': 'missing',
    });
    expect(await statuses('2026-10-26T00:30:00Z')).toMatchObject({
      'account-vga': 'missing',
      'rated-mobile': 'on-time',
      'rated-voip': 'on-time',
    });

    const [vga] = await feedFreshness(db, { now: new Date('2026-10-25T08:00:00Z') });
    expect(vga).toEqual({
      family: 'account-vga',
      everyMs: 4 * 3_600_000,
      lastExtractedAt: new Date('2026-10-25T03:00:00Z'),
      lastLoadedAt: expect.any(Date),
      dueAt: new Date('2026-10-25T07:00:00Z'),
      overdueMs: 3_600_000,
      status: 'late',
    });
  });
});
