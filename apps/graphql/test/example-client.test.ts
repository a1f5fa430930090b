/**
 * The typed example client of `examples/web-client`, as a partner would use it: the
 * persisted-documents manifest graphql-codegen wrote is registered as it is with `keys
 * register`, and the client, on a partner key, runs its operations by hash alone against the
 * real server.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExampleClient, runKeysCli, startServer, type ServerProcess } from './run-process.ts';
import { seedCustomers } from './seed.ts';

const MANIFEST = fileURLToPath(
  new URL('../../../examples/web-client/src/gql/persisted-documents.json', import.meta.url),
);

describe('example client: persisted documents from graphql-codegen', () => {
  let database: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedCustomers(database.handle.db, { customers: 2 });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('example: the manifest registers as it is, and a partner key runs the operations by hash', async () => {
    const env = { DATABASE_URL: database.url };
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Record<string, string>;
    const hashes = Object.keys(manifest).map((key) => key.replace(/^sha256:/, ''));

    const registered = await runKeysCli(['register', '--owner', 'acme', MANIFEST], env);
    expect(registered.code, registered.stderr).toBe(0);
    for (const hash of hashes)
      expect(registered.stdout).toMatch(new RegExp(`^${hash}\\s.*added`, 'm'));

    const created = await runKeysCli(['create', '--role', 'partner', '--partner', 'acme'], env);
    const key = /^(vnd_\S+)$/m.exec(created.stdout)?.[1];
    expect(key, created.stderr).toBeDefined();
    expect((await runKeysCli(['grant', 'acme', 'C000002'], env)).code).toBe(0);

    const port = await freePort();
    server = await startServer({ ...env, PORT: String(port), RATE_LIMIT_PER_MINUTE: '0' });
    const client = { VNODROP_URL: `http://127.0.0.1:${port}/graphql`, VNODROP_KEY: key! };

    const listed = await runExampleClient(client);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^C000002 {2}Client 2 {2}\d+ SIM\(s\)$/m);
    expect(listed.stdout).not.toContain('C000001');
    expect(listed.stdout).toContain('"ref": "C000002"');

    const asText = await runExampleClient({ ...client, VNODROP_SEND: 'text' });
    expect(asText.code).toBe(1);
    expect(asText.stderr).toMatch(/may only run persisted operations/);
  });
});
