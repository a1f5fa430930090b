import path from 'node:path';
import type { Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import type { Source } from '../sources/index.ts';
import type { ListedFile } from './plan.ts';
import type { RetryPolicy } from './retry.ts';
import type { SyncProgress } from './run-sync.ts';
import type { SyncSummary } from './summary.ts';
import { syncFile } from './sync-file.ts';

/** Files in a row that failed because the source stopped answering, before the run gives up. */
export const UNREACHABLE_IN_A_ROW = 2;

export interface TakeFilesJob {
  readonly db: Database;
  readonly source: Source;
  readonly files: readonly ListedFile[];
  /** A folder of this run's own for the downloads. */
  readonly work: string;
  readonly runId: number | null;
  readonly dryRun: boolean;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  readonly summary: SyncSummary;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** A file was taken to its end (loaded, stored, or found already there). */
  readonly onTaken?: (file: ListedFile) => void;
}

/**
 * Takes the files one by one, in order. Between two files the run may stop: when asked to
 * (the file in hand is finished first), or when the source has stopped answering, so that
 * an outage costs a few timeouts rather than one per file. What is left waits for the next run.
 */
export async function takeFiles(job: TakeFilesJob): Promise<void> {
  const { files, summary } = job;
  let unreachable = 0;

  for (const [index, file] of files.entries()) {
    if (job.signal?.aborted) {
      stop(job, files.length - index, `stopped by ${reasonOf(job.signal)}`);
      return;
    }
    if (unreachable >= UNREACHABLE_IN_A_ROW) {
      const last = summary.failures.at(-1)?.error ?? 'no answer';
      stop(job, files.length - index, `the source stopped answering (${last})`);
      return;
    }

    job.onProgress?.({ done: index, total: files.length, path: file.path });
    const result = await syncFile({
      db: job.db,
      source: job.source,
      file,
      localPath: path.join(job.work, `file-${index}`),
      runId: job.runId,
      dryRun: job.dryRun,
      retry: job.retry,
      logger: job.logger,
      summary,
    });
    unreachable = result === 'unreachable' ? unreachable + 1 : 0;
    if (result === 'done') job.onTaken?.(file);
  }

  job.onProgress?.({ done: files.length, total: files.length });
}

function stop(job: TakeFilesJob, left: number, reason: string) {
  job.summary.filesLeft = left;
  job.summary.stopped = reason;
  job.logger.warn({ left, reason }, 'run stopped before its end; the next run takes the rest');
}

function reasonOf(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'request';
}
