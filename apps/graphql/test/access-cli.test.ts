import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, type DatabaseHandle, migrate } from '@vnodrop/db';
import { BACKENDS, createTestDatabase } from '@vnodrop/testkit';
import { describe, expect, it } from 'vitest';
import { operationHash } from '../src/access/persisted-operations.ts';
import { accessWith, bearer, byHash, graphServer, one } from './access-kit.ts';
import { runKeysCli } from './run-process.ts';
import { seedCustomers } from './seed.ts';

const COUNT = 'query Count { customers { totalCount nodes { ref } } }\n';
const NAMES = 'query Names { customers { nodes { name } } }';

/** A database the CLI and the test take turns on: PGlite in a folder, or a PostgreSQL one. */
async function sharedDatabase(kind: (typeof BACKENDS)[number]) {
  if (kind === 'postgres') {
    const database = await createTestDatabase('postgres');
    await seedCustomers(database.handle.db, { customers: 2 });

    return { url: database.url, open: async () => database.handle, drop: () => database.drop() };
  }

  const url = `pglite:${await mkdtemp(path.join(tmpdir(), 'vnodrop-keys-'))}`;
  await seedPgliteAt(url);

  return { url, open: () => createDatabase(url), drop: async () => {} };
}

async function seedPgliteAt(url: string) {
  const handle = await createDatabase(url);
  await migrate(handle);
  await seedCustomers(handle.db, { customers: 2 });
  await handle.close();
}

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    it('access: the keys command creates, lists and revokes keys, grants customers, registers operations', async () => {
      const shared = await sharedDatabase(kind);
      const env = { DATABASE_URL: shared.url };
      const dir = await mkdtemp(path.join(tmpdir(), 'vnodrop-operations-'));
      await writeFile(path.join(dir, 'count.graphql'), COUNT);
      await writeFile(
        path.join(dir, 'manifest.json'),
        JSON.stringify({ [operationHash(NAMES)]: NAMES }),
      );
      let handle: DatabaseHandle | undefined;

      try {
        const created = await runKeysCli(
          ['create', '--role', 'partner', '--partner', 'north'],
          env,
        );
        const key = /^(vnd_\S+)$/m.exec(created.stdout)?.[1];
        const id = /created key ([0-9a-f]{16})/.exec(created.stdout)?.[1];

        expect(created.code, created.stderr).toBe(0);
        expect(key).toBeDefined();

        const granted = await runKeysCli(['grant', 'north', 'C000002', 'C999999'], env);
        expect(granted.stdout).toMatch(/granted 2 customer\(s\) to north/);
        expect(granted.stdout).toMatch(/not \(yet\) in the drop, granted all the same: C999999/);
        expect((await runKeysCli(['ungrant', 'north', 'C999999'], env)).stdout).toMatch(
          /took back 1/,
        );

        const registered = await runKeysCli(
          ['register', path.join(dir, 'count.graphql'), path.join(dir, 'manifest.json')],
          env,
        );
        expect(registered.code, registered.stderr).toBe(0);
        expect(registered.stdout).toContain(`${operationHash(COUNT)}  Count  added`);
        expect(registered.stdout).toContain(`${operationHash(NAMES)}  Names  added`);

        const listed = await runKeysCli(['list'], env);
        expect(listed.stdout).toMatch(
          new RegExp(`^${id}\\s+partner\\s+north\\s+-\\s+\\S+\\s+active`, 'm'),
        );
        expect(listed.stdout).not.toContain(key);

        handle = await shared.open();
        const send = graphServer(handle.db, accessWith());
        const result = one(
          (await send({ headers: bearer(key!), body: byHash(operationHash(COUNT)) })).json,
        );
        expect(result.data).toEqual({ customers: { totalCount: 1, nodes: [{ ref: 'C000002' }] } });
        if (kind === 'pglite') {
          await handle.close();
          handle = undefined;
        }

        expect((await runKeysCli(['revoke', id!], env)).stdout).toMatch(`revoked key ${id}`);
        expect((await runKeysCli(['list'], env)).stdout).toMatch(
          new RegExp(`^${id}.*revoked`, 'm'),
        );

        const wrong = await runKeysCli(['create', '--role', 'owner'], env);
        expect(wrong.code).toBe(64);
        expect(wrong.stderr).toMatch(/--role must be one of admin, frontend, partner/);
      } finally {
        if (kind === 'pglite') await handle?.close();
        await shared.drop();
      }
    });
  });
}

describe('access: the keys command line', () => {
  it('access: keys --help lists the commands and exit codes without opening a database', async () => {
    const help = await runKeysCli(['--help'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    const bare = await runKeysCli([], {});

    expect(help.code).toBe(0);
    for (const command of ['create', 'list', 'revoke', 'grant', 'ungrant', 'register']) {
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    }
    expect(help.stdout).toMatch(/Exit codes: 0 done, 1 failed, 64 the command line is wrong/);
    expect(bare.code).toBe(64);
    expect(bare.stdout).toContain('Usage:');
  });
});
