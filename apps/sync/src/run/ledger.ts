import { eq, inArray, sql } from 'drizzle-orm';
import { rejectedRows, sourceFiles, syncRuns } from '@vnodrop/db';
import type { RejectedRow } from '@vnodrop/schemas';
import type { Executor } from '../db/execute.ts';
import type { LedgerEntry, ListedFile } from './plan.ts';
import { selectorOf } from './plan.ts';
import type { SyncSummary } from './summary.ts';

/** The whole ledger in one query: a rerun decides what to skip without touching the server. */
export async function readLedger(db: Executor): Promise<Map<string, LedgerEntry>> {
  const rows = await db
    .select({
      id: sourceFiles.id,
      path: sourceFiles.path,
      size: sourceFiles.size,
      modifiedAt: sourceFiles.modifiedAt,
      sha256: sourceFiles.sha256,
      status: sourceFiles.status,
    })
    .from(sourceFiles);

  return new Map(rows.map((row) => [row.path, row]));
}

/**
 * A loaded or stored file with this content, if there is one: the same path first (a file
 * touched but not changed), else another path (the same content deposited again). A
 * snapshot with the same content as one of another extraction time is not the same file:
 * it is a new observation that nothing changed, and loads.
 */
export async function findSameContent(
  db: Executor,
  sha256: string,
  file: ListedFile,
): Promise<string | undefined> {
  const snapshot = file.facts.format?.kind === 'snapshot';
  const extractedAt = file.facts.extractedAt?.toISOString() ?? null;
  const rows = await db
    .select({ path: sourceFiles.path })
    .from(sourceFiles)
    .where(
      sql`${sourceFiles.sha256} = ${sha256}
          and ${inArray(sourceFiles.status, ['loaded', 'stored', 'duplicate'])}
          and (${sourceFiles.path} = ${file.path} or not ${snapshot}
               or ${sourceFiles.extractedAt} is not distinct from ${extractedAt}::timestamptz)`,
    )
    .orderBy(sql`${sourceFiles.path} = ${file.path} desc`)
    .limit(1);

  return rows[0]?.path;
}

/** Records that a file's time changed but not its content. */
export async function touchLedgerEntry(db: Executor, path: string, modifiedAt: Date) {
  await db.update(sourceFiles).set({ modifiedAt }).where(eq(sourceFiles.path, path));
}

export interface FileOpening {
  readonly file: ListedFile;
  readonly sha256: string | null;
  readonly runId: number | null;
  readonly status: LedgerEntry['status'];
  readonly error?: string;
}

/** Writes (or rewrites) the ledger entry of a path and returns its id. */
export async function openLedgerEntry(db: Executor, opening: FileOpening): Promise<number> {
  const { file } = opening;
  const slash = file.path.lastIndexOf('/');
  const facts = file.facts;
  const values = {
    path: file.path,
    folder: slash < 0 ? '' : file.path.slice(0, slash),
    name: file.path.slice(slash + 1),
    family: facts.format?.family ?? null,
    storedKind: facts.stored ?? null,
    size: file.size,
    modifiedAt: file.modifiedAt,
    sha256: opening.sha256,
    status: opening.status,
    extractedAt: facts.extractedAt ?? null,
    period: facts.period ?? null,
    error: opening.error ?? null,
    syncRunId: opening.runId,
    startedAt: new Date(),
    rowsTotal: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    finishedAt: null,
    durationMs: null,
  };
  const [row] = await db
    .insert(sourceFiles)
    .values(values)
    .onConflictDoUpdate({ target: sourceFiles.path, set: values })
    .returning({ id: sourceFiles.id });

  return row!.id;
}

export interface FileOutcome {
  status: LedgerEntry['status'];
  encoding?: string | null;
  delimiter?: string | null;
  rowsTotal: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  error?: string | null;
  startedAt: Date;
}

export async function closeLedgerEntry(db: Executor, id: number, outcome: FileOutcome) {
  const finishedAt = new Date();

  await db
    .update(sourceFiles)
    .set({
      status: outcome.status,
      encoding: outcome.encoding ?? null,
      delimiter: outcome.delimiter ?? null,
      rowsTotal: outcome.rowsTotal,
      rowsLoaded: outcome.rowsLoaded,
      rowsRejected: outcome.rowsRejected,
      rowsDuplicate: outcome.rowsDuplicate,
      error: outcome.error ?? null,
      finishedAt,
      durationMs: finishedAt.getTime() - outcome.startedAt.getTime(),
    })
    .where(eq(sourceFiles.id, id));
}

export async function saveRejectedRows(
  db: Executor,
  sourceFileId: number,
  rows: readonly RejectedRow[],
): Promise<void> {
  if (rows.length === 0) return;

  await db.insert(rejectedRows).values(
    rows.map((row) => ({
      sourceFileId,
      line: row.line,
      column: row.column ?? null,
      columnNumber: row.columnNumber ?? null,
      raw: row.raw,
      reason: row.reason,
    })),
  );
}

export async function startRun(db: Executor, source: string): Promise<number> {
  const [row] = await db
    .insert(syncRuns)
    .values({ source, status: 'running', startedAt: new Date() })
    .returning({ id: syncRuns.id });

  return row!.id;
}

/**
 * Marks as failed the runs a process left `running` when it died (killed, out of memory, the
 * machine stopped). Called by the holder of the run lock: no other run can be live.
 */
export async function closeInterruptedRuns(db: Executor): Promise<number> {
  const closed = await db
    .update(syncRuns)
    .set({
      status: 'failed',
      finishedAt: new Date(),
      error: 'the sync process stopped before the run ended (killed or crashed)',
    })
    .where(eq(syncRuns.status, 'running'))
    .returning({ id: syncRuns.id });

  return closed.length;
}

export async function finishRun(db: Executor, id: number, summary: SyncSummary, error?: string) {
  const status =
    error || summary.filesFailed > 0
      ? summary.filesLoaded > 0
        ? 'partial'
        : 'failed'
      : 'succeeded';

  await db
    .update(syncRuns)
    .set({
      status,
      finishedAt: new Date(),
      filesSeen: summary.filesSeen,
      filesLoaded: summary.filesLoaded + summary.filesStored,
      filesSkipped: summary.filesSkipped + summary.filesDuplicate,
      filesFailed: summary.filesFailed,
      rowsLoaded: summary.rowsLoaded,
      rowsRejected: summary.rowsRejected,
      error: error ?? null,
    })
    .where(eq(syncRuns.id, id));
}

export { selectorOf };
