import type { ParsedRow, RejectedRow } from '@vnodrop/schemas';
import { readCsv } from '@vnodrop/schemas';
import { Cells } from '../families/cells.ts';
import { loaders, type MapContext } from '../families/index.ts';
import type { Transaction } from '@vnodrop/db';
import { createStage, fillStage, STAGE_BATCH_ROWS, type Stage } from '../load/stage.ts';
import { saveRejectedRows } from './ledger.ts';
import { openLocal } from './open-local.ts';
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

const REJECTED_BATCH = 1_000;

/**
 * Reads one CSV file against its family's format and loads it: valid rows go through
 * staging tables into a set-based merge, rejected rows to `rejected_rows`. Runs inside the
 * file's transaction; rows are streamed in batches, never held whole.
 */
export async function loadCsv(
  tx: Transaction,
  file: ListedFile,
  localPath: string,
  context: MapContext,
): Promise<CsvLoadResult> {
  const format = file.facts.format!;
  const loader = loaders[format.family];
  const csv = await readCsv(
    { name: file.path, open: () => openLocal(localPath, file.facts) },
    format,
  );
  const stages: (Stage | undefined)[] = loader.outputs.map(() => undefined);
  const pending: Record<string, unknown>[][] = loader.outputs.map(() => []);
  const rejected: RejectedRow[] = [];
  const result: CsvLoadResult = {
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    rowsTotal: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsDuplicate: 0,
    samples: [],
  };

  const flush = async (index: number) => {
    const rows = pending[index]!;
    if (rows.length === 0) return;

    const output = loader.outputs[index]!;
    stages[index] ??= await createStage(tx, output.table, Object.keys(rows[0]!));
    await fillStage(tx, stages[index]!, rows);
    pending[index] = [];
  };

  for await (const row of csv.rows) {
    result.rowsTotal += 1;

    if (!row.ok) {
      result.rowsRejected += 1;
      if (result.samples.length < 20) result.samples.push(row);
      rejected.push(row);
      if (rejected.length >= REJECTED_BATCH)
        await saveRejectedRows(tx, context.fileId, rejected.splice(0));
      continue;
    }

    mapRow(row, loader.outputs, pending, context);
    for (let i = 0; i < pending.length; i += 1) {
      if (pending[i]!.length >= STAGE_BATCH_ROWS) await flush(i);
    }
  }

  for (let i = 0; i < pending.length; i += 1) await flush(i);
  await saveRejectedRows(tx, context.fileId, rejected);

  const merged = await loader.merge(tx, stages, context);
  result.rowsLoaded = merged.loaded;
  result.rowsDuplicate = merged.duplicates;

  return result;
}

function mapRow(
  row: ParsedRow,
  outputs: (typeof loaders)[keyof typeof loaders]['outputs'],
  pending: Record<string, unknown>[][],
  context: MapContext,
) {
  const cells = new Cells(row);

  outputs.forEach((output, i) => {
    const record = output.map(cells, row, context);
    if (record) pending[i]!.push(record);
  });
}
