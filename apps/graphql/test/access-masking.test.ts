import { createTestDatabase, freePort, type TestDatabase } from '@vnodrop/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './run-process.ts';
import { seedCustomers } from './seed.ts';

describe('access (postgres)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedCustomers(database.handle.db, { customers: 1 });
    const port = await freePort();
    server = await startServer({
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      AUTH_MODE: 'open',
      LOG_LEVEL: 'debug',
    });
    base = `http://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('access: with NODE_ENV=development a database error still reaches the client masked', async () => {
    await database.handle.db.execute(sql`revoke select on customers from vnodrop_reader`);

    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers { totalCount nodes { ref } } }' }),
    });
    const body = JSON.stringify(await response.json());

    expect(body).toContain('"message":"Unexpected error."');
    expect(body).toContain('"code":"INTERNAL_SERVER_ERROR"');
    expect(body).not.toMatch(/permission|customers"? as|select|stack|originalError/i);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.stderr()).toMatch(/permission denied for table customers/);
    expect(server.stderr()).toMatch(/AUTH_MODE=open/);
  });
});
