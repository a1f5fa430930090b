import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '@vnodrop/db';
import { silentLogger, type Logger } from '@vnodrop/log';
import { classifyPath } from '@vnodrop/schemas';
import type { Source } from '../sources/index.ts';
import { finishRun, readLedger, startRun } from './ledger.ts';
import { planFiles, type ListedFile, type Selector } from './plan.ts';
import { emptySummary, type SyncSummary } from './summary.ts';
import { syncFile } from './sync-file.ts';

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
  readonly onProgress?: (progress: SyncProgress) => void;
}

/**
 * One sync: list the drop, skip what the ledger already holds, and load every other file,
 * each in its own transaction, in an order where what is referred to comes first.
 */
export async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const started = Date.now();
  const logger = options.logger ?? silentLogger;
  const dryRun = options.dryRun ?? false;
  const { db } = options.database;
  const summary = emptySummary(dryRun);

  const runId = dryRun ? null : await startRun(db, options.source.url);
  summary.runId = runId;
  const work = await mkdtemp(path.join(options.workDir ?? tmpdir(), 'vnodrop-sync-'));

  try {
    const files = await listDrop(options.source, logger);
    const ledger = await readLedger(db);
    const plan = planFiles(files, ledger, options.only ? new Set(options.only) : undefined);
    summary.filesSeen = files.length;
    summary.filesSkipped = plan.unchanged.length;
    logger.info(
      { files: files.length, toLoad: plan.toLoad.length, unchanged: plan.unchanged.length },
      'drop listed',
    );

    for (const [index, file] of plan.toLoad.entries()) {
      options.onProgress?.({ done: index, total: plan.toLoad.length, path: file.path });
      const localPath = path.join(work, `file-${index}`);
      await syncFile({
        db,
        source: options.source,
        file,
        localPath,
        runId,
        dryRun,
        logger,
        summary,
      });
    }
    options.onProgress?.({ done: plan.toLoad.length, total: plan.toLoad.length });
  } catch (error) {
    summary.durationMs = Date.now() - started;
    if (runId !== null) await finishRun(db, runId, summary, errorText(error));
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  summary.durationMs = Date.now() - started;
  if (runId !== null) await finishRun(db, runId, summary);

  return summary;
}

async function listDrop(source: Source, logger: Logger): Promise<ListedFile[]> {
  const files: ListedFile[] = [];

  for (const entry of await source.list()) {
    const facts = classifyPath(entry.path);
    if (!facts) {
      logger.debug({ path: entry.path }, 'not part of the drop; ignored');
      continue;
    }
    files.push({ path: entry.path, size: entry.size, modifiedAt: entry.modifiedAt, facts });
  }

  return files;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
