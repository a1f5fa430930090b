/**
 * What the re-rating has covered: the files of records whose every record is rated
 * (`rated_files`), and the digest of each table code's rates when its records were last
 * rated (`rated_tariffs`).
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import type { Database } from '@vnodrop/db';
import type { Executor } from '../db/execute.ts';
import { RATED_FAMILIES } from './record-tables.ts';

export interface RecordFile {
  readonly id: number;
  readonly family: string;
  /** Every record of the file has a rating. */
  readonly rated: boolean;
}

/** The loaded files of rated and billed records, oldest first. */
export async function listRecordFiles(db: Database): Promise<RecordFile[]> {
  const rows = await selectRows<{ id: number | string; family: string; rated: boolean }>(
    db,
    sql`select f.id, f.family, r.source_file_id is not null as rated
        from source_files f left join rated_files r on r.source_file_id = f.id
        where f.status = 'loaded'
          and f.family in (${sql.join(
            RATED_FAMILIES.map((family) => sql`${family}`),
            sql`, `,
          )})
        order by f.id`,
  );

  return rows.map((row) => ({ id: Number(row.id), family: row.family, rated: row.rated }));
}

export async function markFileRated(db: Executor, fileId: number, records: number) {
  await db.execute(sql`
    insert into rated_files (source_file_id, records) values (${fileId}, ${records})
    on conflict (source_file_id) do update set records = excluded.records, rated_at = now()`);
}

export async function readRatedTariffs(db: Database): Promise<Map<string, string>> {
  const rows = await selectRows<{ table_code: string; rates_digest: string }>(
    db,
    sql`select table_code, rates_digest from rated_tariffs`,
  );

  return new Map(rows.map((row) => [row.table_code, row.rates_digest]));
}

/** Records that every record is now rated with `digests`; codes no longer in it are dropped. */
export async function markTariffsRated(db: Database, digests: ReadonlyMap<string, string>) {
  const json = JSON.stringify([...digests].map(([code, digest]) => ({ code, digest })));

  await db.transaction(async (tx) => {
    await tx.execute(sql`
      delete from rated_tariffs
      where table_code not in (select code from json_to_recordset(${json}::json) as d(code text))`);
    await tx.execute(sql`
      insert into rated_tariffs (table_code, rates_digest)
      select code, digest from json_to_recordset(${json}::json) as d(code text, digest text)
      on conflict (table_code) do update set rates_digest = excluded.rates_digest,
        rated_at = now()
      where rated_tariffs.rates_digest is distinct from excluded.rates_digest`);
  });
}

/** The codes whose rates are not what their records were last rated with. */
export function changedTariffs(
  current: ReadonlyMap<string, string>,
  rated: ReadonlyMap<string, string>,
): string[] {
  const codes = new Set([...current.keys(), ...rated.keys()]);

  return [...codes].filter((code) => current.get(code) !== rated.get(code)).sort();
}
