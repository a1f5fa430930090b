import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import {
  CDR_TABLES,
  createDatabase,
  migrate,
  MIGRATIONS_FOLDER,
  selectRows,
  type Database,
} from '../src/index.ts';

async function appliedMigrations(db: Database) {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`select name from drizzle.__drizzle_migrations order by id`,
  );
  return rows.map((row) => row.name);
}

/** The migrations of the folder, oldest first, as the migrator records their names. */
function migrationFolders() {
  return readdirSync(MIGRATIONS_FOLDER, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every column of the public tables, as `table.column type nullability default`. */
async function describeColumns(db: Database) {
  const rows = await selectRows<Record<string, string>>(
    db,
    sql`select table_name, column_name, data_type, udt_name, is_nullable,
               coalesce(column_default, '') as column_default
          from information_schema.columns
         where table_schema = 'public'
         order by table_name, column_name`,
  );
  return rows.map((row) => Object.values(row).join(' '));
}

describe.each(BACKENDS)('migrations on %s', (kind) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('migrations: apply cleanly, every one recorded', async () => {
    const names = await appliedMigrations(db);

    expect(names).toEqual(migrationFolders());
    expect(names[0]).toMatch(/_init$/);
    expect(names[1]).toMatch(/_cdr_partitions$/);
    expect(names.filter((name) => /_(partner_access|row_security)$/.test(name))).toHaveLength(2);
  });

  it('migrations: a second run applies nothing', async () => {
    await migrate(database.handle);

    expect(await appliedMigrations(db)).toHaveLength(migrationFolders().length);
  });

  it('migrations: the usage tables are partitioned by range of started_at', async () => {
    const rows = await selectRows<{ table: string; strategy: string; key: string }>(
      db,
      sql`select c.relname as table, p.partstrat as strategy,
                 pg_get_partkeydef(c.oid) as key
            from pg_partitioned_table p join pg_class c on c.oid = p.partrelid
           order by c.relname`,
    );

    expect(rows).toEqual(
      [...CDR_TABLES].sort().map((table) => ({ table, strategy: 'r', key: 'RANGE (started_at)' })),
    );
  });

  it('migrations: the usage tables have no partition until one is asked for', async () => {
    const [row] = await selectRows<{ count: number | string }>(
      db,
      sql`select count(*) as count from pg_inherits`,
    );

    expect(Number(row?.count)).toBe(0);
  });
});

describe('migrations on both backends', () => {
  it('migrations: PostgreSQL and PGlite end with the same columns', async () => {
    const [postgres, pglite] = await Promise.all(BACKENDS.map((kind) => createTestDatabase(kind)));

    try {
      const columns = await describeColumns(postgres!.handle.db);

      expect(columns.length).toBeGreaterThan(300);
      expect(await describeColumns(pglite!.handle.db)).toEqual(columns);
    } finally {
      await Promise.all([postgres?.drop(), pglite?.drop()]);
    }
  });

  it('migrations: the folder is found from the package, not the working directory', () => {
    expect(path.isAbsolute(MIGRATIONS_FOLDER)).toBe(true);
    expect(MIGRATIONS_FOLDER.endsWith(path.join('packages', 'db', 'drizzle'))).toBe(true);
    expect(existsSync(MIGRATIONS_FOLDER)).toBe(true);
  });

  it('migrations: processes migrating one PostgreSQL database at once take turns', async () => {
    const database = await createTestDatabase('postgres', { migrate: false });
    const other = await createDatabase(database.url);

    try {
      await Promise.all([migrate(database.handle), migrate(other)]);

      expect(await appliedMigrations(database.handle.db)).toHaveLength(migrationFolders().length);
    } finally {
      await other.close();
      await database.drop();
    }
  });
});
