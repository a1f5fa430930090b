/**
 * Re-rating: every usage record priced again by the rate tables, its rating kept in
 * `cdr_ratings`. Incremental after a sync (the records of files not rated yet, and every
 * record naming a table code whose rates changed), or in full on demand. Records are read
 * file by file in batches, rated by `@vnodrop/billing`, and written a batch per statement;
 * a file is marked rated once all its records are, so a stopped run resumes where it was.
 */
import type { RateBook } from '@vnodrop/billing';
import { silentLogger, type Logger } from '@vnodrop/log';
import type { Database } from '@vnodrop/db';
import { SyncError } from '../errors.ts';
import { readRateBook, readRateDigests } from './read-rates.ts';
import { rateRecord, type RatingRow } from './rating-rows.ts';
import { nextRecords, openRecords, removeOrphanRatings, writeRatings } from './rating-batches.ts';
import {
  changedTariffs,
  listRecordFiles,
  markFileRated,
  markTariffsRated,
  readRatedTariffs,
  type RecordFile,
} from './rating-state.ts';
import { RECORD_TABLES, tableOfFamily, type RecordTable } from './record-tables.ts';

export interface RerateOptions {
  /** `incremental`: what changed since the last rating; `full`: every record. */
  readonly mode: 'incremental' | 'full';
  readonly logger?: Logger;
  /** Do nothing (a dry run of the sync writes nothing). */
  readonly dryRun?: boolean;
  /** Stops between two batches; what is left is rated by the next run. */
  readonly signal?: AbortSignal;
  /** Records per batch (default 5,000). */
  readonly batchSize?: number;
  /**
   * Only the files never rated, with the rates as they are: what a sync does while it loads.
   * The table codes whose rates changed are left to a pass without it.
   */
  readonly newFilesOnly?: boolean;
}

export interface RerateSummary {
  mode: RerateOptions['mode'];
  /** Files whose records were read. */
  files: number;
  /** Records rated, and of them: priced, without a rate, priced differently from the file. */
  records: number;
  rated: number;
  noRate: number;
  differing: number;
  /** Ratings new or changed. */
  written: number;
  /** Ratings of records no longer loaded, removed (full mode). */
  removed: number;
  /** Table codes whose rates changed since their records were last rated. */
  changedTariffs: string[];
  stopped: boolean;
  durationMs: number;
}

/** A batch of ratings failed to be read or written; the next run does the file again. */
export class RatingError extends SyncError {
  constructor(
    readonly table: string,
    readonly fileId: number,
    options: { cause: unknown },
  ) {
    super(
      `Rating the records of ${table} from file #${fileId} failed: ${causeOf(options.cause)}. ` +
        'Fix the cause, then run `sync rerate` (or the next sync) to rate them again.',
      options,
    );
  }
}

export async function rerate(db: Database, options: RerateOptions): Promise<RerateSummary> {
  const started = Date.now();
  const logger = options.logger ?? silentLogger;
  const summary = emptySummary(options.mode);
  if (options.dryRun) return summary;

  const book = await readRateBook(db);
  const digests = options.newFilesOnly ? new Map<string, string>() : await readRateDigests(db);
  if (!options.newFilesOnly) {
    summary.changedTariffs = changedTariffs(digests, await readRatedTariffs(db));
  }
  const full = options.mode === 'full';

  for (const file of await listRecordFiles(db)) {
    if (options.signal?.aborted) {
      summary.stopped = true;
      break;
    }
    const table = tableOfFamily(file.family);
    if (!table) continue;
    if (!full && file.rated && summary.changedTariffs.length === 0) continue;

    const codes = full || !file.rated ? undefined : summary.changedTariffs;
    await rateFile(db, { table, file, book, codes, options, summary });
  }

  if (!summary.stopped && !options.newFilesOnly) {
    if (full) {
      for (const table of RECORD_TABLES) summary.removed += await removeOrphanRatings(db, table);
    }
    await markTariffsRated(db, digests);
  }
  summary.durationMs = Date.now() - started;
  if (summary.files > 0 || summary.removed > 0) logger.info(summary, 'records re-rated');

  return summary;
}

interface FileJob {
  readonly table: RecordTable;
  readonly file: RecordFile;
  readonly book: RateBook;
  /** Only the records naming these table codes; all records when absent. */
  readonly codes: readonly string[] | undefined;
  readonly options: RerateOptions;
  readonly summary: RerateSummary;
}

async function rateFile(db: Database, job: FileJob): Promise<void> {
  const { table, file, summary } = job;
  const limit = job.options.batchSize ?? 5_000;
  let records = 0;

  try {
    await db.transaction(async (tx) => {
      await openRecords(tx, table, {
        fileId: file.id,
        ...(job.codes ? { tariffCodes: job.codes } : {}),
      });

      for (;;) {
        if (job.options.signal?.aborted) {
          summary.stopped = true;
          return;
        }
        const page = await nextRecords(tx, limit);
        if (page.length === 0) break;

        const ratings = page.map((record) => rateRecord(table.name, record, job.book));
        summary.written += await writeRatings(tx, ratings);
        count(summary, ratings);
        records += page.length;
      }

      if (!job.codes) await markFileRated(tx, file.id, records);
    });
  } catch (error) {
    throw new RatingError(table.name, file.id, { cause: error });
  }
  if (summary.stopped) return;

  summary.files += 1;
  summary.records += records;
}

function count(summary: RerateSummary, ratings: readonly RatingRow[]) {
  for (const rating of ratings) {
    if (rating.status === 'rated') summary.rated += 1;
    else summary.noRate += 1;
    if (rating.difference !== null && Number(rating.difference) !== 0) summary.differing += 1;
  }
}

function emptySummary(mode: RerateOptions['mode']): RerateSummary {
  return {
    mode,
    files: 0,
    records: 0,
    rated: 0,
    noRate: 0,
    differing: 0,
    written: 0,
    removed: 0,
    changedTariffs: [],
    stopped: false,
    durationMs: 0,
  };
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
