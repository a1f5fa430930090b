import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BACKENDS, fixtureDrop, loadFixtureDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphApp } from '../src/app.ts';
import { FIXTURE_PERIOD, readExpectedBilling, type ExpectedBilling } from './billing-expected.ts';
import { dataOf, graphClient, type GraphResult } from './graph.ts';

interface Nodes<T> {
  totalCount: number;
  nodes: T[];
}

interface Discrepancy {
  kind: string;
  service: string;
  cdrId: string;
  customerRef: string;
  ratedAmount: string | null;
  billedAmount: string | null;
  expectedAmount: string | null;
  invoiceNumber: string | null;
  customer: { ref: string } | null;
  record: { cdrId: string; amount: string; sim?: { iccid: string } | null } | null;
  billedRecord: { cdrId: string; amount: string; invoice: { invoiceNumber: string } | null } | null;
}

const RECONCILIATION = `query Reconciliation($period: String!) {
  reconciliation(period: $period) {
    period service
    totals {
      service billedFileLoaded ratedRecords billedRecords ratedAmount expectedAmount
      unratedRecords ratingDiffers ratedNotBilled billedNeverRated amountDiffers duplicates
    }
    discrepancies(first: 500) {
      totalCount
      nodes {
        kind service cdrId customerRef ratedAmount billedAmount expectedAmount invoiceNumber
        customer { ref }
        record { cdrId amount ... on MobileCdr { sim { iccid } } }
        billedRecord { cdrId amount invoice { invoiceNumber } }
      }
    }
    invoiceChecks {
      totalCount
      nodes { invoiceNumber status summaryAmount billedAmount difference invoice { invoiceNumber } }
    }
  }
}`;

const RECORDS = `{
  cdrs(first: 500) {
    totalCount
    nodes {
      cdrId amount expectedAmount amountDifference noRateReason
      rate { tableCode prefix price }
      billed { cdrId amount expectedAmount amountDifference }
    }
  }
}`;

const USAGE_FIELDS = `period service eventType records billedRecords unratedRecords seconds
  kilobytes messages ratedAmount expectedAmount billedAmount`;

const CUSTOMER_USAGE = `query Usage($ref: String!, $period: String!) {
  customer(ref: $ref) {
    usage(period: $period) { ${USAGE_FIELDS} }
    sims(first: 50) { nodes { iccid usage(period: $period) { service records } } }
    vgaLines(first: 50) { nodes { number usage(period: $period) { service eventType records } } }
    xdslAccesses(first: 50) { nodes { usage(period: $period) { records } } }
  }
  customers(first: 500) { nodes { ref usage(period: $period) { records } } }
}`;

type UsageTotal = Record<string, string | number>;

const sorted = <T>(values: T[]) => [...values].sort();
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

for (const kind of BACKENDS) {
  describe(`billing (${kind})`, () => {
    let database: TestDatabase;
    let expected: ExpectedBilling;
    let query: ReturnType<typeof graphClient>;

    beforeAll(async () => {
      expected = await readExpectedBilling();
      database = await loadFixtureDatabase(kind);
      query = graphClient(database.handle.db);
    });

    afterAll(() => database?.drop());

    it('billing: the reconciliation finds exactly what drop.expected.json lists', async () => {
      const { reconciliation } = dataOf(
        await query<{
          reconciliation: {
            totals: Record<string, string | number | boolean>[];
            discrepancies: Nodes<Discrepancy>;
            invoiceChecks: Nodes<Record<string, unknown>>;
          };
        }>(RECONCILIATION, { period: FIXTURE_PERIOD }),
      );
      const found = reconciliation.discrepancies.nodes;

      expect(sorted(found.map((d) => `${d.kind} ${d.cdrId}`))).toEqual(
        sorted([
          ...expected.fixed_rated_not_billed.map((id) => `RATED_NOT_BILLED ${id}`),
          ...expected.mobile_rated_not_billed.map((id) => `RATED_NOT_BILLED ${id}`),
          ...expected.fixed_billed_never_rated.map((id) => `BILLED_NEVER_RATED ${id}`),
          `AMOUNT_DIFFERS ${expected.mobile_billed_amount_differs}`,
        ]),
      );
      expect(reconciliation.discrepancies.totalCount).toBe(found.length);

      for (const d of found) {
        expect(d.customer?.ref).toBe(d.customerRef);
        expect(d.record?.cdrId ?? null).toBe(d.kind === 'BILLED_NEVER_RATED' ? null : d.cdrId);
        expect(d.billedRecord?.cdrId ?? null).toBe(d.kind === 'RATED_NOT_BILLED' ? null : d.cdrId);
        expect(d.expectedAmount, 'the rate tables reproduce every record').toBe(
          d.ratedAmount ?? d.billedAmount,
        );
      }
      const mobile = found.filter((d) => d.service === 'MOBILE' && d.record !== null);
      expect(mobile.every((d) => /^\d{19,20}$/.test(d.record?.sim?.iccid ?? ''))).toBe(true);
      const differs = found.find((d) => d.kind === 'AMOUNT_DIFFERS')!;
      expect(differs.billedAmount).not.toBe(differs.ratedAmount);
      expect(differs.billedRecord?.invoice?.invoiceNumber).toBe(differs.invoiceNumber);

      const { invoice, billed, summary } = expected.invoice_total_differs;
      expect(reconciliation.invoiceChecks).toEqual({
        totalCount: 1,
        nodes: [
          {
            invoiceNumber: invoice,
            status: 'DIFFERS',
            summaryAmount: summary,
            billedAmount: billed,
            difference: '1.00',
            invoice: { invoiceNumber: invoice },
          },
        ],
      });

      expect(reconciliation.totals.map((t) => t.service)).toEqual(['MOBILE', 'VGA', 'VOIP']);
      for (const totals of reconciliation.totals) {
        expect(totals).toMatchObject({
          billedFileLoaded: true,
          unratedRecords: 0,
          ratingDiffers: 0,
          duplicates: 0,
        });
        expect(totals.expectedAmount).toBe(totals.ratedAmount);
      }
      expect(sum(reconciliation.totals.map((t) => Number(t.ratedRecords)))).toBe(
        expected.counts.mobile_cdrs! + expected.counts.vga_cdrs! + expected.counts.voip_cdrs!,
      );
    });

    it('billing: every other record re-rates to exactly the wholesaler amount', async () => {
      const { cdrs } = dataOf(
        await query<{
          cdrs: Nodes<{
            cdrId: string;
            amount: string;
            expectedAmount: string | null;
            amountDifference: string | null;
            noRateReason: string | null;
            rate: { tableCode: string; prefix: string | null; price: string } | null;
            billed: {
              amount: string;
              expectedAmount: string | null;
              amountDifference: string | null;
            } | null;
          }>;
        }>(RECORDS),
      );

      expect(cdrs.totalCount).toBe(cdrs.nodes.length);
      for (const cdr of cdrs.nodes) {
        expect([cdr.cdrId, cdr.expectedAmount, cdr.amountDifference]).toEqual([
          cdr.cdrId,
          cdr.amount,
          '0.0000',
        ]);
        expect(cdr.noRateReason).toBeNull();
        expect(cdr.rate?.tableCode, cdr.cdrId).toMatch(/^GRILLE-/);
        expect(cdr.rate?.price).toMatch(/^\d+\.\d+$/);
      }

      const billed = cdrs.nodes.filter((cdr) => cdr.billed !== null);
      const differs = billed.filter((cdr) => cdr.billed!.amountDifference !== '0.0000');
      expect(differs.map((cdr) => cdr.cdrId)).toEqual([expected.mobile_billed_amount_differs]);
      expect(differs[0]!.billed!.expectedAmount).toBe(differs[0]!.amount);
      for (const cdr of billed) expect(cdr.billed!.expectedAmount).toBe(cdr.amount);
    });

    it('billing: usage per customer, line and SIM card adds up to their records', async () => {
      const sample = expected.customer_sample;
      const { customer, customers } = dataOf(
        await query<{
          customer: {
            usage: UsageTotal[];
            sims: Nodes<{ iccid: string; usage: UsageTotal[] }>;
            vgaLines: Nodes<{ number: string; usage: UsageTotal[] }>;
            xdslAccesses: Nodes<{ usage: UsageTotal[] }>;
          };
          customers: Nodes<{ ref: string; usage: { records: number }[] }>;
        }>(CUSTOMER_USAGE, { ref: sample.customerId, period: FIXTURE_PERIOD }),
      );
      const records = (totals: UsageTotal[], service?: string) =>
        sum(totals.filter((t) => !service || t.service === service).map((t) => Number(t.records)));

      expect(records(customer.usage, 'MOBILE')).toBe(sample.ratedMobileCdrs);
      expect(records(customer.usage, 'VGA')).toBe(sample.ratedVgaCdrs);
      for (const total of customer.usage) {
        expect(total.period).toBe(FIXTURE_PERIOD);
        expect(total.expectedAmount).toBe(total.ratedAmount);
        expect(total.billedAmount).toMatch(/^\d+\.\d{4}$/);
        if (total.eventType !== 'VOICE') expect(total.seconds).toBe(0);
        if (total.eventType !== 'DATA') expect(total.kilobytes).toBe(0);
      }
      expect(sum(customer.sims.nodes.map((sim) => records(sim.usage)))).toBe(
        sample.ratedMobileCdrs,
      );
      expect(sum(customer.vgaLines.nodes.map((line) => records(line.usage)))).toBe(
        sample.ratedVgaCdrs,
      );
      expect(customer.vgaLines.nodes.flatMap((line) => line.usage.map((t) => t.service))).toEqual(
        expect.arrayContaining(['VGA']),
      );
      expect(customer.xdslAccesses.nodes.flatMap((access) => access.usage)).toEqual([]);

      expect(sum(customers.nodes.map((c) => records(c.usage as UsageTotal[])))).toBe(
        expected.counts.mobile_cdrs! + expected.counts.vga_cdrs! + expected.counts.voip_cdrs!,
      );
    });

    it('billing: invoices carry their billed total, their difference and their PDF', async () => {
      const { invoices } = dataOf(
        await query<{
          invoices: Nodes<{
            invoiceNumber: string;
            amountExclTax: string;
            billedTotal: string;
            difference: string;
            fileUrl: string | null;
            pdf: { url: string; path: string; sha256: string } | null;
          }>;
        }>(`{ invoices(first: 500) { totalCount nodes {
          invoiceNumber amountExclTax billedTotal difference fileUrl pdf { url path sha256 }
        } } }`),
      );
      const { invoice, billed, summary } = expected.invoice_total_differs;

      expect(invoices.totalCount).toBe(expected.invoices);
      expect(invoices.nodes.filter((row) => row.difference !== '0.00')).toEqual([
        expect.objectContaining({
          invoiceNumber: invoice,
          amountExclTax: summary,
          billedTotal: billed,
          difference: '1.00',
        }),
      ]);

      const app = createGraphApp({
        db: database.handle.db,
        access: { mode: 'open', rateLimitPerMinute: 0 },
      });
      const first = invoices.nodes.find((row) => row.invoiceNumber === invoice)!;
      expect(first.fileUrl).toBe(first.pdf?.url);
      expect(first.fileUrl).toMatch(/^\/files\/\d+$/);

      const response = await app.fetch(`http://graph.test${first.fileUrl}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      const onDisk = await readFile(path.join(fixtureDrop, first.pdf!.path));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(`${invoice}_`);
      expect(bytes.equals(onDisk)).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.pdf!.sha256);
    });

    it('billing: feeds say which families keep their cadence, at a given instant', async () => {
      const { feeds } = dataOf(
        await query<{ feeds: Record<string, unknown>[] }>(
          `{ feeds(now: "2026-10-25T08:00:00Z") {
              family cadenceSeconds lastExtractedAt dueAt overdueSeconds status } }`,
        ),
      );

      expect(Object.fromEntries(feeds.map((feed) => [feed.family, feed.status]))).toEqual({
        'account-vga': 'LATE',
        'account-voip': 'LATE',
        'account-xdsl': 'LATE',
        'account-status': 'MISSING',
        'rated-mobile': 'ON_TIME',
        'rated-vga': 'ON_TIME',
        'rated-voip': 'MISSING',
        'rated-xdsl': 'MISSING',
      });
      expect(feeds[0]).toEqual({
        family: 'account-vga',
        cadenceSeconds: 4 * 3600,
        lastExtractedAt: '2026-10-25T03:00:00.000Z',
        dueAt: '2026-10-25T07:00:00.000Z',
        overdueSeconds: 3600,
        status: 'LATE',
      });
    });

    it('billing: the report pages through its discrepancies in a stable order', async () => {
      type Page = Nodes<{ cdrId: string }> & {
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      const page = (after: string | null) =>
        query<{ reconciliation: { discrepancies: Page } }>(
          `query Page($after: String) { reconciliation(period: "2026-10") {
            discrepancies(first: 2, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { cdrId }
            } } }`,
          { after },
        );
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;

      for (;;) {
        const discrepancies: Page = dataOf(await page(after)).reconciliation.discrepancies;
        seen.push(...discrepancies.nodes.map((node) => node.cdrId));
        pages += 1;
        if (!discrepancies.pageInfo.hasNextPage) break;
        after = discrepancies.pageInfo.endCursor;
      }

      const all = dataOf(
        await query<{ reconciliation: { discrepancies: Nodes<{ cdrId: string }> } }>(
          `{ reconciliation(period: "2026-10") { discrepancies(first: 500) { nodes { cdrId } } } }`,
        ),
      );
      expect(seen).toEqual(all.reconciliation.discrepancies.nodes.map((node) => node.cdrId));
      expect(pages).toBe(Math.ceil(seen.length / 2));

      const mobile = dataOf(
        await query<{ reconciliation: { discrepancies: Nodes<{ cdrId: string }> } }>(
          `{ reconciliation(period: "2026-10", service: MOBILE) {
              discrepancies(kinds: [AMOUNT_DIFFERS]) { totalCount nodes { cdrId } } } }`,
        ),
      );
      expect(mobile.reconciliation.discrepancies).toEqual({
        totalCount: 1,
        nodes: [{ cdrId: expected.mobile_billed_amount_differs }],
      });
    });

    it('billing: a month that is not YYYY-MM is refused, saying how to write it', async () => {
      const result: GraphResult = await query(`{ reconciliation(period: "10/2026") { period } }`);

      expect(result.errors?.[0]?.message).toContain('write it YYYY-MM');
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}
