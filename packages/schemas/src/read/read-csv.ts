/**
 * Reading one CSV file of the drop against its format, as a stream: the file is read twice
 * (once to find its encoding, once to parse) and never held whole in memory.
 */
import { SchemaError, SourceReadError } from '../errors.ts';
import type { CsvDelimiter, CsvFile, CsvFormat, CsvSource, ReadRow } from '../types.ts';
import { layoutOf, type Layout } from './layout.ts';
import { parseRecords, type RawRecord } from './parse-records.ts';
import { recordBatches } from './records.ts';
import { sniff } from './sniff.ts';
import { isBlank, toRow } from './to-row.ts';

/** `;` unless the header line has more commas than semicolons outside quotes. */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const char of headerLine) {
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && char === ';') {
      semicolons += 1;
    } else if (!inQuotes && char === ',') {
      commas += 1;
    }
  }
  return commas > semicolons ? ',' : ';';
}

async function* rowsAfterHeader(
  pending: readonly RawRecord[],
  records: AsyncIterator<RawRecord[]>,
  layout: Layout,
  delimiter: CsvDelimiter,
): AsyncGenerator<ReadRow> {
  try {
    let batch = pending;
    for (;;) {
      for (const { line, fields } of batch) {
        if (!isBlank(fields)) {
          yield toRow(layout, delimiter, line, fields);
        }
      }
      const next = await records.next();
      if (next.done) {
        return;
      }
      batch = next.value;
    }
  } finally {
    await records.return?.();
  }
}

/** The first non-blank record (the header line) and the records after it in its batch. */
async function headerOf(
  records: AsyncIterator<RawRecord[]>,
): Promise<{ header: readonly string[]; rest: readonly RawRecord[] }> {
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const at = next.value.findIndex((record) => !isBlank(record.fields));
    const found = next.value[at];
    if (found) {
      return { header: found.fields, rest: next.value.slice(at + 1) };
    }
  }
  return { header: [], rest: [] };
}

/**
 * Reads `source` as a file of `format`. Resolves once the header line is matched; rejects with
 * `MissingColumnError` (or `DuplicateColumnError`) when it does not fit the format. Rows are then
 * streamed: a row that fails validation is a `RejectedRow`, and the file goes on. A file that
 * is not well-formed CSV makes the row iteration throw `CsvSyntaxError`.
 */
export async function readCsv(source: CsvSource, format: CsvFormat): Promise<CsvFile> {
  const { encoding, headerLine } = await sniff(source.open()).catch((error: unknown) => {
    throw new SourceReadError(source.name, error);
  });
  const delimiter = detectDelimiter(headerLine);

  const batches = recordBatches(source.open(), encoding, delimiter, source.name);
  const records = parseRecords(batches, delimiter, source.name)[Symbol.asyncIterator]();
  let layout: Layout;
  let rest: readonly RawRecord[];
  try {
    const first = await headerOf(records);
    layout = layoutOf(format, first.header, source.name);
    rest = first.rest;
  } catch (error) {
    await records.return(undefined);
    throw error;
  }

  let iterated = false;
  const rows = (): AsyncGenerator<ReadRow> => {
    if (iterated) {
      throw new SchemaError(`the rows of "${source.name}" are a stream; iterate them once`);
    }
    iterated = true;
    return rowsAfterHeader(rest, records, layout, delimiter);
  };
  return {
    encoding,
    delimiter,
    headers: layout.headers,
    extraHeaders: layout.extras.map((extra) => extra.header),
    rows: { [Symbol.asyncIterator]: rows },
  };
}
