import { existsSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  startReplica,
  waitForPort,
  type PostgresReplica,
  type TestDatabase,
} from '../src/index.ts';

describe('replica', () => {
  let database: TestDatabase;
  let replica: PostgresReplica;
  let onPrimary: postgres.Sql;
  let onReplica: postgres.Sql;

  beforeAll(async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    replica = await startReplica();
    onPrimary = postgres(database.url, { max: 1, onnotice: () => {} });
    onReplica = postgres(replica.urlOf(database.url), { max: 1 });
    await onPrimary`create table notes (id int primary key, text text not null)`;
  });

  afterAll(async () => {
    await onPrimary?.end();
    await onReplica?.end();
    await replica?.stop();
    await database?.drop();
  });

  it('replica: a hot standby of the test server, on its own loopback port', async () => {
    const [server] = await onReplica<[{ standby: boolean; port: number }]>`
      select pg_is_in_recovery() as standby, inet_server_port() as port`;

    expect(server).toEqual({ standby: true, port: replica.port });
  });

  it('replica: catchUp waits until what the primary wrote can be read', async () => {
    await onPrimary`insert into notes values (1, 'first')`;
    await replica.catchUp();

    expect(await onReplica`select id, text from notes`).toEqual([{ id: 1, text: 'first' }]);
  });

  it('replica: paused, it serves what it had; resumed, it catches up', async () => {
    await replica.pauseReplay();
    await onPrimary`insert into notes values (2, 'second')`;

    await expect(replica.catchUp(500)).rejects.toThrow(/replay paused/);
    expect(await onReplica`select count(*)::int as n from notes`).toEqual([{ n: 1 }]);

    await replica.resumeReplay();
    await replica.catchUp();
    expect(await onReplica`select count(*)::int as n from notes`).toEqual([{ n: 2 }]);
  });

  it('replica: refuses writes', async () => {
    await expect(onReplica`insert into notes values (3, 'third')`).rejects.toThrow(/read-only/);
  });

  it('replica: stop ends the server and removes its copy', async () => {
    await onReplica.end();
    await replica.stop();

    await expect(waitForPort(replica.port, '127.0.0.1', { timeoutMs: 200 })).rejects.toThrow();
    expect(existsSync(replica.dataDir)).toBe(false);
  });
});
