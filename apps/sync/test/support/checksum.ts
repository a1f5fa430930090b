import { sql, type SQL } from 'drizzle-orm';
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
  'rated_at',
]);
const RUN_TIMES = new Set(['source_files', 'sync_runs']);

/**
 * What names a row of the tables other tables point at by a generated id. A reference is
 * summed as the row it names, not its id: ids depend on the order rows were written in, and
 * on the ids that rolled-back or retried transactions used up.
 */
const NATURAL_KEYS: Record<string, SQL> = {
  source_files: sql`r.path`,
  stored_files: sql`r.path`,
  rate_tables: sql`r.code || ' ' || r.file_date`,
  rates: sql`concat_ws(' ', r.table_code, r.service, r.event_type, r.prefix, r.valid_from)`,
};

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
  const references = await generatedIdReferences(db);
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
      kept.map((c) => {
        const json = JSON_COLUMNS[`${name}.${c}`];
        if (json) return json;

        const target = references.get(`${name}.${c}`);
        if (!target) return sql`t.${sql.identifier(c)}`;

        const column = sql`t.${sql.identifier(c)}`;
        const key = NATURAL_KEYS[target]!;
        return sql`(select ${key} from ${sql.identifier(target)} r where r.id = ${column})`;
      }),
      sql`, `,
    );
    const [row] = await selectRows<{ sum: string | null; n: number }>(
      db,
      sql`select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as sum,
                 count(*)::int as n
          from (select ${list} from ${sql.identifier(name)} t) r`,
    );
    sums[name] = `${row?.n}:${row?.sum}`;
  }

  return sums;
}

/**
 * JSON copies of rows (a record's earlier values) hold bookkeeping too: summed without
 * their times, with the file they came from named by its path.
 */
const JSON_COLUMNS: Record<string, SQL> = {
  'cdr_revisions.values': sql`(t.values - 'loaded_at' - 'updated_at' - 'source_file_id')
    || jsonb_build_object('source_file', (select r.path from source_files r
                                          where r.id = (t.values ->> 'source_file_id')::bigint))`,
};

/**
 * `table.column` → the table it points at, for every reference to a generated id of a table
 * with a natural key in {@link NATURAL_KEYS}; other references are summed as they are.
 */
async function generatedIdReferences(db: Executor): Promise<Map<string, string>> {
  const rows = await selectRows<{ source: string; column: string; target: string }>(
    db,
    sql`select c.conrelid::regclass::text as source, a.attname as column,
               c.confrelid::regclass::text as target
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and exists (select 1 from pg_attribute ra
                      where ra.attrelid = c.confrelid and ra.attnum = any (c.confkey)
                        and ra.attidentity <> '')`,
  );
  const references = new Map<string, string>();

  for (const row of rows) {
    if (!NATURAL_KEYS[row.target]) continue;
    references.set(`${row.source}.${row.column}`, row.target);
  }

  return references;
}
