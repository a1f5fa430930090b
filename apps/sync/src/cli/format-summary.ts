import type { SyncSummary } from '../run/summary.ts';

/** The end-of-run summary, as a person reads it. */
export function formatSummary(summary: SyncSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const lines = [
    summary.dryRun ? 'Dry run: nothing was written.' : `Sync run ${summary.runId} finished.`,
    `  files   ${summary.filesSeen} seen, ${summary.filesLoaded} loaded, ${summary.filesStored} stored, ` +
      `${summary.filesSkipped} unchanged, ${summary.filesDuplicate} duplicate, ` +
      `${summary.filesRejected} rejected, ${summary.filesFailed} failed`,
    `  rows    ${summary.rowsLoaded} loaded, ${summary.rowsRejected} rejected, ` +
      `${summary.rowsDuplicate} duplicate`,
    `  time    ${seconds} s`,
  ];

  for (const failure of summary.failures) lines.push(`  ! ${failure.path}: ${failure.error}`);
  if (summary.rowsRejected > 0) {
    lines.push('  Rejected rows are kept in the rejected_rows table with their line and reason.');
  }

  return lines.join('\n');
}
