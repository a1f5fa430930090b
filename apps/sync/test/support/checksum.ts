import { sql } from 'drizzle-orm';
import type { Database } from '@vnodrop/db';
import { selectRows } from '@vnodrop/db';
import { type Executor } from '../../src/db/execute.ts';

/** Columns that say when or in which run something happened, not what the data is. */
const BOOKKEEPING = new Set([
  'id',
  'loaded_at',
  'updated_at',
  'created_at',
  'replaced_at',
  'finished_at',
  'duration_ms',
  'sync_run_id',
  'modified_at',
]);
const RUN_TIMES = new Set(['source_files', 'sync_runs']);

/**
 * A checksum of every table's content, by table: two databases that hold the same data
 * give the same checksums whatever the order, time or driver they were loaded with.
 */
export async function contentChecksums(db: Database): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);

    return checksums(tx);
  });
}

async function checksums(db: Executor): Promise<Record<string, string>> {
  const tables = await selectRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          and c.relname not like '%drizzle%' and c.relname <> 'sync_runs'
        order by 1`,
  );
  const sums: Record<string, string> = {};

  for (const { name } of tables) {
    const columns = await selectRows<{ column_name: string }>(
      db,
      sql`select column_name from information_schema.columns
          where table_schema = 'public' and table_name = ${name} order by ordinal_position`,
    );
    const kept = columns
      .map((c) => c.column_name)
      .filter((c) => !BOOKKEEPING.has(c) && !(RUN_TIMES.has(name) && c === 'started_at'));
    const list = sql.join(
      kept.map((c) => sql.identifier(c)),
      sql`, `,
    );
    const [row] = await selectRows<{ sum: string | null; n: number }>(
      db,
      sql`select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as sum,
                 count(*)::int as n
          from (select ${list} from ${sql.identifier(name)}) r`,
    );
    sums[name] = `${row?.n}:${row?.sum}`;
  }

  return sums;
}
