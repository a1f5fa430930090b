/** Rows of a raw SQL statement, the same way whichever driver ran it. */
import type { SQLWrapper } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';

/**
 * Runs `query` and returns its rows as objects keyed by column name. postgres.js answers
 * `db.execute` with an array of rows and PGlite with `{ rows }`; this hides the difference.
 * Values are as the driver reads them: text for numeric, date and time types on both, but
 * `bigint` (and so `count(*)`) is text on postgres.js and a number on PGlite: pass it through
 * `Number()` or cast it to `int` in the query.
 */
export async function selectRows<TRow extends Record<string, unknown>>(
  db: Database | Transaction,
  query: SQLWrapper,
): Promise<TRow[]> {
  const result: unknown = await db.execute<TRow>(query);

  if (Array.isArray(result)) {
    return result as TRow[];
  }
  return (result as { rows: TRow[] }).rows;
}
