import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { describe, expect, it } from 'vitest';
import { dataOf, graphClient } from './graph.ts';
import { seedCustomers } from './seed.ts';

/** Customers, their lines and cards, and under those the records with what they link to. */
const CUSTOMER_PAGES = `{
  customers(first: 50) {
    totalCount
    nodes {
      ref name
      vgaLines {
        totalCount
        nodes {
          number
          statusHistory { nodes { status } }
          cdrs { totalCount nodes { cdrId amount line { number } billed { cdrId } sourceFile { path } } }
        }
      }
      voipLines { nodes { number cdrs { nodes { cdrId } } } }
      xdslAccesses { nodes { accessRef charges { nodes { amount } } } }
      sims {
        nodes {
          iccid order { orderRef }
          cdrs { totalCount nodes { cdrId sim { iccid } billed { invoice { invoiceNumber } } } }
        }
      }
      invoices { nodes { invoiceNumber pdf { name } } }
    }
  }
}`;

/** Records of every service, with their customer, line or card, and billed record. */
const RECORDS = `{
  cdrs(first: 500) {
    totalCount
    nodes {
      cdrId customer { name }
      ... on MobileCdr { sim { iccid customer { ref } } billed { invoice { invoiceNumber } } }
      ... on FixedCdr { line { number customer { ref } } }
    }
  }
}`;

/** The statements each document runs against a database of `customers` customers. */
async function statementsFor(kind: TestDatabase['kind'], customers: number) {
  const statements: string[] = [];
  const database = await createTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });

  try {
    await seedCustomers(database.handle.db, { customers });
    const query = graphClient(database.handle.db);
    const counted = async (document: string) => {
      statements.length = 0;
      const data = dataOf(await query<Record<string, { nodes: unknown[] }>>(document));

      return { statements: [...statements], rows: Object.values(data)[0]!.nodes.length };
    };

    return { pages: await counted(CUSTOMER_PAGES), records: await counted(RECORDS) };
  } finally {
    await database.drop();
  }
}

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    it('graph: nested pages cost the same statements for 2 customers as for 20', async () => {
      const few = await statementsFor(kind, 2);
      const many = await statementsFor(kind, 20);

      expect([few.pages.rows, many.pages.rows]).toEqual([2, 20]);
      expect(
        many.pages.statements,
        "the request's scope, then customers, lines, cards, records: one page, one count",
      ).toEqual(few.pages.statements);
      expect(few.pages.statements).toHaveLength(3);
      expect(few.pages.statements[0]).toMatch(/^select\s+set_config\('role'/);

      expect([few.records.rows, many.records.rows]).toEqual([22, 220]);
      expect(many.records.statements.length, many.records.statements.join('\n\n')).toBe(
        few.records.statements.length,
      );
      expect(
        few.records.statements.length,
        'scope, keys, two tables, two counts',
      ).toBeLessThanOrEqual(6);
    });
  });
}
