/**
 * The page of usage records across the mobile and fixed tables: one statement picks the keys of
 * the page from both (newest first, ties broken by table and key), the rows are then loaded
 * with the selection the client asked for. Cursors carry the position in that ordering.
 */
import { type Database, fixedCdrs, mobileCdrs, selectRows } from '@vnodrop/db';
import { and, type SQL, sql } from 'drizzle-orm';
import { InvalidArgumentError } from '../errors.ts';
import {
  type CdrFilterInput,
  fixedCdrCondition,
  isNothing,
  mobileCdrCondition,
} from '../filters/cdr-filter.ts';

export type CdrKind = 'mobile' | 'fixed';

/** A record's position: its start (UTC, microseconds), its table and its key. */
export interface CdrKey {
  kind: CdrKind;
  startedAt: string;
  customerId: string;
  cdrId: string;
}

export function encodeCdrCursor(key: CdrKey): string {
  const tuple = [key.startedAt, key.kind, key.customerId, key.cdrId];

  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

export function decodeCdrCursor(cursor: string, argument: 'after' | 'before'): CdrKey {
  try {
    const tuple: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

    if (
      Array.isArray(tuple) &&
      tuple.length === 4 &&
      tuple.every((part) => typeof part === 'string') &&
      (tuple[1] === 'mobile' || tuple[1] === 'fixed')
    ) {
      const [startedAt, kind, customerId, cdrId] = tuple as [string, CdrKind, string, string];

      return { kind, startedAt, customerId, cdrId };
    }
  } catch {
    // Reported below, with the other malformed cursors.
  }

  throw new InvalidArgumentError(
    argument,
    `\`${argument}\` is not a cursor of \`cdrs\`: pass a \`cursor\` or \`pageInfo\` cursor ` +
      'this field returned.',
  );
}

export interface CdrPageRequest {
  after?: CdrKey;
  before?: CdrKey;
  /** Rows to fetch, one more than the page holds so as to know whether another follows. */
  limit: number;
  /** Fetch from the end (a `last` page): oldest first. */
  inverted: boolean;
}

function branch(kind: CdrKind, table: typeof mobileCdrs | typeof fixedCdrs, where?: SQL) {
  return sql`select ${kind}::text as kind, ${table.customerId} as customer_id,
    ${table.cdrId} as cdr_id, ${table.startedAt} as started_at,
    to_char(${table.startedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as started_text
    from ${table} ${where ? sql`where ${where}` : sql``}`;
}

function position(key: CdrKey) {
  return sql`(${key.startedAt}::timestamptz, ${key.kind}::text, ${key.customerId}::text, ${key.cdrId}::text)`;
}

/** The keys of one page, in the connection's order (newest first) unless `inverted`. */
export async function selectCdrKeys(
  db: Database,
  filter: CdrFilterInput | null | undefined,
  request: CdrPageRequest,
): Promise<CdrKey[]> {
  const mobile = mobileCdrCondition(mobileCdrs, filter);
  const fixed = fixedCdrCondition(fixedCdrs, filter);
  const branches = [
    isNothing(mobile) ? undefined : branch('mobile', mobileCdrs, mobile),
    isNothing(fixed) ? undefined : branch('fixed', fixedCdrs, fixed),
  ].filter((part) => part !== undefined);

  if (branches.length === 0) {
    return [];
  }

  const here = sql`(started_at, kind, customer_id, cdr_id)`;
  const keyset = and(
    request.after ? sql`${here} < ${position(request.after)}` : undefined,
    request.before ? sql`${here} > ${position(request.before)}` : undefined,
  );
  const direction = request.inverted ? sql`asc` : sql`desc`;
  const rows = await selectRows<{
    kind: CdrKind;
    customer_id: string;
    cdr_id: string;
    started_text: string;
  }>(
    db,
    sql`select kind, customer_id, cdr_id, started_text
      from (${sql.join(branches, sql` union all `)}) as records
      ${keyset ? sql`where ${keyset}` : sql``}
      order by started_at ${direction}, kind ${direction}, customer_id ${direction},
        cdr_id ${direction}
      limit ${request.limit}`,
  );

  return rows.map((row) => ({
    kind: row.kind,
    startedAt: row.started_text,
    customerId: row.customer_id,
    cdrId: row.cdr_id,
  }));
}

/** The number of records the filter lets through, both tables together. */
export async function countCdrs(
  db: Database,
  filter: CdrFilterInput | null | undefined,
): Promise<number> {
  const mobile = mobileCdrCondition(mobileCdrs, filter);
  const fixed = fixedCdrCondition(fixedCdrs, filter);
  const [mobileCount, fixedCount] = await Promise.all([
    isNothing(mobile) ? 0 : db.$count(mobileCdrs, mobile),
    isNothing(fixed) ? 0 : db.$count(fixedCdrs, fixed),
  ]);

  return Number(mobileCount) + Number(fixedCount);
}

/** The rows of `keys` in a table: by key, within the span of their start times. */
export function keysCondition(table: typeof mobileCdrs | typeof fixedCdrs, keys: CdrKey[]) {
  const starts = keys.map((key) => key.startedAt).sort();

  return sql`(${table.customerId}, ${table.cdrId}) in (${sql.join(
    keys.map((key) => sql`(${key.customerId}::text, ${key.cdrId}::text)`),
    sql`, `,
  )}) and ${table.startedAt} between ${starts[0]}::timestamptz
    and ${starts[starts.length - 1]}::timestamptz`;
}
