import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { describe, expect, it } from 'vitest';
import { dataOf, graphClient } from './graph.ts';
import { seedCustomers } from './seed.ts';

/** A page of customers, each with its usage, its cards' and its lines'. */
const USAGE_PAGE = `{
  customers(first: 50) {
    nodes {
      ref
      usage(period: "2026-10") { service eventType records seconds kilobytes ratedAmount }
      sims { nodes { usage(period: "2026-10") { records } } }
      vgaLines { nodes { usage(period: "2026-10") { service records } } }
      voipLines { nodes { usage(period: "2026-10") { service records } } }
    }
  }
}`;

interface UsagePage {
  customers: {
    nodes: {
      ref: string;
      usage: { service: string; eventType: string; records: number; kilobytes: number }[];
      sims: { nodes: { usage: { records: number }[] }[] };
      vgaLines: { nodes: { usage: { service: string; records: number }[] }[] };
      voipLines: { nodes: { usage: { service: string; records: number }[] }[] };
    }[];
  };
}

const records = (totals: { records: number }[]) =>
  totals.reduce((sum, total) => sum + total.records, 0);

/** The statements the page runs against a database of `customers` customers, and its data. */
async function usageFor(kind: TestDatabase['kind'], customers: number) {
  const statements: string[] = [];
  const database = await createTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });

  try {
    await seedCustomers(database.handle.db, { customers });
    const query = graphClient(database.handle.db);
    statements.length = 0;
    const data = dataOf(await query<UsagePage>(USAGE_PAGE));

    return { statements: [...statements], data };
  } finally {
    await database.drop();
  }
}

for (const kind of BACKENDS) {
  describe(`usage (${kind})`, () => {
    it('usage: a page of customers, cards and lines costs the same statements for 2 as for 20', async () => {
      const few = await usageFor(kind, 2);
      const many = await usageFor(kind, 20);

      expect(many.data.customers.nodes).toHaveLength(20);
      expect(many.statements.length, many.statements.join('\n\n')).toBe(few.statements.length);
      expect(
        few.statements.length,
        'the scope, the page, then one statement per kind of usage subject',
      ).toBeLessThanOrEqual(5);
    });

    it("usage: each customer's totals are those of its seeded records", async () => {
      const { data } = await usageFor(kind, 2);

      for (const customer of data.customers.nodes) {
        const byService = (service: string) =>
          records(customer.usage.filter((total) => total.service === service));

        expect([byService('MOBILE'), byService('VGA'), byService('VOIP')]).toEqual([4 + 2, 4, 1]);
        expect(customer.usage.find((t) => t.eventType === 'DATA')?.kilobytes).toBe(2 * 2048);
        expect(customer.sims.nodes.map((sim) => records(sim.usage))).toEqual([3, 3]);
        expect(customer.vgaLines.nodes.map((line) => records(line.usage))).toEqual([2, 2]);
        expect(customer.voipLines.nodes.flatMap((line) => line.usage)).toEqual([
          { service: 'VOIP', records: 1 },
        ]);
      }
    });
  });
}
