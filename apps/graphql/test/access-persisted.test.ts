import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  operationHash,
  registerOperations,
  manifestSources,
} from '../src/access/persisted-operations.ts';
import { schema } from '../src/schema.ts';
import {
  accessWith,
  byHash,
  graphServer,
  keyFor,
  one,
  partnerKey,
  persist,
  type Send,
} from './access-kit.ts';
import { seedCustomers } from './seed.ts';

const CUSTOMER = `query Customer($ref: String!) { customer(ref: $ref) { ref name } }`;
const COUNT = `query Count { customers { totalCount } }`;

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    let database: TestDatabase;
    let send: Send;
    let partner: Record<string, string>;
    let frontend: Record<string, string>;
    let customerHash: string;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      const db = database.handle.db;
      await seedCustomers(db, { customers: 2 });
      send = graphServer(db, accessWith({ limits: { ...accessWith().limits!, maxBatch: 3 } }));
      partner = await partnerKey(db, 'north', ['C000001', 'C000002']);
      frontend = await keyFor(db, { role: 'frontend' });
      customerHash = await persist(db, CUSTOMER);
    });

    afterAll(() => database?.drop());

    it('access: a persisted operation runs by hash, in both forms, over POST and GET', async () => {
      const variables = { ref: 'C000001' };
      const expected = { data: { customer: { ref: 'C000001', name: 'Client 1' } } };
      const forms = [
        { method: 'POST' as const, body: byHash(customerHash, variables) },
        { method: 'POST' as const, body: { documentId: customerHash, variables } },
        { method: 'POST' as const, body: { documentId: `sha256:${customerHash}`, variables } },
        { method: 'GET' as const, body: byHash(customerHash, variables) },
        { method: 'GET' as const, body: { documentId: customerHash, variables } },
      ];

      for (const form of forms) {
        const response = await send({ ...form, headers: partner });

        expect(response.status, JSON.stringify(form)).toBe(200);
        expect(response.json, JSON.stringify(form)).toEqual(expected);
      }
    });

    it('access: an unknown hash is PersistedQueryNotFound', async () => {
      const response = await send({ headers: frontend, body: byHash(operationHash('{ nope }')) });

      expect(one(response.json).errors).toEqual([
        expect.objectContaining({
          message: 'PersistedQueryNotFound',
          extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
        }),
      ]);
    });

    it("access: a partner's raw document is refused; the frontend's is run", async () => {
      const refused = await send({ headers: partner, body: { query: COUNT } });

      expect(refused.status).toBe(403);
      expect(one(refused.json).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/may only run persisted operations/),
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      });
      expect(one(refused.json).data).toBeUndefined();

      const allowed = await send({ headers: frontend, body: { query: COUNT } });
      expect(one(allowed.json).data).toEqual({ customers: { totalCount: 2 } });
    });

    it('access: a batch of two persisted operations returns each its own result', async () => {
      const countHash = await persist(database.handle.db, COUNT);
      const response = await send({
        headers: partner,
        body: [byHash(customerHash, { ref: 'C000002' }), { documentId: countHash }],
      });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([
        { data: { customer: { ref: 'C000002', name: 'Client 2' } } },
        { data: { customers: { totalCount: 2 } } },
      ]);
    });

    it('access: a batch larger than the limit is refused whole', async () => {
      const response = await send({
        headers: partner,
        body: Array(4).fill(byHash(customerHash, { ref: 'C000001' })),
      });

      expect(response.status).toBe(413);
      expect(JSON.stringify(response.json)).toMatch(/Batching is limited to 3 operations/);
    });

    it("access: a partner may not run another partner's operation", async () => {
      const hash = await persist(
        database.handle.db,
        `query South { customers { totalCount } }`,
        'south',
      );
      const asNorth = one((await send({ headers: partner, body: byHash(hash) })).json);
      const asFrontend = one((await send({ headers: frontend, body: byHash(hash) })).json);

      expect(asNorth.errors?.[0]?.message).toBe('PersistedQueryNotFound');
      expect(asFrontend.data).toEqual({ customers: { totalCount: 2 } });
    });

    it('access: registration refuses a document the schema rejects, or a manifest key that is not its hash', async () => {
      const db = database.handle.db;
      const register = (document: string, hash?: string) =>
        registerOperations(
          db,
          schema,
          [{ origin: 'case', document, ...(hash ? { hash } : {}) }],
          null,
        );

      await expect(register('{ customers { nope } }')).rejects.toThrow(
        /does not validate against the schema/,
      );
      await expect(register('{ customers {')).rejects.toThrow(/not a GraphQL document/);
      await expect(register(COUNT, 'f'.repeat(64))).rejects.toThrow(/hashAlgorithm: 'sha256'/);

      const manifest = manifestSources(
        'persisted-documents.json',
        JSON.stringify({ [operationHash(COUNT)]: COUNT }),
      );
      const [entry] = await registerOperations(db, schema, manifest, null);
      expect(entry).toMatchObject({ hash: operationHash(COUNT), name: 'Count', added: false });
    });
  });
}
