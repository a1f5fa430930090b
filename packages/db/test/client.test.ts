import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDatabase,
  customers,
  DatabaseConnectionError,
  DatabaseError,
  DatabaseInUseError,
  DatabaseUnreachableError,
  DatabaseUrlError,
  migrate,
  parseDatabaseUrl,
  redactUrl,
} from '../src/index.ts';
import { insertSourceFile } from './fixtures.ts';

const TEST_SERVER = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

describe('database URLs', () => {
  it('client: redactUrl hides passwords and keeps the rest', () => {
    expect(redactUrl('postgres://vno:s3cr%40t@db.example:6432/vnodrop?sslmode=require')).toBe(
      'postgres://vno:***@db.example:6432/vnodrop?sslmode=require',
    );
    expect(redactUrl('postgresql://db/x?password=hunter2')).toBe('postgresql://db/x?password=***');
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/postgres')).toBe(
      'postgres://postgres@127.0.0.1:5432/postgres',
    );
    expect(redactUrl('pglite:./data')).toBe('pglite:./data');
  });

  it('client: every accepted form of URL is recognised', () => {
    expect(parseDatabaseUrl('postgres://u:p@db.example/x')).toEqual({
      kind: 'postgres',
      host: 'db.example',
      port: 5432,
    });
    expect(parseDatabaseUrl('postgresql://[::1]:6543/x')).toEqual({
      kind: 'postgres',
      host: '::1',
      port: 6543,
    });
    expect(parseDatabaseUrl('pglite:memory')).toEqual({ kind: 'pglite' });
    expect(parseDatabaseUrl('pglite:/var/lib/vnodrop')).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/vnodrop',
    });
    expect(parseDatabaseUrl('pglite:./data', '/srv/app')).toEqual({
      kind: 'pglite',
      dataDir: '/srv/app/data',
    });
  });

  it('client: a URL of another kind is refused without showing its password', async () => {
    const error = await createDatabase('mysql://root:hunter2@db/x').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect((error as Error).message).toContain('mysql://root:***@db/x');
    expect((error as Error).message).not.toContain('hunter2');
  });
});

describe('opening a database', () => {
  it('client: an unreachable server fails with its host, port and what to do', async () => {
    const error = await createDatabase('postgres://postgres:hunter2@127.0.0.1:1/none').catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ host: '127.0.0.1', port: 1 });
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1 .*ECONNREFUSED.*DATABASE_URL/s);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).cause).toBeDefined();
  });

  it('client: a database that does not exist fails with the server reason', async () => {
    const url = new URL(TEST_SERVER);
    url.pathname = '/vnodrop_no_such_database';

    const error = await createDatabase(url.toString()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect((error as Error).message).toContain('vnodrop_no_such_database');
  });

  it('client: PostgreSQL handles expose the raw client and a redacted URL', async () => {
    const handle = await createDatabase(TEST_SERVER, { max: 2 });

    try {
      expect(handle.kind).toBe('postgres');
      expect(handle.url).toBe(redactUrl(TEST_SERVER));
      expect(await handle.sql!`select 1 as one`).toEqual([{ one: 1 }]);
      expect(handle.pglite).toBeUndefined();
    } finally {
      await handle.close();
    }
  });

  it('client: onQuery sees every statement with its parameters', async () => {
    const seen: [string, unknown[]][] = [];
    const handle = await createDatabase('pglite:memory', {
      onQuery: (sql, params) => seen.push([sql, params]),
    });

    try {
      await migrate(handle);
      seen.length = 0;
      await handle.db.query.customers.findMany({ where: { id: 'C042' } });

      expect(seen).toHaveLength(1);
      expect(seen[0]![0]).toMatch(/from "customers"/);
      expect(seen[0]![1]).toEqual(['C042']);
    } finally {
      await handle.close();
    }
  });

  it('client: a PGlite directory is created and keeps its data between openings', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'vnodrop-pglite-'));
    const url = `pglite:${path.join(parent, 'nested', 'data')}`;

    try {
      const first = await createDatabase(url);
      await migrate(first);
      const sourceFileId = await insertSourceFile(first.db);
      await first.db
        .insert(customers)
        .values({ id: 'C001', name: 'Kept', sourceFileId, sourceLine: 2 });
      await first.close();

      const second = await createDatabase(url);
      await migrate(second);
      const rows = await second.db.select({ name: customers.name }).from(customers);
      await second.close();

      expect(rows).toEqual([{ name: 'Kept' }]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('client: a PGlite directory takes one holder at a time; a dead holder is replaced', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'vnodrop-pglite-'));
    const dir = path.join(parent, 'data');
    const url = `pglite:${dir}`;

    try {
      const first = await createDatabase(url);
      const refused = await createDatabase(url).catch((error: unknown) => error);
      await first.close();
      await writeFile(`${dir}.lock`, '2147483646\n');
      const second = await createDatabase(url);
      await second.close();

      expect(refused).toBeInstanceOf(DatabaseInUseError);
      expect((refused as Error).message).toMatch(
        new RegExp(`in use by process ${process.pid} .*use PostgreSQL`),
      );
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
