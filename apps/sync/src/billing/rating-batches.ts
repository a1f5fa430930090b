/**
 * Records in, ratings out, a batch at a time: the records of one file read through a cursor,
 * and the ratings written with one statement per batch, whose rows replace the earlier rating
 * of the same record only if it changed.
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import type { Database } from '@vnodrop/db';
import type { Executor } from '../db/execute.ts';
import type { RatingRow } from './rating-rows.ts';
import type { RecordRow, RecordTable } from './record-tables.ts';

/** Which records of one file a rating reads. */
export interface RecordSelection {
  readonly fileId: number;
  /** Only the records naming one of these table codes. */
  readonly tariffCodes?: readonly string[];
}

const CURSOR = sql.identifier('rating_records');

/**
 * Opens a cursor over the selected records, inside the caller's transaction: the file is read
 * once, a page at a time, however many records it holds.
 */
export async function openRecords(
  tx: Executor,
  table: RecordTable,
  selection: RecordSelection,
): Promise<void> {
  const codes = selection.tariffCodes
    ? sql`and c.tariff_code in (select jsonb_array_elements_text(${JSON.stringify(selection.tariffCodes)}::jsonb))`
    : sql``;

  await tx.execute(
    sql`declare ${CURSOR} no scroll cursor for
        select ${table.columns}
        from ${sql.identifier(table.name)} c
        where c.source_file_id = ${selection.fileId} ${codes}`,
  );
}

/** The next `limit` records of the cursor {@link openRecords} opened; none at its end. */
export function nextRecords(tx: Executor, limit: number): Promise<RecordRow[]> {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`a page of records holds at least one record, not ${limit}`);
  }

  return selectRows<RecordRow>(tx, sql`fetch forward ${sql.raw(String(limit))} from ${CURSOR}`);
}

/** The columns a rating row sets, in the order of {@link RatingRow}. */
const COLUMNS = [
  'table_name',
  'cdr_id',
  'customer_id',
  'started_at',
  'service',
  'event_type',
  'tariff_code',
  'status',
  'no_rate_reason',
  'rate_id',
  'billed_seconds',
  'expected_amount',
  'amount',
  'difference',
  'cdr_file_id',
] as const satisfies readonly (keyof RatingRow)[];

const KEY = new Set(['table_name', 'cdr_id']);

/** Writes `rows`; returns how many ratings were new or changed. */
export async function writeRatings(db: Executor, rows: readonly RatingRow[]): Promise<number> {
  if (rows.length === 0) return 0;

  const list = sql.join(
    COLUMNS.map((column) => sql.identifier(column)),
    sql`, `,
  );
  const updated = COLUMNS.filter((column) => !KEY.has(column));
  const set = sql.join(
    updated.map((column) => sql`${sql.identifier(column)} = excluded.${sql.identifier(column)}`),
    sql`, `,
  );
  const compare = (alias: string) =>
    sql.join(
      updated.map((column) => sql`${sql.identifier(alias)}.${sql.identifier(column)}`),
      sql`, `,
    );

  const written = await selectRows<{ n: number }>(
    db,
    sql`with written as (
          insert into cdr_ratings (${list}, rated_at)
          select ${list}, now()
          from json_populate_recordset(null::cdr_ratings, ${JSON.stringify(rows)}::json)
          on conflict (table_name, cdr_id) do update set ${set}, rated_at = excluded.rated_at
          where (${compare('cdr_ratings')}) is distinct from (${compare('excluded')})
          returning 1
        )
        select count(*)::int as n from written`,
  );

  return Number(written[0]?.n ?? 0);
}

/** Removes the ratings whose record is no longer in its table; returns how many. */
export async function removeOrphanRatings(db: Database, table: RecordTable): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`with removed as (
          delete from cdr_ratings x
          where x.table_name = ${table.name}
            and not exists (select 1 from ${sql.identifier(table.name)} c where c.cdr_id = x.cdr_id)
          returning 1
        )
        select count(*)::int as n from removed`,
  );

  return Number(row?.n ?? 0);
}
