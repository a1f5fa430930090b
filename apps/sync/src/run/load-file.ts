import type { Logger } from '@vnodrop/log';
import { storeFile } from '../families/index.ts';
import { closeLedgerEntry, openLedgerEntry } from './ledger.ts';
import { loadCsv, type CsvLoadResult } from './load-csv.ts';
import type { SyncSummary } from './summary.ts';
import type { FileJob } from './sync-file.ts';
import { DryRunRollback, inTransaction } from './transaction.ts';

/** What the download gave. */
export interface Received {
  readonly sha256: string;
  readonly size: number;
  readonly startedAt: Date;
}

/** The ledger's word for a file of 0 bytes (or nothing once decompressed). */
export const EMPTY_FILE_NOTE = 'empty file (no bytes): nothing to load';

/**
 * Loads (or stores) one downloaded file in one transaction with its ledger entry: the file
 * loads whole or not at all. It counts in the summary once committed (or, in a dry run,
 * once done and rolled back).
 */
export async function loadFile(job: FileJob, received: Received, log: Logger): Promise<void> {
  const { file } = job;
  const { sha256, size, startedAt } = received;
  let loaded: CsvLoadResult | 'stored' | undefined;

  try {
    await inTransaction(job.db, job.dryRun, async (tx) => {
      const status = file.facts.stored ? 'stored' : 'loaded';
      const fileId = await openLedgerEntry(tx, { file, sha256, runId: job.runId, status });

      if (file.facts.stored) {
        const stored = { path: file.path, facts: file.facts, localPath: job.localPath };
        await storeFile(tx, { ...stored, size, sha256, fileId });
        await closeLedgerEntry(tx, fileId, { status, ...NO_ROWS, startedAt });
        loaded = 'stored';
      } else {
        const context = { fileId, facts: file.facts, fileTime: fileTimeOf(job) };
        loaded = await loadCsv(tx, file, job.localPath, context);
        await closeLedgerEntry(tx, fileId, { ...loaded, status, startedAt });
      }
      log.debug('committing');
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }

  count(job.summary, loaded!, log);
}

function fileTimeOf({ file }: FileJob): Date {
  return file.facts.extractedAt ?? file.modifiedAt;
}

function count(summary: SyncSummary, loaded: CsvLoadResult | 'stored', log: Logger) {
  if (loaded === 'stored') {
    summary.filesStored += 1;
    log.debug('stored');
    return;
  }

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
}

/** Records a file with no content: seen, complete, and nothing in it to load. */
export async function recordEmptyFile(job: FileJob, received: Received, log: Logger) {
  if (!job.dryRun) {
    const { file } = job;
    await job.db.transaction(async (tx) => {
      const opening = {
        file,
        sha256: received.sha256,
        runId: job.runId,
        status: 'loaded' as const,
      };
      const id = await openLedgerEntry(tx, { ...opening, error: EMPTY_FILE_NOTE });
      await closeLedgerEntry(tx, id, {
        status: 'loaded',
        ...NO_ROWS,
        error: EMPTY_FILE_NOTE,
        startedAt: received.startedAt,
      });
    });
  }

  job.summary.filesEmpty += 1;
  log.info({ size: received.size }, 'empty file; nothing to load');
}

const NO_ROWS = { rowsTotal: 0, rowsLoaded: 0, rowsRejected: 0, rowsDuplicate: 0 };
