/**
 * The ledger of the drop: one row per file path ever seen, what was done with it, and the
 * rows of it that were set aside.
 */
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bigNumber, counter, identity, instant, recordedAt } from './columns.ts';
import { fileStatus, storedKind } from './enums.ts';
import { syncRuns } from './sync-runs.ts';

export const sourceFiles = pgTable(
  'source_files',
  {
    id: identity(),
    /** Path relative to the root of the drop, `/` separators (`RatedCDRs/MOBILE/…csv`). */
    path: text('path').notNull().unique(),
    folder: text('folder').notNull(),
    name: text('name').notNull(),
    /** The CSV family (`rated-mobile`, …) when the file is parsed. */
    family: text('family'),
    /** The kind of stored file when the file is kept as it is (PDF, document, branding). */
    storedKind: storedKind('stored_kind'),
    size: bigNumber('size').notNull(),
    modifiedAt: instant('modified_at'),
    sha256: text('sha256'),
    status: fileStatus('status').notNull(),
    encoding: text('encoding'),
    delimiter: text('delimiter'),
    /** Extraction time read from the file name. */
    extractedAt: instant('extracted_at'),
    /** `YYYY-MM` for monthly files and invoice folders. */
    period: text('period'),
    rowsTotal: counter('rows_total'),
    rowsLoaded: counter('rows_loaded'),
    rowsRejected: counter('rows_rejected'),
    rowsDuplicate: counter('rows_duplicate'),
    error: text('error'),
    syncRunId: bigNumber('sync_run_id').references(() => syncRuns.id),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    durationMs: integer('duration_ms'),
  },
  (t) => [
    index('source_files_sha256_idx').on(t.sha256),
    index('source_files_sync_run_id_idx').on(t.syncRunId),
  ],
);

/** A row of a file that failed validation, kept with its line number, text and reason. */
export const rejectedRows = pgTable(
  'rejected_rows',
  {
    id: identity(),
    sourceFileId: bigNumber('source_file_id')
      .notNull()
      .references(() => sourceFiles.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    /** The header of the offending column, when one column is to blame. */
    column: text('column'),
    columnNumber: integer('column_number'),
    raw: text('raw').notNull(),
    reason: text('reason').notNull(),
    createdAt: recordedAt('created_at'),
  },
  (t) => [index('rejected_rows_source_file_id_idx').on(t.sourceFileId, t.line)],
);
