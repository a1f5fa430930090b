import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, graphClient } from './graph.ts';
import { seedCustomers, seedSameDaySims, seedSameInstantCdrs } from './seed.ts';

type Query = ReturnType<typeof graphClient>;

interface Page {
  totalCount: number;
  nodes: Record<string, string>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const TIED = 'C000003';

/** Every row of a connection, following cursors forwards (or backwards) `size` at a time. */
async function walk(
  fetchPage: (args: Record<string, unknown>) => Promise<Page>,
  size: number,
  key: string,
  backwards = false,
) {
  const seen: string[] = [];
  let cursor: string | null = null;

  for (let guard = 0; guard < 1000; guard += 1) {
    const page = await fetchPage(
      backwards ? { last: size, before: cursor } : { first: size, after: cursor },
    );
    const keys = page.nodes.map((node) => node[key]!);

    seen.push(...(backwards ? keys.reverse() : keys));
    expect(page.nodes.length).toBeLessThanOrEqual(size);

    const more = backwards ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) {
      return seen;
    }
    cursor = backwards ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }

  throw new Error('the connection never ended');
}

function expectEachOnce(seen: string[], expected: number) {
  expect(new Set(seen).size, 'no row twice').toBe(seen.length);
  expect(seen).toHaveLength(expected);
}

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    let database: TestDatabase;
    let query: Query;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedCustomers(database.handle.db, { customers: 2 });
      await seedSameDaySims(database.handle.db, 3, 30);
      await seedSameInstantCdrs(database.handle.db, 3, 30, new Date('2026-10-20T12:00:00Z'));
      query = graphClient(database.handle.db);
    });

    afterAll(() => database?.drop());

    const sims = async (args: Record<string, unknown>) =>
      dataOf(
        await query<{ customer: { sims: Page } }>(
          `query Sims($first: Int, $after: String, $last: Int, $before: String) {
            customer(ref: "${TIED}") {
              sims(first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { iccid activationDate } ${PAGE_INFO}
              }
            }
          }`,
          args,
        ),
      ).customer.sims;

    const cdrs = async (args: Record<string, unknown>) =>
      dataOf(
        await query<{ cdrs: Page }>(
          `query Cdrs($first: Int, $after: String, $last: Int, $before: String) {
            cdrs(filter: { customer: "${TIED}" }, first: $first, after: $after, last: $last,
              before: $before) {
              totalCount nodes { cdrId } ${PAGE_INFO}
            }
          }`,
          args,
        ),
      ).cdrs;

    const mobileCdrs = async (args: Record<string, unknown>) =>
      dataOf(
        await query<{ customer: { mobileCdrs: Page } }>(
          `query Mobile($first: Int, $after: String, $last: Int, $before: String) {
            customer(ref: "${TIED}") {
              mobileCdrs(first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { cdrId } ${PAGE_INFO}
              }
            }
          }`,
          args,
        ),
      ).customer.mobileCdrs;

    it('graph: 30 SIM cards activated the same day come back once each, at every page size', async () => {
      const all = await sims({ first: 30 });
      expect(all.totalCount).toBe(30);
      expect(new Set(all.nodes.map((node) => node.activationDate))).toEqual(
        new Set(['2026-03-01']),
      );

      for (let size = 1; size <= 30; size += 1) {
        expectEachOnce(await walk(sims, size, 'iccid'), 30);
      }
    });

    it('graph: the same cards paged backwards come back once each, in the same order', async () => {
      const forwards = await walk(sims, 30, 'iccid');

      for (const size of [1, 2, 7, 29, 30]) {
        const backwards = await walk(sims, size, 'iccid', true);
        expect(backwards.reverse(), `last: ${size}`).toEqual(forwards);
      }
    });

    it('graph: records sharing one instant page once each across both tables', async () => {
      const first = await cdrs({});
      expect(first.totalCount).toBe(60);
      expect(first.nodes, 'the default page holds 50').toHaveLength(50);
      expect(first.pageInfo.hasNextPage).toBe(true);

      for (let size = 1; size <= 30; size += 1) {
        expectEachOnce(await walk(cdrs, size, 'cdrId'), 60);
      }
      for (const size of [1, 13, 60]) {
        expectEachOnce(await walk(cdrs, size, 'cdrId', true), 60);
      }
    });

    it("graph: a customer's records sharing one instant page once each", async () => {
      for (let size = 1; size <= 30; size += 1) {
        expectEachOnce(await walk(mobileCdrs, size, 'cdrId'), 30);
      }
      expectEachOnce(await walk(mobileCdrs, 4, 'cdrId', true), 30);
    });

    it('graph: a page larger than the maximum is refused, naming the maximum', async () => {
      const cases = [
        `{ customers(first: 501) { totalCount } }`,
        `{ customer(ref: "${TIED}") { sims(first: 1000) { totalCount } } }`,
        `{ cdrs(last: 600) { totalCount } }`,
      ];

      for (const document of cases) {
        const result = await query(document);

        expect(result.errors?.[0]?.message, document).toMatch(/at most 500/);
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'PAGE_SIZE_TOO_LARGE',
          maximum: 500,
        });
      }

      expect(dataOf(await query(`{ customers(first: 500) { totalCount } }`))).toEqual({
        customers: { totalCount: 3 },
      });
    });

    it('graph: a cursor from elsewhere is refused with a message', async () => {
      const result = await query(`{ cdrs(after: "not-a-cursor") { totalCount } }`);

      expect(result.errors?.[0]?.message).toMatch(/is not a cursor of `cdrs`/);
    });
  });
}
