import type { SQL } from 'drizzle-orm';

/** What a database or a transaction offers for raw SQL: both drivers, one surface. */
export interface Executor {
  execute(query: SQL): PromiseLike<unknown>;
}

/** postgres.js answers with an array of rows, PGlite with `{ rows }`: read either. */
export async function queryRows<T = Record<string, unknown>>(
  executor: Executor,
  query: SQL,
): Promise<T[]> {
  const result = (await executor.execute(query)) as T[] | { rows: T[] };

  return Array.isArray(result) ? result : result.rows;
}

/** The number of rows a statement touched, from either driver's result. */
export async function affectedRows(executor: Executor, query: SQL): Promise<number> {
  const result = (await executor.execute(query)) as { count?: number; affectedRows?: number };

  return Number(result.count ?? result.affectedRows ?? 0);
}
