/** What a sync did, for the log, the CLI and `sync_runs`. */
export interface SyncSummary {
  runId: number | null;
  dryRun: boolean;
  filesSeen: number;
  filesLoaded: number;
  filesStored: number;
  filesSkipped: number;
  filesDuplicate: number;
  filesRejected: number;
  filesFailed: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  durationMs: number;
  failures: { path: string; error: string }[];
}

export function emptySummary(dryRun: boolean): SyncSummary {
  return {
    runId: null,
    dryRun,
    filesSeen: 0,
    filesLoaded: 0,
    filesStored: 0,
    filesSkipped: 0,
    filesDuplicate: 0,
    filesRejected: 0,
    filesFailed: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    durationMs: 0,
    failures: [],
  };
}

/** The CLI's exit codes: 0 all loaded, 2 rows or files set aside, 1 a file failed. */
export function exitCodeOf(summary: SyncSummary): 0 | 1 | 2 {
  if (summary.filesFailed > 0) return 1;
  if (summary.rowsRejected > 0 || summary.filesRejected > 0) return 2;

  return 0;
}
