import type { SyncSummary } from '../run/summary.ts';

/** The end-of-run summary, as a person reads it. */
export function formatSummary(summary: SyncSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const lines = [
    summary.dryRun
      ? 'Dry run: nothing was written.'
      : summary.runId === null
        ? 'No sync run was started.'
        : `Sync run ${summary.runId} finished.`,
    `  files   ${summary.filesSeen} seen, ${summary.filesLoaded} loaded, ${summary.filesStored} stored, ` +
      `${summary.filesEmpty} empty, ${summary.filesSkipped} unchanged, ` +
      `${summary.filesDuplicate} duplicate, ${summary.filesRejected} rejected, ` +
      `${summary.filesFailed} failed`,
    `  rows    ${summary.rowsLoaded} loaded, ${summary.rowsRejected} rejected, ` +
      `${summary.rowsDuplicate} duplicate`,
    `  time    ${seconds} s`,
  ];

  if (summary.filesArriving > 0) {
    lines.push(`  ${summary.filesArriving} files still arriving: the next run takes them.`);
  }
  if (summary.stopped !== null) {
    lines.push(
      `  Stopped early: ${summary.stopped}; ${summary.filesLeft} files left for the next run.`,
    );
  }
  for (const failure of summary.failures) lines.push(`  ! ${failure.path}: ${failure.error}`);
  if (summary.rowsRejected > 0) {
    lines.push('  Rejected rows are kept in the rejected_rows table with their line and reason.');
  }

  return lines.join('\n');
}
