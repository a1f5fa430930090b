import type { SQL } from 'drizzle-orm';
import type { Database, Transaction } from '@vnodrop/db';

/** Where raw SQL goes: the database, or a transaction open on it. */
export type Executor = Database | Transaction;

/** The number of rows a statement touched, from either driver's result. */
export async function affectedRows(executor: Executor, query: SQL): Promise<number> {
  const result = (await executor.execute(query)) as { count?: number; affectedRows?: number };

  return Number(result.count ?? result.affectedRows ?? 0);
}
