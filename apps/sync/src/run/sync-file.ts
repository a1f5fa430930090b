import { rm } from 'node:fs/promises';
import type { Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { SchemaError } from '@vnodrop/schemas';
import { FileContentError } from '../errors.ts';
import type { Source } from '../sources/index.ts';
import { describeError } from './describe-error.ts';
import { closeLedgerEntry, findSameContent, openLedgerEntry, touchLedgerEntry } from './ledger.ts';
import { loadFile, recordEmptyFile, type Received } from './load-file.ts';
import { holdsBytes } from './open-local.ts';
import type { ListedFile } from './plan.ts';
import { isUnreachable, withRetry, type RetryPolicy } from './retry.ts';
import type { SyncSummary } from './summary.ts';

export interface FileJob {
  readonly db: Database;
  readonly source: Source;
  readonly file: ListedFile;
  readonly localPath: string;
  readonly runId: number | null;
  readonly dryRun: boolean;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  readonly summary: SyncSummary;
}

/** How a file ended: done (whatever the ledger says of it), failed, or failed because the
 * source stopped answering. */
export type FileResult = 'done' | 'failed' | 'unreachable';

/**
 * Takes one file from the source to the database. A failed download is tried again; the
 * file and its ledger entry commit together or not at all; a file that fails is recorded as
 * failed, outside that transaction, and is taken again by the next run.
 */
export async function syncFile(job: FileJob): Promise<FileResult> {
  const { file, logger, summary } = job;
  const log = logger.child({ file: file.path });
  const startedAt = new Date();
  log.debug({ size: file.size }, 'taking file');

  try {
    const downloaded = await withRetry(
      () => job.source.download(file.path, job.localPath),
      job.retry,
      (error, attempt, waitMs) =>
        log.warn({ attempt, waitMs, error: describeError(error) }, 'download failed; trying again'),
    );
    const received: Received = { ...downloaded, startedAt };

    if (received.size === 0 || !(await holdsContent(job))) {
      await recordEmptyFile(job, received, log);
      return 'done';
    }

    const same = await findSameContent(job.db, received.sha256, file);
    if (same === file.path) {
      if (!job.dryRun) await touchLedgerEntry(job.db, file.path, file.modifiedAt);
      summary.filesSkipped += 1;
      return 'done';
    }
    if (same) {
      await recordDuplicate(job, received.sha256, same);
      log.info({ sameAs: same }, 'same content as a file already loaded; nothing to do');
      return 'done';
    }

    await loadFile(job, received, log);
    return 'done';
  } catch (error) {
    await recordFailure(job, error, startedAt);
    return isUnreachable(error) ? 'unreachable' : 'failed';
  } finally {
    await rm(job.localPath, { force: true });
  }
}

/** A compressed file may hold nothing once decompressed; a plain one was checked by size. */
async function holdsContent(job: FileJob): Promise<boolean> {
  return !job.file.facts.compression || holdsBytes(job.localPath, job.file.facts);
}

async function recordDuplicate(job: FileJob, sha256: string, same: string) {
  job.summary.filesDuplicate += 1;
  if (job.dryRun) return;

  await openLedgerEntry(job.db, {
    file: job.file,
    sha256,
    runId: job.runId,
    status: 'duplicate',
    error: `same content as ${same}`,
  });
}

async function recordFailure(job: FileJob, error: unknown, startedAt: Date) {
  const { file, summary } = job;
  const rejected = error instanceof SchemaError || error instanceof FileContentError;
  const message = describeError(error);

  if (rejected) summary.filesRejected += 1;
  else summary.filesFailed += 1;
  summary.failures.push({ path: file.path, error: message });

  job.logger.error(
    { file: file.path, error: message },
    rejected ? 'file rejected whole' : 'file failed; the next run takes it again',
  );
  if (job.dryRun) return;

  const status = rejected ? 'rejected' : 'failed';
  const id = await openLedgerEntry(job.db, {
    file,
    sha256: null,
    runId: job.runId,
    status,
    error: message,
  });
  await closeLedgerEntry(job.db, id, {
    status,
    rowsTotal: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    error: message,
    startedAt,
  });
}
