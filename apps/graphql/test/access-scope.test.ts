import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';
import { accessWith, graphServer, keyFor, partnerKey, persistedClient } from './access-kit.ts';
import { dataOf, type GraphResult } from './graph.ts';
import { iccid, msisdn, seedCustomers, vgaNumber, voipNumber } from './seed.ts';
import { seedIntegratorRows } from './seed-integrator.ts';

type Query = <T = Record<string, unknown>>(
  document: string,
  variables?: Record<string, unknown>,
) => Promise<GraphResult<T>>;

/** Every id under a value, with its type name, as `{ id, __typename }` pairs. */
function idsUnder(value: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    value.forEach((item) => idsUnder(item, found));
  } else if (value && typeof value === 'object') {
    const row = value as Record<string, unknown>;

    if (typeof row.id === 'string' && typeof row.__typename === 'string') {
      found.set(row.id, row.__typename);
    }
    Object.values(row).forEach((item) => idsUnder(item, found));
  }

  return found;
}

/** Everything of one customer that a node id reaches. */
const CUSTOMER_ROWS = `query CustomerRows($ref: String!) {
  customer(ref: $ref) {
    __typename id
    vgaLines { nodes { __typename id statusHistory { nodes { __typename id } }
      cdrs { nodes { __typename id ... on FixedCdr { billed { __typename id } } } } } }
    voipLines { nodes { __typename id cdrs { nodes { __typename id } } } }
    xdslAccesses { nodes { __typename id charges { nodes { __typename id } } } }
    sims { nodes { __typename id iccid
      cdrs { nodes { __typename id ... on MobileCdr { billed { __typename id } } } }
      alerts { nodes { __typename id } }
      order { items(first: 500) { nodes { __typename id iccid } } } } }
    invoices { nodes { __typename id pdf { __typename id }
      billedMobileCdrs { nodes { __typename id } } billedFixedCdrs { nodes { __typename id } } } }
    statusHistory { nodes { __typename id } }
  }
}`;

/** Rows of the integrator's own: tariffs, its supplier's invoices, the sync's ledger. */
const INTEGRATOR_ROWS = `{
  tariffTables { nodes { __typename id rates { nodes { __typename id } } } }
  wholesalerInvoices { nodes { __typename id document { __typename id } } }
  syncRuns { nodes { __typename id } }
  sourceFiles { nodes { rejectedRows { nodes { __typename id } } } }
}`;

const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

const ROOTS = `query Roots($bRef: String!, $bLine: PhoneNumber!, $bVoip: PhoneNumber!,
    $bIccid: Iccid!, $bMsisdn: PhoneNumber!) {
  customers { totalCount nodes { ref } }
  searched: customers(search: $bRef) { totalCount }
  customer(ref: $bRef) { ref }
  line(number: $bLine) { number }
  voip: line(number: $bVoip) { number }
  sim(iccid: $bIccid) { iccid }
  byNumber: sim(msisdn: $bMsisdn) { iccid }
  cdrs(first: 500) { totalCount nodes { customerRef } }
  bCdrs: cdrs(filter: { customer: $bRef }) { totalCount }
  invoices { totalCount nodes { customerRef } }
  bInvoices: invoices(filter: { customer: $bRef }) { totalCount }
  documents { totalCount nodes { customerRef path } }
  sourceFiles { totalCount nodes { path } }
  syncRuns { totalCount }
  tariffTables { totalCount }
  wholesalerInvoices { totalCount }
}`;

/** The counts of a customer page, every connection of it. */
const COUNTS = `query Counts($ref: String!) {
  customer(ref: $ref) {
    vgaLines { totalCount } voipLines { totalCount } xdslAccesses { totalCount }
    sims { totalCount nodes { cdrs { totalCount } alerts { totalCount } statusHistory { totalCount } } }
    mobileCdrs { totalCount } fixedCdrs { totalCount } xdslCharges { totalCount }
    invoices { totalCount nodes { billedMobileCdrs { totalCount } billedFixedCdrs { totalCount } } }
    alerts { totalCount } statusHistory { totalCount }
  }
}`;

/** The billing reports, which add up records of every customer a caller may read. */
const BILLING = `query Billing($ref: String!) {
  reconciliation(period: "2026-10") {
    totals { service ratedRecords billedRecords ratedNotBilled ratedAmount }
    discrepancies(first: 500) { totalCount nodes { customerRef cdrId } }
    invoiceChecks(first: 500, differencesOnly: false) { totalCount nodes { customerRef } }
  }
  customer(ref: $ref) { usage(period: "2026-10") { service eventType records ratedAmount } }
  feeds { family status }
}`;

interface Billing {
  reconciliation: {
    totals: { service: string; ratedRecords: number; billedRecords: number }[];
    discrepancies: { totalCount: number; nodes: { customerRef: string }[] };
    invoiceChecks: { totalCount: number; nodes: { customerRef: string }[] };
  };
  customer: { usage: unknown[] } | null;
  feeds: unknown[];
}

const refsOf = (page: { nodes: { customerRef: string }[] }) =>
  new Set(page.nodes.map((node) => node.customerRef));
const countOf = (billing: Billing, count: 'ratedRecords' | 'billedRecords') =>
  billing.reconciliation.totals.reduce((sum, total) => sum + total[count], 0);

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    let database: TestDatabase;
    let frontend: Query;
    let north: Query;
    let south: Query;
    /** Ids of C000002's rows, and of the integrator's, by type. */
    let hidden: Map<string, string>;
    /** Of those, the integrator's. */
    let integratorIds: Set<string>;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      const db = database.handle.db;
      const fileId = await seedCustomers(db, { customers: 2 });
      await seedIntegratorRows(db, fileId);
      const send = graphServer(db, accessWith());
      const raw = async (headers: Record<string, string>) =>
        (async (document, variables = {}) =>
          (await send({ headers, body: { query: document, variables } })).json) as Query;

      frontend = await raw(await keyFor(db, { role: 'frontend' }));
      north = persistedClient(db, send, await partnerKey(db, 'north', ['C000001']));
      south = persistedClient(db, send, await partnerKey(db, 'south', ['C000002']));

      const b = dataOf(await frontend(CUSTOMER_ROWS, { ref: 'C000002' }));
      const integrator = dataOf(await frontend(INTEGRATOR_ROWS));
      const bIccids = new Set([iccid(2, 1), iccid(2, 2)]);
      const rows = idsUnder(b);

      integratorIds = new Set(idsUnder(integrator).keys());
      for (const [id, type] of idsUnder(integrator)) rows.set(id, type);
      // The order is shared by both customers' cards: only C000002's items are its own.
      const items = JSON.stringify(b).match(/"SimOrderItem","id":"[^"]+","iccid":"\d+"/g) ?? [];
      for (const item of items) {
        const [, id, itemIccid] = /"id":"([^"]+)","iccid":"(\d+)"/.exec(item)!;
        if (!bIccids.has(itemIccid!)) rows.delete(id!);
      }
      hidden = rows;
    });

    afterAll(() => database?.drop());

    it('access: the matrix covers every type a node id reaches, but shared ones', () => {
      const nodeTypes = Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
        .map((type) => type.name)
        .sort();
      const shared = ['SimOrder', 'SourceFile'];

      expect([...new Set(hidden.values())].sort()).toEqual(
        nodeTypes.filter((type) => !shared.includes(type)),
      );
    });

    it("access: partner A's node(id) and nodes(ids) return none of partner B's rows", async () => {
      const ids = [...hidden.keys()];
      const forNorth = dataOf(await north<{ nodes: (object | null)[] }>(NODES, { ids }));
      const forSouth = dataOf(await south<{ nodes: ({ id: string } | null)[] }>(NODES, { ids }));

      expect(forNorth.nodes).toHaveLength(ids.length);
      expect(forNorth.nodes.filter((node) => node !== null)).toEqual([]);

      const own = ids.filter((id) => !integratorIds.has(id));
      expect(
        forSouth.nodes
          .filter((node) => node !== null)
          .map((node) => node!.id)
          .sort(),
      ).toEqual(own.sort());
      expect(own.length).toBeGreaterThan(20);

      for (const id of ids.slice(0, 5)) {
        expect(dataOf(await north(`query N($id: ID!) { node(id: $id) { id } }`, { id }))).toEqual({
          node: null,
        });
      }
    });

    it("access: every root field of partner A reads only A's customers, counts included", async () => {
      const data = dataOf(
        await north<
          Record<string, { totalCount?: number; nodes?: Record<string, string>[] } | null>
        >(ROOTS, {
          bRef: 'C000002',
          bLine: vgaNumber(2, 1),
          bVoip: voipNumber(2),
          bIccid: iccid(2, 1),
          bMsisdn: msisdn(2, 1),
        }),
      );

      expect(data.customers).toEqual({ totalCount: 1, nodes: [{ ref: 'C000001' }] });
      expect(data.searched).toEqual({ totalCount: 0 });
      for (const field of ['customer', 'line', 'voip', 'sim', 'byNumber']) {
        expect(data[field], field).toBeNull();
      }
      expect(data.cdrs!.totalCount).toBe(11);
      expect(new Set(data.cdrs!.nodes!.map((cdr) => cdr.customerRef))).toEqual(
        new Set(['C000001']),
      );
      expect(data.bCdrs).toEqual({ totalCount: 0 });
      expect(data.invoices).toEqual({ totalCount: 1, nodes: [{ customerRef: 'C000001' }] });
      expect(data.bInvoices).toEqual({ totalCount: 0 });
      expect(data.documents!.totalCount).toBe(1);
      expect(data.documents!.nodes![0]!.customerRef).toBe('C000001');
      expect(data.sourceFiles!.totalCount).toBeGreaterThan(0);
      expect(JSON.stringify(data.sourceFiles)).not.toContain('C000002');
      for (const field of ['syncRuns', 'tariffTables', 'wholesalerInvoices']) {
        expect(data[field], field).toEqual({ totalCount: 0 });
      }
    });

    it("access: partner A's counts of its own customer are the integrator's counts", async () => {
      const asNorth = dataOf(await north(COUNTS, { ref: 'C000001' }));
      const asFrontend = dataOf(await frontend(COUNTS, { ref: 'C000001' }));

      expect(asNorth).toEqual(asFrontend);
      expect(JSON.stringify(asNorth)).toMatch(/"totalCount":[1-9]/);
    });

    it("access: the billing reports of partner A add up none of partner B's records", async () => {
      const all = dataOf(await frontend<Billing>(BILLING, { ref: 'C000001' }));
      const a = dataOf(await north<Billing>(BILLING, { ref: 'C000001' }));
      const b = dataOf(await south<Billing>(BILLING, { ref: 'C000001' }));

      expect(refsOf(all.reconciliation.invoiceChecks)).toEqual(new Set(['C000001', 'C000002']));
      expect(refsOf(a.reconciliation.invoiceChecks)).toEqual(new Set(['C000001']));
      expect(refsOf(b.reconciliation.invoiceChecks)).toEqual(new Set(['C000002']));
      for (const count of ['ratedRecords', 'billedRecords'] as const) {
        expect(countOf(a, count)).toBeGreaterThan(0);
        expect(countOf(a, count) + countOf(b, count), count).toBe(countOf(all, count));
      }
      expect(JSON.stringify(a.reconciliation.discrepancies)).not.toContain('C000002');

      expect(a.customer).toEqual(all.customer);
      expect(a.customer!.usage.length).toBeGreaterThan(0);
      expect(b.customer).toBeNull();
      expect(a.feeds.length).toBeGreaterThan(0);
    });

    it("access: an order shared with partner B counts only partner A's cards", async () => {
      const document = `query Order($iccid: Iccid!) {
        sim(iccid: $iccid) { order { items { totalCount } sims { totalCount } } }
      }`;
      const asNorth = dataOf(await north(document, { iccid: iccid(1, 1) }));
      const asFrontend = dataOf(await frontend(document, { iccid: iccid(1, 1) }));

      expect(asFrontend).toEqual({
        sim: { order: { items: { totalCount: 2 }, sims: { totalCount: 4 } } },
      });
      expect(asNorth).toEqual({
        sim: { order: { items: { totalCount: 1 }, sims: { totalCount: 2 } } },
      });
    });

    it('access: a customer taken back from a partner disappears at its next request', async () => {
      const { ungrantCustomers, grantCustomers } = await import('../src/access/grants.ts');
      const customers = `{ customers { totalCount } }`;

      await ungrantCustomers(database.handle.db, 'north', ['C000001']);
      expect(dataOf(await north(customers))).toEqual({ customers: { totalCount: 0 } });

      await grantCustomers(database.handle.db, 'north', ['C000001']);
      expect(dataOf(await north(customers))).toEqual({ customers: { totalCount: 1 } });
    });
  });
}
