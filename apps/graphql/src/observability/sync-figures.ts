/**
 * What the sync has done, read from its ledger (`source_files`, `sync_runs`) when Prometheus
 * scrapes: the sync is a separate process, often a cron job, so the database is where its
 * figures live. Each query is a small aggregate over the ledger.
 */
import { feedFreshness, selectRows, type Database } from '@vnodrop/db';
import { sql } from 'drizzle-orm';

export interface FamilyFiles {
  /** The CSV family, the kind of a stored file, or `other`. */
  family: string;
  status: string;
  files: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  /** Time spent loading these files, in seconds. */
  loadSeconds: number;
}

export interface SyncFigures {
  files: FamilyFiles[];
  /** Per family, when its last file loaded (a duplicate counts: nothing was missing). */
  lastSuccess: { family: string; at: number }[];
  runs: { status: string; runs: number }[];
  lastRun: { status: string; startedAt: number; durationSeconds: number | null } | null;
  /** When the last run that ended `succeeded` finished, in seconds since the epoch. */
  lastSucceededRunAt: number | null;
  feeds: { family: string; status: string; overdueSeconds: number | null }[];
}

const epoch = (column: string) => sql.raw(`extract(epoch from ${column})::float8`);

export async function readSyncFigures(db: Database, now = new Date()): Promise<SyncFigures> {
  const files = await selectRows<{
    family: string;
    status: string;
    files: number;
    rows_loaded: number;
    rows_rejected: number;
    rows_duplicate: number;
    load_seconds: number;
  }>(
    db,
    sql`select coalesce(family, stored_kind::text, 'other') as family, status::text as status,
               count(*)::float8 as files,
               coalesce(sum(rows_loaded), 0)::float8 as rows_loaded,
               coalesce(sum(rows_rejected), 0)::float8 as rows_rejected,
               coalesce(sum(rows_duplicate), 0)::float8 as rows_duplicate,
               coalesce(sum(duration_ms), 0)::float8 / 1000 as load_seconds
        from source_files
        group by 1, 2
        order by 1, 2`,
  );
  const lastSuccess = await selectRows<{ family: string; at: number }>(
    db,
    sql`select family, ${epoch('max(finished_at)')} as at
        from source_files
        where family is not null and status in ('loaded', 'duplicate') and finished_at is not null
        group by family
        order by family`,
  );
  const runs = await selectRows<{ status: string; runs: number }>(
    db,
    sql`select status::text as status, count(*)::float8 as runs from sync_runs group by 1`,
  );
  const [lastRun] = await selectRows<{
    status: string;
    started_at: number;
    duration: number | null;
  }>(
    db,
    sql`select status::text as status, ${epoch('started_at')} as started_at,
               ${epoch('finished_at - started_at')} as duration
        from sync_runs order by id desc limit 1`,
  );
  const [succeeded] = await selectRows<{ at: number | null }>(
    db,
    sql`select ${epoch('max(finished_at)')} as at from sync_runs where status = 'succeeded'`,
  );
  const feeds = await feedFreshness(db, { now });

  return {
    files: files.map((row) => ({
      family: row.family,
      status: row.status,
      files: Number(row.files),
      rowsLoaded: Number(row.rows_loaded),
      rowsRejected: Number(row.rows_rejected),
      rowsDuplicate: Number(row.rows_duplicate),
      loadSeconds: Number(row.load_seconds),
    })),
    lastSuccess: lastSuccess.map((row) => ({ family: row.family, at: Number(row.at) })),
    runs: runs.map((row) => ({ status: row.status, runs: Number(row.runs) })),
    lastRun: lastRun
      ? {
          status: lastRun.status,
          startedAt: Number(lastRun.started_at),
          durationSeconds: lastRun.duration === null ? null : Number(lastRun.duration),
        }
      : null,
    lastSucceededRunAt: succeeded?.at == null ? null : Number(succeeded.at),
    feeds: feeds.map((feed) => ({
      family: feed.family,
      status: feed.status,
      overdueSeconds: feed.overdueMs === null ? null : feed.overdueMs / 1000,
    })),
  };
}
