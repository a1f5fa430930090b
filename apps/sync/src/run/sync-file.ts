import { rm } from 'node:fs/promises';
import { SchemaError } from '@vnodrop/schemas';
import type { Logger } from '@vnodrop/log';
import type { Database } from '@vnodrop/db';
import { storeFile } from '../families/index.ts';
import type { Source } from '../sources/index.ts';
import { closeLedgerEntry, findSameContent, openLedgerEntry, touchLedgerEntry } from './ledger.ts';
import { loadCsv } from './load-csv.ts';
import type { ListedFile } from './plan.ts';
import type { SyncSummary } from './summary.ts';
import { DryRunRollback, inTransaction } from './transaction.ts';
import { describeError } from './describe-error.ts';

export interface FileJob {
  readonly db: Database;
  readonly source: Source;
  readonly file: ListedFile;
  readonly localPath: string;
  readonly runId: number | null;
  readonly dryRun: boolean;
  readonly logger: Logger;
  readonly summary: SyncSummary;
}

/**
 * Takes one file from the source to the database. The file and its ledger entry commit
 * together or not at all; a file that fails is recorded as failed, outside that
 * transaction, and is taken again by the next run.
 */
export async function syncFile(job: FileJob): Promise<void> {
  const { file, logger, summary } = job;
  const log = logger.child({ file: file.path });
  const startedAt = new Date();

  try {
    const { sha256, size } = await job.source.download(file.path, job.localPath);
    const same = await findSameContent(job.db, sha256, file);

    if (same === file.path) {
      if (!job.dryRun) await touchLedgerEntry(job.db, file.path, file.modifiedAt);
      summary.filesSkipped += 1;
      return;
    }

    if (same) {
      if (!job.dryRun) {
        await openLedgerEntry(job.db, {
          file,
          sha256,
          runId: job.runId,
          status: 'duplicate',
          error: `same content as ${same}`,
        });
      }
      summary.filesDuplicate += 1;
      log.info({ sameAs: same }, 'same content as a file already loaded; nothing to do');
      return;
    }

    await inTransaction(job.db, job.dryRun, async (tx) => {
      const status = file.facts.stored ? 'stored' : 'loaded';
      const fileId = await openLedgerEntry(tx, { file, sha256, runId: job.runId, status });

      if (file.facts.stored) {
        await storeFile(tx, {
          path: file.path,
          facts: file.facts,
          localPath: job.localPath,
          size,
          sha256,
          fileId,
        });
        await closeLedgerEntry(tx, fileId, {
          status,
          rowsTotal: 0,
          rowsLoaded: 0,
          rowsRejected: 0,
          rowsDuplicate: 0,
          startedAt,
        });
        summary.filesStored += 1;
        log.debug('stored');
        return;
      }

      const fileTime = file.facts.extractedAt ?? file.modifiedAt;
      const loaded = await loadCsv(tx, file, job.localPath, {
        fileId,
        facts: file.facts,
        fileTime,
      });
      await closeLedgerEntry(tx, fileId, { ...loaded, status, startedAt });

      summary.filesLoaded += 1;
      summary.rowsLoaded += loaded.rowsLoaded;
      summary.rowsRejected += loaded.rowsRejected;
      summary.rowsDuplicate += loaded.rowsDuplicate;
      for (const row of loaded.samples) {
        log.warn({ line: row.line, column: row.column, reason: row.reason }, 'row set aside');
      }
      log.info(
        {
          rows: loaded.rowsTotal,
          loaded: loaded.rowsLoaded,
          rejected: loaded.rowsRejected,
          duplicates: loaded.rowsDuplicate,
          encoding: loaded.encoding,
        },
        'loaded',
      );
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return;

    await recordFailure(job, error, startedAt);
  } finally {
    await rm(job.localPath, { force: true });
  }
}

async function recordFailure(job: FileJob, error: unknown, startedAt: Date) {
  const { file, summary } = job;
  const rejected = error instanceof SchemaError;
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
