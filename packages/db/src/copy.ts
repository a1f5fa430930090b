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
  return copyChunks(executor, table, columns, copyLines(rows));
}

/**
 * Copies text already in COPY's text format (rows of {@link copyValue}s, tab-separated, each
 * ending with a line feed) into `table`. Returns false, having copied nothing, when the driver
 * cannot COPY.
 */
export async function copyText(
  executor: Database | Transaction,
  table: string,
  columns: readonly string[],
  text: string,
): Promise<boolean> {
  return copyChunks(executor, table, columns, [text]);
}

async function copyChunks(
  executor: Database | Transaction,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string>,
): Promise<boolean> {
  const client = copyClient(executor);
  if (!client) return false;

  const writable =
    await client`copy ${client(table)} (${client(columns as string[])}) from stdin`.writable();
  await pipeline(Readable.from(chunks), writable);

  return true;
}

function* copyLines(rows: Iterable<readonly unknown[]>): Generator<string> {
  let chunk = '';

  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** One row in COPY's text format, with its line end. */
function copyLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    line += i === 0 ? copyValue(values[i]) : `\t${copyValue(values[i])}`;
  }
  return `${line}\n`;
}

/** A value in COPY's text format: `\N` for null, special characters escaped. */
export function copyValue(value: unknown): string {
  if (typeof value === 'string') return escaped(value);
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();

  return escaped(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}
