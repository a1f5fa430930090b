import { sql } from 'drizzle-orm';
import type { Database } from '@vnodrop/db';
import { selectRows } from '@vnodrop/db';

export interface FamilyStatus {
  family: string;
  files: number;
  loaded: number;
  rejected: number;
  failed: number;
  rowsLoaded: number;
  rowsRejected: number;
  lastExtractedAt: Date | null;
  lastLoadedAt: Date | null;
}

/** The ledger's latest state per family (and per kind of stored file). */
export async function ledgerStatus(db: Database): Promise<FamilyStatus[]> {
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`select coalesce(family, stored_kind::text, 'other') as family,
               count(*)::int as files,
               count(*) filter (where status in ('loaded', 'stored', 'duplicate'))::int as loaded,
               count(*) filter (where status = 'rejected')::int as rejected,
               count(*) filter (where status = 'failed')::int as failed,
               coalesce(sum(rows_loaded), 0)::int as rows_loaded,
               coalesce(sum(rows_rejected), 0)::int as rows_rejected,
               max(extracted_at) as last_extracted_at,
               max(finished_at) as last_loaded_at
        from source_files group by 1 order by 1`,
  );

  return rows.map((row) => ({
    family: String(row.family),
    files: Number(row.files),
    loaded: Number(row.loaded),
    rejected: Number(row.rejected),
    failed: Number(row.failed),
    rowsLoaded: Number(row.rows_loaded),
    rowsRejected: Number(row.rows_rejected),
    lastExtractedAt: toDate(row.last_extracted_at),
    lastLoadedAt: toDate(row.last_loaded_at),
  }));
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;

  return value instanceof Date ? value : new Date(String(value));
}
