import type { CsvSource, FamilyName, RejectedRow } from '@vnodrop/schemas';
import { formatOf, readCsv } from '@vnodrop/schemas';
import { Cells } from '../families/cells.ts';
import { loaders, type MapContext } from '../families/index.ts';
import { STAGE_BATCH_ROWS } from './stage.ts';
import { StageTextBuilder, type StageFormat, type StageText } from './stage-text.ts';

/** Rejected rows per batch sent to `rejected_rows`. */
export const REJECTED_BATCH = 1_000;

export interface StageBatchRequest {
  readonly family: FamilyName;
  readonly source: CsvSource;
  readonly context: MapContext;
  readonly format: StageFormat;
}

/** What reading a file gives, in file order: its encoding once the header fits the format,
 * its staged rows and rejected rows in batches, and the number of data rows at its end. */
export type StageEvent =
  | { readonly kind: 'opened'; readonly encoding: string; readonly delimiter: string }
  | { readonly kind: 'rows'; readonly output: number; readonly batch: StageText }
  | { readonly kind: 'rejected'; readonly rows: readonly RejectedRow[] }
  | { readonly kind: 'done'; readonly rowsTotal: number };

/**
 * Reads one CSV file against its family's format and maps each valid row to the rows of the
 * family's tables, written out for their stages a batch at a time. Throws what `readCsv`
 * throws: a header that does not fit the format, a file that is not well-formed CSV.
 */
export async function* stageBatches(request: StageBatchRequest): AsyncGenerator<StageEvent> {
  const loader = loaders[request.family];
  const csv = await readCsv(request.source, formatOf(request.family));
  yield { kind: 'opened', encoding: csv.encoding, delimiter: csv.delimiter };

  const builders = loader.outputs.map(
    (output) => new StageTextBuilder(request.format, output.table),
  );
  let rejected: RejectedRow[] = [];
  let rowsTotal = 0;

  for await (const row of csv.rows) {
    rowsTotal += 1;

    if (!row.ok) {
      rejected.push(row);
      if (rejected.length >= REJECTED_BATCH) {
        yield { kind: 'rejected', rows: rejected };
        rejected = [];
      }
      continue;
    }

    const cells = new Cells(row);
    for (const [output, builder] of builders.entries()) {
      const record = loader.outputs[output]!.map(cells, row, request.context);
      if (record) builder.add(record);
      if (builder.rows >= STAGE_BATCH_ROWS) yield { kind: 'rows', output, batch: builder.take()! };
    }
  }

  for (const [output, builder] of builders.entries()) {
    const batch = builder.take();
    if (batch) yield { kind: 'rows', output, batch };
  }
  if (rejected.length > 0) yield { kind: 'rejected', rows: rejected };
  yield { kind: 'done', rowsTotal };
}
