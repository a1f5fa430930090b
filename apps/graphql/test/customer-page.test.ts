import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizePhone } from '@vnodrop/schemas';
import { BACKENDS, fixturesDir, loadFixtureDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, graphClient } from './graph.ts';

interface CustomerSample {
  customerId: string;
  name: string;
  vgaLines: string[];
  voipNumbers: string[];
  xdslAccesses: string[];
  simIccids: string[];
  ratedMobileCdrs: number;
  ratedVgaCdrs: number;
  invoices: string[];
}

interface Expected {
  customer_sample: CustomerSample;
  vga_status_changes: Record<string, string[]>;
  vga_dropped_after_second_snapshot: string;
  sim_barred_from_0300: string;
  dst_cdrs: { cdrId: string; utc: string; ambiguous: boolean }[];
  fixed_rated_not_billed: string[];
  mobile_rated_not_billed: string[];
  fixed_billed_never_rated: string[];
  mobile_billed_amount_differs: string;
  invoice_total_differs: { invoice: string; billed: string; summary: string };
}

interface Nodes<T> {
  totalCount: number;
  nodes: T[];
}

interface CustomerPage {
  ref: string;
  name: string;
  vgaLines: Nodes<{ number: string }>;
  voipLines: Nodes<{ number: string }>;
  xdslAccesses: Nodes<{ accessRef: string }>;
  sims: Nodes<{ iccid: string }>;
  mobileCdrs: Nodes<{ cdrId: string; startedAt: string; amount: string }>;
  vgaCdrs: Nodes<{ cdrId: string; amount: string }>;
  invoices: Nodes<{ invoiceNumber: string; pdf: { name: string } | null }>;
}

/** What a customer page asks for: the customer, its lines and cards, latest usage, invoices. */
const CUSTOMER_PAGE = `query CustomerPage($ref: String!) {
  customer(ref: $ref) {
    ref name
    vgaLines { totalCount nodes { number } }
    voipLines { totalCount nodes { number } }
    xdslAccesses { totalCount nodes { accessRef } }
    sims { totalCount nodes { iccid } }
    mobileCdrs(first: 5) { totalCount nodes { cdrId startedAt amount } }
    vgaCdrs: fixedCdrs(first: 5, filter: { service: [VGA] }) { totalCount nodes { cdrId amount } }
    invoices { totalCount nodes { invoiceNumber pdf { name } } }
  }
}`;

const sorted = (values: string[]) => [...values].sort();

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    let database: TestDatabase;
    let expected: Expected;
    let sample: CustomerSample;

    beforeAll(async () => {
      expected = JSON.parse(
        await readFile(path.join(fixturesDir, 'drop.expected.json'), 'utf8'),
      ) as Expected;
      sample = expected.customer_sample;
      database = await loadFixtureDatabase(kind);
    });

    afterAll(() => database?.drop());

    it("graph: the fixture drop's customer page shows what drop.expected.json says", async () => {
      const query = graphClient(database.handle.db);
      const { customer } = dataOf(
        await query<{ customer: CustomerPage }>(CUSTOMER_PAGE, { ref: sample.customerId }),
      );
      const e164 = (numbers: string[]) => sorted(numbers.map((raw) => normalizePhone(raw).e164));

      expect(customer.ref).toBe(sample.customerId);
      expect(customer.name).toBe(sample.name);
      expect(sorted(customer.vgaLines.nodes.map((line) => line.number))).toEqual(
        e164(sample.vgaLines),
      );
      expect(sorted(customer.voipLines.nodes.map((line) => line.number))).toEqual(
        e164(sample.voipNumbers),
      );
      expect(sorted(customer.xdslAccesses.nodes.map((access) => access.accessRef))).toEqual(
        sorted(sample.xdslAccesses),
      );
      expect(sorted(customer.sims.nodes.map((sim) => sim.iccid))).toEqual(sorted(sample.simIccids));
      expect(customer.mobileCdrs.totalCount).toBe(sample.ratedMobileCdrs);
      expect(customer.vgaCdrs.totalCount).toBe(sample.ratedVgaCdrs);
      expect(customer.invoices.nodes.map((invoice) => invoice.invoiceNumber)).toEqual(
        sample.invoices,
      );

      const starts = customer.mobileCdrs.nodes.map((cdr) => cdr.startedAt);
      expect(starts, 'latest records first').toEqual([...starts].sort().reverse());
      for (const cdr of [...customer.mobileCdrs.nodes, ...customer.vgaCdrs.nodes]) {
        expect(cdr.amount, 'amounts are exact decimal strings').toMatch(/^-?\d+\.\d{4}$/);
      }
      expect(customer.invoices.nodes[0]?.pdf?.name).toBe(
        `${sample.invoices[0]}_${sample.customerId}.pdf`,
      );
    });

    it('graph: line and card histories are those drop.expected.json lists', async () => {
      const query = graphClient(database.handle.db);
      const [[number, statuses]] = Object.entries(expected.vga_status_changes) as [
        [string, string[]],
      ];
      const data = dataOf(
        await query<{
          changed: { statusHistory: { nodes: { status: string }[] } };
          dropped: { reported: boolean };
          barred: { status: string; statusHistory: { nodes: { status: string }[] } };
        }>(
          `query Histories($changed: PhoneNumber!, $dropped: PhoneNumber!, $barred: Iccid!) {
            changed: line(number: $changed) { statusHistory { nodes { status } } }
            dropped: line(number: $dropped) { reported }
            barred: sim(iccid: $barred) { status statusHistory { nodes { status } } }
          }`,
          {
            changed: number,
            dropped: expected.vga_dropped_after_second_snapshot,
            barred: expected.sim_barred_from_0300,
          },
        ),
      );

      expect(data.changed.statusHistory.nodes.map((change) => change.status)).toEqual(statuses);
      expect(data.dropped.reported).toBe(false);
      expect(data.barred.status).toBe('BARRED');
      expect(data.barred.statusHistory.nodes.at(-1)?.status).toBe('BARRED');
    });

    it('graph: records of the repeated autumn hour keep their first occurrence', async () => {
      const query = graphClient(database.handle.db);
      const { cdrs } = dataOf(
        await query<{ cdrs: Nodes<{ cdrId: string; startedAt: string; timeAmbiguous: boolean }> }>(
          `{ cdrs(first: 500, filter: { from: "2026-10-25T00:30:00Z", to: "2026-10-25T00:30:01Z" })
             { nodes { cdrId startedAt timeAmbiguous } } }`,
        ),
      );
      const dst = cdrs.nodes.filter((cdr) =>
        expected.dst_cdrs.some((record) => record.cdrId === cdr.cdrId),
      );

      expect(sorted(dst.map((cdr) => cdr.cdrId))).toEqual(
        sorted(expected.dst_cdrs.map((record) => record.cdrId)),
      );
      for (const cdr of dst) {
        const record = expected.dst_cdrs.find((candidate) => candidate.cdrId === cdr.cdrId)!;

        expect(cdr.startedAt).toBe(new Date(record.utc).toISOString());
        expect(cdr.timeAmbiguous).toBe(record.ambiguous);
      }
    });

    it('graph: billing gaps are those drop.expected.json lists', async () => {
      const query = graphClient(database.handle.db);
      const data = dataOf(
        await query<{
          unbilled: Nodes<{ cdrId: string }>;
          differs: Nodes<{ cdrId: string; amount: string; billed: { amount: string } | null }>;
          invoices: Nodes<{
            invoiceNumber: string;
            amountExclTax: string;
            billedAmountExclTax: string;
            billedFixedCdrs: Nodes<{ cdrId: string; rated: { cdrId: string } | null }>;
          }>;
        }>(
          `{
            unbilled: cdrs(first: 500, filter: { billed: false }) { nodes { cdrId } }
            differs: cdrs(first: 500, filter: { service: [MOBILE], billed: true }) {
              nodes { cdrId amount billed { amount } }
            }
            invoices(first: 500) {
              nodes {
                invoiceNumber amountExclTax billedAmountExclTax
                billedFixedCdrs(first: 500) { nodes { cdrId rated { cdrId } } }
              }
            }
          }`,
        ),
      );

      expect(sorted(data.unbilled.nodes.map((cdr) => cdr.cdrId))).toEqual(
        sorted([...expected.fixed_rated_not_billed, ...expected.mobile_rated_not_billed]),
      );

      const differs = data.differs.nodes.find(
        (cdr) => cdr.cdrId === expected.mobile_billed_amount_differs,
      );
      expect(differs?.billed?.amount).toBeDefined();
      expect(differs?.billed?.amount).not.toBe(differs?.amount);

      const neverRated = data.invoices.nodes.flatMap((invoice) =>
        invoice.billedFixedCdrs.nodes.filter((cdr) => cdr.rated === null).map((cdr) => cdr.cdrId),
      );
      expect(sorted(neverRated)).toEqual(sorted(expected.fixed_billed_never_rated));

      const { invoice, billed, summary } = expected.invoice_total_differs;
      expect(data.invoices.nodes.find((row) => row.invoiceNumber === invoice)).toMatchObject({
        amountExclTax: summary,
        billedAmountExclTax: billed,
      });
    });
  });
}
