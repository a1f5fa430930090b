/**
 * The server keeps nothing of its own between requests: two instances of it, started as an
 * operator would on two ports over one PostgreSQL database, answer alike, wherever a client's
 * requests land. The rate limit is counted in the database, for both at once.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, freePort, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationHash } from '../src/access/persisted-operations.ts';
import { byHash, keyFor, partnerKey } from './access-kit.ts';
import { runKeysCli, startServer, type ServerProcess } from './run-process.ts';
import { seedCustomers } from './seed.ts';

const PER_MINUTE = 6;

const CUSTOMER_PAGE = `query Page($first: Int!, $after: String) {
  customers(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id
        ref
        name
        vgaLines(first: 2) { nodes { number status } }
        sims(first: 2) { nodes { iccid msisdn status } }
      }
    }
  }
}`;

const PARTNER_OPERATION = 'query Visible { customers { totalCount nodes { ref name } } }\n';

interface Instance {
  server: ServerProcess;
  url: string;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const server = await startServer({
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
    LOG_LEVEL: 'warn',
  });

  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

/** POSTs `body` to one instance; the status and the JSON text, byte for byte. */
async function post(instance: Instance, headers: Record<string, string>, body: unknown) {
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  return { status: response.status, text: await response.text() };
}

describe('instances', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedCustomers(database.handle.db, { customers: 5 });
    [first, second] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
  });

  afterAll(async () => {
    await Promise.all([first?.server.stop(), second?.server.stop()]);
    await database?.drop();
  });

  it('instances: the same query gets the same JSON from both', async () => {
    const key = await keyFor(database.handle.db, { role: 'frontend' });
    const body = { query: CUSTOMER_PAGE, variables: { first: 5 } };

    const [fromFirst, fromSecond] = [await post(first, key, body), await post(second, key, body)];

    expect(fromFirst.status).toBe(200);
    expect(JSON.parse(fromFirst.text).data.customers.totalCount).toBe(5);
    expect(fromSecond).toEqual(fromFirst);
  });

  it('instances: a cursor from one pages on the other', async () => {
    const key = await keyFor(database.handle.db, { role: 'frontend' });
    const page = (instance: Instance, after?: string) =>
      post(instance, key, { query: CUSTOMER_PAGE, variables: { first: 2, after } });

    const firstPage = JSON.parse((await page(first)).text).data.customers;
    const nextOnSecond = JSON.parse((await page(second, firstPage.pageInfo.endCursor)).text);
    const nextOnFirst = JSON.parse((await page(first, firstPage.pageInfo.endCursor)).text);

    expect(
      nextOnSecond.data.customers.edges.map((edge: { node: { ref: string } }) => edge.node.ref),
    ).toEqual(['C000003', 'C000004']);
    expect(nextOnSecond).toEqual(nextOnFirst);
  });

  it('instances: an operation registered once runs on both', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vnodrop-instances-'));
    const file = path.join(dir, 'visible.graphql');
    await writeFile(file, PARTNER_OPERATION);
    const registered = await runKeysCli(['register', '--owner', 'north', file], {
      DATABASE_URL: database.url,
    });
    const key = await partnerKey(database.handle.db, 'north', ['C000002', 'C000004']);
    const body = byHash(operationHash(PARTNER_OPERATION));

    expect(registered.code, registered.stderr).toBe(0);

    const [fromFirst, fromSecond] = [await post(first, key, body), await post(second, key, body)];

    expect(fromFirst.status).toBe(200);
    expect(JSON.parse(fromFirst.text)).toEqual({
      data: {
        customers: {
          totalCount: 2,
          nodes: [
            { ref: 'C000002', name: 'Client 2' },
            { ref: 'C000004', name: 'Client 4' },
          ],
        },
      },
    });
    expect(fromSecond).toEqual(fromFirst);
  });

  it('instances: the rate limit counts the requests of a key on both together', async () => {
    const key = await keyFor(database.handle.db, { role: 'frontend' });
    const body = { query: '{ customers { totalCount } }' };
    const statuses: number[] = [];

    for (let n = 0; n < PER_MINUTE; n += 1) {
      statuses.push((await post(n % 2 === 0 ? first : second, key, body)).status);
    }

    expect(statuses).toEqual(Array(PER_MINUTE).fill(200));
    expect((await post(first, key, body)).status).toBe(429);
    expect((await post(second, key, body)).status).toBe(429);
  });
});
