/** What a sync did, for the log, the CLI and `sync_runs`. */
export interface SyncSummary {
  runId: number | null;
  dryRun: boolean;
  filesSeen: number;
  filesLoaded: number;
  filesStored: number;
  /** Files of 0 bytes: recorded in the ledger, nothing to load. */
  filesEmpty: number;
  filesSkipped: number;
  filesDuplicate: number;
  filesRejected: number;
  filesFailed: number;
  /** Files still growing while the drop was listed: left for the next run. */
  filesArriving: number;
  /** Files this run did not get to, because it stopped early (see `stopped`). */
  filesLeft: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  durationMs: number;
  failures: { path: string; error: string }[];
  /** Why the run stopped before its end (a signal, the source gone), or null. */
  stopped: string | null;
}

export function emptySummary(dryRun: boolean): SyncSummary {
  return {
    runId: null,
    dryRun,
    filesSeen: 0,
    filesLoaded: 0,
    filesStored: 0,
    filesEmpty: 0,
    filesSkipped: 0,
    filesDuplicate: 0,
    filesRejected: 0,
    filesFailed: 0,
    filesArriving: 0,
    filesLeft: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    durationMs: 0,
    failures: [],
    stopped: null,
  };
}

/**
 * The CLI's exit codes: 0 all loaded (files still arriving wait for the next run), 2 rows or
 * files set aside, 1 a file failed or the run stopped before its end.
 */
export function exitCodeOf(summary: SyncSummary): 0 | 1 | 2 {
  if (summary.filesFailed > 0 || summary.stopped !== null) return 1;
  if (summary.rowsRejected > 0 || summary.filesRejected > 0) return 2;

  return 0;
}
