import { getTableName, sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import { affectedRows, type Executor } from '../db/execute.ts';
import { PROVENANCE } from './merge-records.ts';
import { ensureCustomers, idents, keepLastPerKey } from './sql-parts.ts';
import type { Stage } from './stage.ts';

/** Columns a snapshot merge maintains itself, whatever the file says. */
const BOOKKEEPING = ['reported', 'first_seen_at', 'last_reported_at', 'snapshot_at'];

export interface SnapshotMergeOptions {
  /** `vga`, `voip`, `xdsl` or `sim`: the subject of the status history. */
  readonly subject: string;
  /** The natural key of a line or card (`number`, `access_ref`, `iccid`). */
  readonly key: string;
  /** The column with the wholesaler's own time of the status, when the family has one. */
  readonly statusAt?: string;
  readonly fileId: number;
  /** The snapshot's extraction time. */
  readonly takenAt: Date;
}

export interface SnapshotCounts {
  /** Lines or cards listed by the snapshot. */
  listed: number;
  duplicates: number;
  /** Status history entries written (first sightings, changes, drops, reappearances). */
  changes: number;
  /** Lines that the snapshot no longer lists, when it is the newest. */
  dropped: number;
  /** Whether the snapshot is the newest loaded, and so set the current state. */
  newest: boolean;
}

/**
 * Merges a snapshot: the newest snapshot of a family is the truth for current state; every
 * snapshot, even one older than the newest loaded, adds the status changes it shows to the
 * history; a line absent from the newest snapshot is marked as no longer reported.
 */
export async function mergeSnapshot(
  tx: Executor,
  stage: Stage,
  options: SnapshotMergeOptions,
): Promise<SnapshotCounts> {
  const target = sql.identifier(getTableName(stage.target));
  const stageTable = sql.identifier(stage.name);
  const key = sql.identifier(options.key);
  const at = options.takenAt.toISOString();
  const statusAt = options.statusAt ? sql`o.${sql.identifier(options.statusAt)}` : sql`null`;

  const duplicates = await affectedRows(tx, keepLastPerKey(stage.name, [options.key]));
  await tx.execute(ensureCustomers(stage.name));

  const [state] = await selectRows<{ newest: boolean }>(
    tx,
    sql`select coalesce(max(snapshot_at) <= ${at}::timestamptz, true) as newest from ${target}`,
  );
  const newest = state?.newest ?? true;

  let changes = await recordStatusChanges(tx, stage, options, statusAt);

  if (newest) {
    changes += await affectedRows(
      tx,
      sql`insert into status_changes (subject, subject_key, customer_id, event, status,
                                      observed_at, source_file_id, source_line)
          select ${options.subject}, o.${key}, o.customer_id, 'reappeared', o.status, ${at},
                 ${options.fileId}, o.source_line
          from ${stageTable} o join ${target} t on t.${key} = o.${key}
          where not t.reported
          on conflict do nothing`,
    );
  }

  if (!newest) await tx.execute(sql`update ${stageTable} set reported = false`);
  await tx.execute(upsertCurrentState(stage, options.key));

  let dropped = 0;
  if (newest) {
    dropped = await affectedRows(
      tx,
      sql`with gone as (
            update ${target} set reported = false
            where reported and last_reported_at < ${at}::timestamptz
            returning ${key} as subject_key, customer_id, status
          )
          insert into status_changes (subject, subject_key, customer_id, event, previous_status,
                                      observed_at, source_file_id)
          select ${options.subject}, subject_key, customer_id, 'dropped', status, ${at},
                 ${options.fileId}
          from gone
          on conflict do nothing`,
    );
  }

  return {
    listed: stage.rows - duplicates,
    duplicates,
    changes: changes + dropped,
    dropped,
    newest,
  };
}

/**
 * Writes the status each staged line shows at the snapshot's time when it differs from the
 * status known just before that time, and mends the entry just after it, so that history
 * stays a list of changes even when snapshots arrive out of order.
 */
async function recordStatusChanges(
  tx: Executor,
  stage: Stage,
  options: SnapshotMergeOptions,
  statusAt: ReturnType<typeof sql>,
): Promise<number> {
  const stageTable = sql.identifier(stage.name);
  const next = sql.identifier(`${stage.name}_next`);
  const key = sql.identifier(options.key);
  const at = options.takenAt.toISOString();
  const history = sql`
    select c.* from status_changes c join ${stageTable} o on c.subject_key = o.${key}
    where c.subject = ${options.subject} and c.event = 'status'`;

  const written = await affectedRows(
    tx,
    sql`with earlier as (
          select distinct on (h.subject_key) h.subject_key, h.status
          from (${history} and c.observed_at < ${at}::timestamptz) h
          order by h.subject_key, h.observed_at desc
        )
        insert into status_changes (subject, subject_key, customer_id, event, previous_status,
                                    status, observed_at, status_at, source_file_id, source_line)
        select ${options.subject}, o.${key}, o.customer_id, 'status', p.status, o.status, ${at},
               ${statusAt}, ${options.fileId}, o.source_line
        from ${stageTable} o left join earlier p on p.subject_key = o.${key}
        where p.status is distinct from o.status
        on conflict do nothing`,
  );

  await tx.execute(sql`
    create temporary table ${next} on commit drop as
    select distinct on (h.subject_key) h.id, h.subject_key, h.status
    from (${history} and c.observed_at > ${at}::timestamptz) h
    order by h.subject_key, h.observed_at asc`);
  await tx.execute(sql`
    delete from status_changes c using ${next} n, ${stageTable} o
    where c.id = n.id and o.${key} = n.subject_key and n.status = o.status`);
  await tx.execute(sql`
    update status_changes c set previous_status = o.status
    from ${next} n, ${stageTable} o
    where c.id = n.id and o.${key} = n.subject_key and n.status is distinct from o.status`);

  return written;
}

/** Inserts new lines; for known ones, takes the staged values only if the snapshot is newer. */
function upsertCurrentState(stage: Stage, keyColumn: string) {
  const target = sql.identifier(getTableName(stage.target));
  const data = stage.columns.filter(
    (c) => c !== keyColumn && !BOOKKEEPING.includes(c) && !PROVENANCE.slice(2).includes(c),
  );
  const newer = sql`excluded.snapshot_at >= t.snapshot_at`;
  const set = sql.join(
    [
      ...data.map(
        (c) =>
          sql`${sql.identifier(c)} = case when ${newer} then excluded.${sql.identifier(c)}
                                      else t.${sql.identifier(c)} end`,
      ),
      sql`reported = case when ${newer} then true else t.reported end`,
      sql`snapshot_at = greatest(t.snapshot_at, excluded.snapshot_at)`,
      sql`last_reported_at = greatest(t.last_reported_at, excluded.last_reported_at)`,
      sql`first_seen_at = least(t.first_seen_at, excluded.first_seen_at)`,
    ],
    sql`, `,
  );

  return sql`
    insert into ${target} as t (${idents(stage.columns)})
    select ${idents(stage.columns)} from ${sql.identifier(stage.name)}
    on conflict (${sql.identifier(keyColumn)}) do update set ${set}`;
}
