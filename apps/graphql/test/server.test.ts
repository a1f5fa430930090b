import type { AddressInfo } from 'node:net';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.ts';
import { seedCustomers } from './seed.ts';

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    let database: TestDatabase;
    let server: ReturnType<typeof createServer>;
    let base: string;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedCustomers(database.handle.db, { customers: 1 });
      server = createServer({ db: database.handle.db, access: { mode: 'open' } });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
      await database?.drop();
    });

    it('graph: GET /health answers ok', async () => {
      const response = await fetch(`${base}/health`);

      expect(response.status).toBe(200);
      expect(await response.text()).toBe('ok');
    });

    it('graph: GET /graphql from a browser is GraphiQL with a first query', async () => {
      const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toMatch(/graphiql/i);
      expect(html).toContain('FirstCustomers');
    });

    it('graph: / leads to GraphiQL', async () => {
      const response = await fetch(`${base}/`, { redirect: 'manual' });

      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/graphql');
    });

    it('graph: POST /graphql answers a query', async () => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ customers { totalCount nodes { ref name } } }' }),
      });

      expect(await response.json()).toEqual({
        data: { customers: { totalCount: 1, nodes: [{ ref: 'C000001', name: 'Client 1' }] } },
      });
    });
  });
}
