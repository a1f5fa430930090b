import type { Transaction } from '@vnodrop/db';
import type { RejectedRow } from '@vnodrop/schemas';
import { loaders, type MapContext } from '../families/index.ts';
import type { StageEvent } from '../load/stage-batches.ts';
import { createStage, fillStageText, stageFormatOf, type Stage } from '../load/stage.ts';
import { readCsvInline, type CsvReadRequest } from './csv-reading.ts';
import { readCsvInWorker } from './csv-workers.ts';
import { saveRejectedRows } from './ledger.ts';
import type { ListedFile } from './plan.ts';

export interface CsvLoadResult {
  encoding: string;
  delimiter: string;
  rowsTotal: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  /** The first rejected rows, for the log (file, line, column and reason; never raw text). */
  samples: RejectedRow[];
}

/** Files from this size on are read on a thread of their own, while this one loads. */
export const WORKER_MIN_BYTES = 4 * 2 ** 20;

const SAMPLES = 20;

/**
 * Reads one CSV file against its family's format and loads it: valid rows go through
 * staging tables into a set-based merge, rejected rows to `rejected_rows`. Runs inside the
 * file's transaction; rows are streamed in batches, never held whole. A large file is read,
 * checked and written out for the stages on a worker thread, while this thread copies the
 * batches it gives into the database.
 */
export async function loadCsv(
  tx: Transaction,
  file: ListedFile,
  localPath: string,
  context: MapContext,
): Promise<CsvLoadResult> {
  const loader = loaders[file.facts.format!.family];
  const request: CsvReadRequest = {
    path: file.path,
    localPath,
    facts: file.facts,
    fileId: context.fileId,
    fileTime: context.fileTime,
    format: stageFormatOf(tx),
  };
  const events = file.size >= WORKER_MIN_BYTES ? readCsvInWorker(request) : readCsvInline(request);
  const stages: (Stage | undefined)[] = loader.outputs.map(() => undefined);
  const result: CsvLoadResult = {
    encoding: '',
    delimiter: '',
    rowsTotal: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    samples: [],
  };

  for await (const event of events) {
    await apply(tx, event, { loader, stages, result, fileId: context.fileId });
  }

  const merged = await loader.merge(tx, stages, context);
  result.rowsLoaded = merged.loaded;
  result.rowsDuplicate = merged.duplicates;

  return result;
}

interface LoadState {
  readonly loader: (typeof loaders)[keyof typeof loaders];
  readonly stages: (Stage | undefined)[];
  readonly result: CsvLoadResult;
  readonly fileId: number;
}

async function apply(tx: Transaction, event: StageEvent, state: LoadState): Promise<void> {
  const { result, stages } = state;

  switch (event.kind) {
    case 'opened':
      result.encoding = event.encoding;
      result.delimiter = event.delimiter;
      return;
    case 'rows': {
      const table = state.loader.outputs[event.output]!.table;
      stages[event.output] ??= await createStage(tx, table, event.batch.fields);
      await fillStageText(tx, stages[event.output]!, event.batch);
      return;
    }
    case 'rejected':
      result.rowsRejected += event.rows.length;
      result.samples.push(...event.rows.slice(0, SAMPLES - result.samples.length));
      await saveRejectedRows(tx, state.fileId, event.rows);
      return;
    case 'done':
      result.rowsTotal = event.rowsTotal;
      return;
  }
}
