import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseHandle } from '@vnodrop/db';
import { silentLogger, type Logger } from '@vnodrop/log';
import { rerate } from '../billing/rerate.ts';
import type { Source } from '../sources/index.ts';
import { backgroundRating } from './background-rating.ts';
import { describeError } from './describe-error.ts';
import { closeInterruptedRuns, finishRun, readLedger, startRun } from './ledger.ts';
import { listDrop } from './list-drop.ts';
import { planFiles, type ListedFile, type Selector } from './plan.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.ts';
import { acquireRunLock, type RunLock } from './run-lock.ts';
import { settledFiles, settleMsFor } from './settle.ts';
import { emptySummary, type SyncSummary } from './summary.ts';
import { takeFiles, type TakeFilesJob } from './take-files.ts';

export interface SyncProgress {
  /** Files done so far, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly path?: string;
}

export interface SyncOptions {
  readonly source: Source;
  readonly database: DatabaseHandle;
  readonly logger?: Logger;
  /** Read and check everything, write nothing. */
  readonly dryRun?: boolean;
  /** Load only these families or kinds of stored file. */
  readonly only?: readonly Selector[];
  /** Where downloads are kept while they load; the system's temporary folder by default. */
  readonly workDir?: string;
  /**
   * A new or changed file is taken only once its size and time stayed the same this long
   * (default: 10 s for a server, none for a local folder); others wait for the next run.
   */
  readonly settleMs?: number;
  /** Attempts at a listing or a download that failed on the way (default 3, 1 s then 2 s apart). */
  readonly retry?: RetryPolicy;
  /** When another sync holds the database: wait for it, or throw `SyncBusyError` (default). */
  readonly waitForLock?: boolean;
  /** Stops the run after the file in hand; the summary says what was left. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
}

/**
 * One sync: take the database's run lock, list the drop, skip what the ledger already
 * holds, let files still being written settle, and load every other file, each in its own
 * transaction, in an order where what is referred to comes first.
 */
export async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const started = Date.now();
  const logger = options.logger ?? silentLogger;
  const dryRun = options.dryRun ?? false;
  const summary = emptySummary(dryRun);

  let lock: RunLock | undefined;
  if (!dryRun) {
    try {
      lock = await acquireRunLock(options.database, {
        wait: options.waitForLock ?? false,
        logger,
        signal: options.signal,
      });
    } catch (error) {
      if (!options.signal?.aborted) throw error;
      summary.stopped = 'stopped while waiting for another sync to finish';
      return summary;
    }
  }

  try {
    await runLocked(options, logger, summary);
  } finally {
    summary.durationMs = Date.now() - started;
    await lock?.release();
  }

  return summary;
}

async function runLocked(options: SyncOptions, logger: Logger, summary: SyncSummary) {
  const { db } = options.database;
  const { dryRun } = summary;

  if (!dryRun) {
    const closed = await closeInterruptedRuns(db);
    if (closed > 0) logger.warn({ runs: closed }, 'runs left unfinished by a stopped sync closed');
  }
  const runId = dryRun ? null : await startRun(db, options.source.url);
  summary.runId = runId;
  const work = await mkdtemp(path.join(options.workDir ?? tmpdir(), 'vnodrop-sync-'));
  const retry = options.retry ?? DEFAULT_RETRY;

  try {
    const files = await list(options.source, retry, logger);
    const ledger = await readLedger(db);
    const plan = planFiles(files, ledger, options.only ? new Set(options.only) : undefined);
    summary.filesSeen = files.length;
    summary.filesSkipped = plan.unchanged.length;
    const toLoad = await settle(plan.toLoad, options, retry, logger, summary);
    logger.info(
      {
        files: files.length,
        toLoad: toLoad.length,
        unchanged: plan.unchanged.length,
        arriving: summary.filesArriving,
      },
      'drop listed',
    );

    await takeAndRate(options, { db, files: toLoad, work, runId, dryRun, retry, logger, summary });
    await rerate(db, { mode: 'incremental', dryRun, logger, signal: options.signal });
  } catch (error) {
    if (runId !== null) await finishRun(db, runId, summary, describeError(error));
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  if (runId !== null) await finishRun(db, runId, summary, summary.stopped ?? undefined);
}

/** Takes the files, rating each file of records once committed while the next one loads. */
async function takeAndRate(
  options: SyncOptions,
  job: Omit<TakeFilesJob, 'source' | 'signal' | 'onProgress' | 'onTaken'>,
) {
  const rating = backgroundRating(options.database, { ...job, signal: options.signal });

  try {
    await takeFiles({ ...options, ...job, onTaken: (file) => rating.loaded(file) });
  } finally {
    const failure = await rating.settle();
    if (failure !== undefined) {
      job.logger.warn(
        { error: describeError(failure) },
        'rating while loading failed; the rating at the end of the run takes it again',
      );
    }
  }
}

function list(source: Source, retry: RetryPolicy, logger: Logger): Promise<ListedFile[]> {
  return withRetry(
    () => listDrop(source, logger),
    retry,
    (error, attempt, waitMs) =>
      logger.warn({ attempt, waitMs, error: describeError(error) }, 'listing failed; trying again'),
  );
}

/**
 * Lists the drop again after the settle time and keeps the files whose size and time did not
 * change: the others are still being written.
 */
async function settle(
  candidates: ListedFile[],
  options: SyncOptions,
  retry: RetryPolicy,
  logger: Logger,
  summary: SyncSummary,
): Promise<ListedFile[]> {
  const settleMs = settleMsFor(options.source.url, options.settleMs);
  if (settleMs <= 0 || candidates.length === 0) return candidates;

  logger.debug({ settleMs, files: candidates.length }, 'waiting for new files to settle');
  const waited = await sleep(settleMs, true, { signal: options.signal }).catch(() => false);
  if (!waited) return candidates;

  const { settled, arriving, gone } = settledFiles(
    candidates,
    await list(options.source, retry, logger),
  );
  for (const file of arriving) {
    logger.info({ file: file.path, size: file.size }, 'still arriving; left for the next run');
  }
  for (const file of gone) logger.info({ file: file.path }, 'gone since the listing; ignored');
  summary.filesArriving = arriving.length;

  return settled;
}
