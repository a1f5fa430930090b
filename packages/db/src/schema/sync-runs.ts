/** One execution of the sync: what it saw of the drop and how it ended. */
import { pgTable, text } from 'drizzle-orm/pg-core';
import { counter, identity, instant, recordedAt } from './columns.ts';
import { runStatus } from './enums.ts';

export const syncRuns = pgTable('sync_runs', {
  id: identity(),
  startedAt: recordedAt('started_at'),
  finishedAt: instant('finished_at'),
  /** Where the drop was read from, as a URL without credentials. */
  source: text('source').notNull(),
  status: runStatus('status').notNull().default('running'),
  filesSeen: counter('files_seen'),
  filesLoaded: counter('files_loaded'),
  filesSkipped: counter('files_skipped'),
  filesFailed: counter('files_failed'),
  rowsLoaded: counter('rows_loaded'),
  rowsRejected: counter('rows_rejected'),
  error: text('error'),
});
