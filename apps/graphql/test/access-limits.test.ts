import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessWith,
  bearer,
  byHash,
  graphServer,
  one,
  partnerKey,
  persist,
  token,
  type Send,
} from './access-kit.ts';
import { seedCustomers } from './seed.ts';

/** 500 copies of a page of 100 customers, each under its own alias. */
const ALIASES = `{ ${Array.from({ length: 500 }, (_, n) => `c${n}: customers(first: 100) { nodes { ref } }`).join(' ')} }`;

/** Fifteen levels: customers, then cards, their customer, its cards… four times over. */
const DEEP = `{ customers { nodes { ${'sims { nodes { customer { '.repeat(4)} ref ${'} } } '.repeat(4)} } } }`;

/** 500 customers with 500 cards each: fine for the integrator's applications, not for a partner. */
const COSTLY = `query Costly { customers(first: 500) { nodes { sims(first: 500) { nodes { iccid } } } } }`;

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    let database: TestDatabase;
    let send: Send;
    let frontend: Record<string, string>;
    const statements: { sql: string; params: unknown[] }[] = [];

    beforeAll(async () => {
      database = await createTestDatabase(kind, {
        onQuery: (sql, params) => statements.push({ sql, params }),
      });
      await seedCustomers(database.handle.db, { customers: 2 });
      send = graphServer(
        database.handle.db,
        accessWith({
          limits: { ...accessWith().limits!, maxBodyBytes: 60_000, statementTimeoutMs: 1500 },
        }),
      );
      frontend = bearer(await token({ role: 'frontend', sub: 'app' }));
    });

    afterAll(() => database?.drop());

    /** The result of a request, and the SQL statements it ran. */
    async function counted(request: Parameters<Send>[0]) {
      statements.length = 0;
      const response = await send(request);

      return { response, statements: [...statements] };
    }

    it('access: 500 aliased copies of customers(first: 100) are refused before any SQL', async () => {
      const { response, statements: run } = await counted({
        headers: frontend,
        body: { query: ALIASES },
      });

      expect(one(response.json).errors?.[0]?.message).toMatch(
        /Too many aliases: a document may hold at most 30/,
      );
      expect(one(response.json).data).toBeUndefined();
      expect(run).toEqual([]);
    });

    it('access: too deep and too costly operations are refused before any SQL', async () => {
      const deep = await counted({ headers: frontend, body: { query: DEEP } });

      expect(
        one(deep.response.json).errors?.find(
          (error) => error.extensions?.code === 'QUERY_TOO_DEEP',
        ),
      ).toMatchObject({
        message: expect.stringMatching(/levels deep; at most 12/),
        extensions: { code: 'QUERY_TOO_DEEP' },
      });
      expect(deep.statements).toEqual([]);

      const db = database.handle.db;
      const partner = await partnerKey(db, 'north', ['C000001']);
      const hash = await persist(db, COSTLY);
      const costly = await counted({ headers: partner, body: byHash(hash) });

      expect(one(costly.response.json).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/would cost \d+; at most 250000 is allowed/),
        extensions: { code: 'QUERY_TOO_COSTLY' },
      });
      expect(costly.statements.filter((statement) => /set_config/.test(statement.sql))).toEqual([]);

      const asFrontend = await counted({ headers: frontend, body: { query: COSTLY } });
      expect(one(asFrontend.response.json).errors).toBeUndefined();
    });

    it('access: a request body over the limit is a 413', async () => {
      const padding = ' '.repeat(70_000);
      const response = await send({
        headers: frontend,
        body: { query: `{ customers { totalCount } }${padding}` },
      });

      expect(response.status).toBe(413);
      expect(JSON.stringify(response.json)).toMatch(/Request body too large/);
    });

    it('access: partners get no introspection; the frontend does', async () => {
      const db = database.handle.db;
      const partner = await partnerKey(db, 'north', ['C000001']);
      const hash = await persist(db, `query Types { __schema { types { name } } }`);

      const refused = one((await send({ headers: partner, body: byHash(hash) })).json);
      expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
      expect(refused.data).toBeUndefined();

      const allowed = one((await send({ headers: frontend, body: byHash(hash) })).json);
      expect(allowed.errors).toBeUndefined();
    });

    it("access: every request's transaction sets its statement timeout and read-only role", async () => {
      const { statements: run } = await counted({
        headers: frontend,
        body: { query: '{ customers { totalCount } }' },
      });

      expect(run[0]?.sql).toMatch(/set_config\('role'.*set_config\('statement_timeout'/s);
      expect(run[0]?.params).toEqual(expect.arrayContaining(['vnodrop_reader', 'on', '1500']));
    });
  });
}
