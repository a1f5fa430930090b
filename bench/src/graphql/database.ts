/**
 * The benchmark's database: created anew on the server of TEST_DATABASE_URL (default the
 * local PostgreSQL), built by the product's own migrations, dropped at the end.
 */
import { createDatabase, migrate } from '@vnodrop/db';
import { DEFAULT_TEST_DATABASE_URL } from '@vnodrop/testkit';
import postgres from 'postgres';

export const BENCH_DATABASE = 'vnodrop_bench_graphql';

function urlOf(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL);
  url.pathname = `/${name}`;

  return url.href;
}

async function onServer(statement: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(urlOf('postgres'), { max: 1, onnotice: () => {} });

  try {
    await statement(sql);
  } finally {
    await sql.end();
  }
}

/** Drops `name` if it exists, creates it and migrates it; returns its URL. */
export async function createBenchDatabase(name = BENCH_DATABASE): Promise<string> {
  await onServer(async (sql) => {
    await sql`drop database if exists ${sql(name)} with (force)`;
    await sql`create database ${sql(name)}`;
  });

  const url = urlOf(name);
  const handle = await createDatabase(url, { max: 1 });
  try {
    await migrate(handle);
  } finally {
    await handle.close();
  }

  return url;
}

export function dropBenchDatabase(name = BENCH_DATABASE): Promise<void> {
  return onServer((sql) => sql`drop database if exists ${sql(name)} with (force)`);
}
