import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { copyClient, copyText } from '@vnodrop/db';
import type { Executor } from '../db/execute.ts';
import type { StageFormat, StageText } from './stage-text.ts';

/**
 * A staging table: a temporary copy of a target table's columns, without constraints, that
 * lives until the file's transaction ends. On PostgreSQL rows go in with COPY; on PGlite as
 * JSON batches, one bind parameter per batch, far from PostgreSQL's 65,535 parameter limit.
 * The merge into the target is then set based, the same SQL on both.
 */
export interface Stage {
  readonly name: string;
  readonly target: PgTable;
  /** Database column names, in the order the mappers fill them. */
  readonly columns: readonly string[];
  /** Drizzle field names, in the order of `columns`. */
  readonly fields: readonly string[];
  /** Drizzle field name → database column name. */
  readonly names: ReadonlyMap<string, string>;
  rows: number;
}

/** Rows per batch: large enough to amortise a round trip, small enough for memory. */
export const STAGE_BATCH_ROWS = 5_000;

export async function createStage(
  tx: Executor,
  target: PgTable,
  fields: readonly string[],
): Promise<Stage> {
  const name = `stage_${getTableName(target)}`;
  const columns = databaseColumns(target, fields);
  const names = new Map(fields.map((field, i) => [field, columns[i] as string]));

  await tx.execute(sql`drop table if exists ${sql.identifier(name)}`);
  await tx.execute(
    sql`create temporary table ${sql.identifier(name)} on commit drop as
        select * from ${target} with no data`,
  );

  return { name, target, columns, fields, names, rows: 0 };
}

/** How rows reach a stage on this database: COPY on PostgreSQL, JSON batches on PGlite. */
export function stageFormatOf(tx: Executor): StageFormat {
  return copyClient(tx) ? 'copy' : 'json';
}

/** Appends a batch already written out in the format of {@link stageFormatOf}. */
export async function fillStageText(tx: Executor, stage: Stage, batch: StageText): Promise<void> {
  if (batch.rows === 0) return;

  if (!(await copyText(tx, stage.name, stage.columns, batch.text))) {
    const table = sql.identifier(stage.name);
    await tx.execute(
      sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${batch.text}::json)`,
    );
  }
  stage.rows += batch.rows;
}

/** The stage's columns as a comma-separated identifier list, optionally qualified. */
export function columnList(columns: readonly string[], alias?: string): SQL {
  return sql.join(
    columns.map((c) =>
      alias ? sql`${sql.identifier(alias)}.${sql.identifier(c)}` : sql.identifier(c),
    ),
    sql`, `,
  );
}

/** Maps Drizzle field names (camelCase) to the table's column names. */
export function databaseColumns(table: PgTable, fields: readonly string[]): string[] {
  const all = getTableColumns(table) as Record<string, { name: string }>;

  return fields.map((field) => {
    const column = all[field];
    if (!column) throw new Error(`${getTableName(table)} has no field "${field}"`);

    return column.name;
  });
}
