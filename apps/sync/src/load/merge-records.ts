import { getTableName, sql } from 'drizzle-orm';
import { affectedRows, type Executor } from '../db/execute.ts';
import { ensureCustomers, idents, joinOn, keepLastPerKey, rowOf } from './sql-parts.ts';
import type { Stage } from './stage.ts';

/** Columns that say where a row came from, not what it says. */
export const PROVENANCE = ['source_file_id', 'source_line', 'loaded_at', 'updated_at'];

export interface RecordMergeOptions {
  /** The record's identity across every file (`cdr_id`). */
  readonly identity: string;
  /** The target's primary key (`customer_id, cdr_id, started_at`). */
  readonly primaryKey: readonly string[];
  /** Monthly partitions to create before inserting, by this timestamp column. */
  readonly partitionBy?: string;
  readonly fileId: number;
  /** The file's extraction time: between two files, the newer one's values win. */
  readonly fileTime: Date | null;
}

export interface MergeCounts {
  inserted: number;
  /** Rows already loaded with the same values (from this file or another). */
  duplicates: number;
  /** Rows whose earlier values were replaced by this file's, kept in `cdr_revisions`. */
  revised: number;
  /** Rows of this file older than what is loaded: kept in `cdr_revisions` only. */
  superseded: number;
}

/**
 * Merges staged records into a table where each record has one identity across files
 * (call records, charges). A record seen before with the same values is a duplicate and
 * changes nothing; different values from a newer file replace the row and the earlier
 * values go to `cdr_revisions`; values from an older file only go to `cdr_revisions`.
 */
export async function mergeRecords(
  tx: Executor,
  stage: Stage,
  options: RecordMergeOptions,
): Promise<MergeCounts> {
  const target = getTableName(stage.target);
  const stageTable = sql.identifier(stage.name);
  const existing = sql.identifier(`${stage.name}_existing`);
  const id = sql.identifier(options.identity);
  const compared = stage.columns.filter((c) => !PROVENANCE.includes(c) && !c.endsWith('_raw'));
  const fileTime = options.fileTime?.toISOString() ?? null;

  const inFile = await affectedRows(tx, keepLastPerKey(stage.name, [options.identity]));
  await tx.execute(ensureCustomers(stage.name));

  if (options.partitionBy) {
    const at = sql.identifier(options.partitionBy);
    await tx.execute(sql`
      select ensure_month_partitions(${target}::regclass, min(${at}), max(${at}))
      from ${stageTable} having count(*) > 0`);
  }

  await tx.execute(sql`
    create temporary table ${existing} on commit drop as
    select t.*, f.extracted_at as file_time
    from ${sql.identifier(target)} t
    join ${stageTable} s on s.${id} = t.${id}
    left join source_files f on f.id = t.source_file_id`);

  const duplicates = await affectedRows(
    tx,
    sql`delete from ${stageTable} s using ${existing} e
        where e.${id} = s.${id} and ${rowOf(compared, 'e')} is not distinct from ${rowOf(compared, 's')}`,
  );

  const newerLoaded = sql`e.file_time is not null and ${fileTime}::timestamptz is not null
    and e.file_time > ${fileTime}::timestamptz`;
  const superseded = await affectedRows(
    tx,
    sql`insert into cdr_revisions
          (table_name, cdr_id, customer_id, started_at, values, replaced_by_file_id, source_file_id)
        select ${target}, s.cdr_id, s.customer_id, ${startedAt(stage, 's')}, to_jsonb(s),
               e.source_file_id, s.source_file_id
        from ${stageTable} s join ${existing} e on e.${id} = s.${id}
        where ${newerLoaded}`,
  );
  await tx.execute(
    sql`delete from ${stageTable} s using ${existing} e where e.${id} = s.${id} and ${newerLoaded}`,
  );

  const revised = await affectedRows(
    tx,
    sql`insert into cdr_revisions
          (table_name, cdr_id, customer_id, started_at, values, replaced_by_file_id, source_file_id)
        select ${target}, e.cdr_id, e.customer_id, ${startedAt(stage, 'e')},
               to_jsonb(e) - 'file_time', ${options.fileId}, e.source_file_id
        from ${existing} e join ${stageTable} s on s.${id} = e.${id}`,
  );
  await tx.execute(sql`
    delete from ${sql.identifier(target)} t using ${existing} e, ${stageTable} s
    where ${joinOn(options.primaryKey, 't', 'e')} and s.${id} = e.${id}`);

  const written = await affectedRows(
    tx,
    sql`insert into ${sql.identifier(target)} (${idents(stage.columns)})
        select ${idents(stage.columns)} from ${stageTable}`,
  );

  return { inserted: written - revised, duplicates: duplicates + inFile, revised, superseded };
}

function startedAt(stage: Stage, alias: string) {
  return stage.columns.includes('started_at')
    ? sql`${sql.identifier(alias)}.started_at`
    : sql`null::timestamptz`;
}
