/** The command line's exit codes, as `sync --help` and the README list them. */
export const EXIT = {
  /** Everything loaded (files still arriving wait for the next run). */
  ok: 0,
  /** A file or the run failed, or the run stopped before its end. */
  failed: 1,
  /** Rows or files were set aside (`rejected_rows`). */
  setAside: 2,
  /** The command line is wrong (sysexits' EX_USAGE). */
  usage: 64,
  /** Another sync holds the database; try again later, or use --wait (EX_TEMPFAIL). */
  busy: 75,
} as const;
