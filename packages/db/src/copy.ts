/**
 * `COPY … FROM STDIN` on PostgreSQL, inside the caller's transaction: the fastest way in for
 * many rows. PGlite has no client stream to copy from; callers keep a batched path for it.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import type { Database, Transaction } from './client.ts';

/**
 * The postgres.js client under a database or transaction of the postgres.js driver, or
 * undefined for PGlite. Drizzle keeps it on the session; this is the one place that knows.
 */
export function copyClient(executor: Database | Transaction): postgres.Sql | undefined {
  const session = (executor as unknown as { session?: { client?: unknown } }).session;
  const client = session?.client as (postgres.Sql & { unsafe?: unknown }) | undefined;

  return typeof client === 'function' && typeof client.unsafe === 'function' ? client : undefined;
}

/**
 * Copies rows (values in `columns` order) into `table` with COPY's text format. Returns false,
 * having copied nothing, when the driver cannot COPY.
 */
export async function copyRows(
  executor: Database | Transaction,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<boolean> {
  const client = copyClient(executor);
  if (!client) return false;

  const writable = await client`copy ${client(table)} (${client(columns as string[])}) from stdin`.writable();
  await pipeline(Readable.from(copyLines(rows)), writable);

  return true;
}

function* copyLines(rows: Iterable<readonly unknown[]>): Generator<string> {
  let chunk = '';

  for (const row of rows) {
    chunk += `${row.map(copyValue).join('\t')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A value in COPY's text format: `\N` for null, special characters escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';

  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);

  return text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
