import { getTableName, sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import { affectedRows, type Executor } from '../db/execute.ts';
import { PROVENANCE } from './merge-records.ts';
import { ensureCustomers, idents, keepLastPerKey, rowOf } from './sql-parts.ts';
import type { Stage } from './stage.ts';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  duplicates: number;
}

/**
 * Upserts staged rows by a natural key (an invoice number, an order line, a rate): new keys
 * are inserted, changed rows updated, rows identical to what is loaded left alone.
 */
export async function upsertRows(
  tx: Executor,
  stage: Stage,
  key: readonly string[],
  options: { customers?: boolean } = {},
): Promise<UpsertCounts> {
  const target = sql.identifier(getTableName(stage.target));
  const stageTable = sql.identifier(stage.name);
  const compared = stage.columns.filter((c) => !PROVENANCE.includes(c) && !key.includes(c));
  const settable = stage.columns.filter((c) => !key.includes(c));

  const inFile = await affectedRows(tx, keepLastPerKey(stage.name, key));
  if (options.customers) await tx.execute(ensureCustomers(stage.name));

  const matches = sql.join(
    key.map((c) => sql`t.${sql.identifier(c)} = s.${sql.identifier(c)}`),
    sql` and `,
  );
  const [counts] = await selectRows<{ staged: number; known: number }>(
    tx,
    sql`select count(*)::int as staged,
               count(*) filter (where exists (select 1 from ${target} t where ${matches}))::int as known
        from ${stageTable} s`,
  );
  const set = sql.join(
    settable.map((c) => sql`${sql.identifier(c)} = excluded.${sql.identifier(c)}`),
    sql`, `,
  );
  const written = await affectedRows(
    tx,
    sql`insert into ${target} as t (${idents(stage.columns)})
        select ${idents(stage.columns)} from ${stageTable}
        on conflict (${idents(key)}) do update set ${set}
        where ${rowOf(compared, 't')} is distinct from ${rowOf(compared, 'excluded')}`,
  );
  const inserted = (counts?.staged ?? 0) - (counts?.known ?? 0);
  const updated = written - inserted;

  return { inserted, updated, duplicates: inFile + (counts?.known ?? 0) - updated };
}
