/**
 * Records to rows of fields with fast-csv (`parse`, rows as arrays, no header handling: the
 * header is matched by this package). Each row carries the physical line it starts on: the
 * header is line 1, a blank line is a line, and a quoted field spanning lines advances the count
 * by the line breaks it holds.
 */
import { parse } from 'fast-csv';
import { CsvSyntaxError, SchemaError, SourceReadError } from '../errors.ts';
import type { CsvDelimiter } from '../types.ts';
import type { RecordBatch } from './records.ts';

export interface RawRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

const LINE_BREAKS = /\r\n|\r|\n/g;

function breaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.includes('\n') || field.includes('\r')) {
      count += field.match(LINE_BREAKS)?.length ?? 0;
    }
  }
  return count;
}

/** A fast-csv parser driven by hand: text in, the rows it completed out. */
class FieldParser {
  private readonly stream;
  private readonly rows: string[][] = [];
  private failure: unknown;

  constructor(delimiter: CsvDelimiter) {
    this.stream = parse<string[], string[]>({ headers: false, delimiter, ignoreEmpty: false });
    this.stream.on('data', (row: string[]) => this.rows.push(row));
    this.stream.on('error', (error: unknown) => {
      this.failure ??= error;
    });
  }

  write(text: string): Promise<string[][]> {
    return new Promise((resolve, reject) => {
      this.stream.write(text, (error) => (error ? reject(error) : resolve(this.take())));
    });
  }

  end(): Promise<string[][]> {
    return new Promise((resolve, reject) => {
      if (this.failure !== undefined) {
        reject(this.failure);
        return;
      }
      this.stream.once('end', () => resolve(this.take()));
      this.stream.once('error', reject);
      this.stream.end();
    });
  }

  private take(): string[][] {
    return this.rows.splice(0, this.rows.length);
  }
}

/** fast-csv says "Parse Error: missing closing: '"' in line: at '…'"; keep the first part. */
function problemOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const problem = message
    .replace(/^Parse Error:\s*/, '')
    .replace(/\s+(in line:\s*)?at '[\s\S]*$/, '');
  return problem.includes('missing closing')
    ? 'a quoted field is not closed (missing closing double quote)'
    : `malformed quoting (${problem})`;
}

/** Finds which record of a failed batch fast-csv refused, by parsing each one alone. */
async function locate(
  error: unknown,
  batch: RecordBatch,
  delimiter: CsvDelimiter,
  file: string,
): Promise<CsvSyntaxError> {
  for (let i = 0; i < batch.records.length; i += 1) {
    const probe = new FieldParser(delimiter);
    try {
      await probe.write(batch.records[i] ?? '');
      await probe.end();
    } catch (cause) {
      return new CsvSyntaxError(file, batch.lines[i] ?? 1, problemOf(cause), cause);
    }
  }
  return new CsvSyntaxError(file, batch.lines[0] ?? 1, problemOf(error), error);
}

/** Yields the rows of each batch together (one await per batch, not per row). */
export async function* parseRecords(
  batches: AsyncIterable<RecordBatch>,
  delimiter: CsvDelimiter,
  file: string,
): AsyncGenerator<RawRecord[]> {
  const parser = new FieldParser(delimiter);
  const iterator = batches[Symbol.asyncIterator]();
  try {
    yield* rowsOf(parser, iterator, delimiter, file);
  } finally {
    await iterator.return?.();
  }
}

async function* rowsOf(
  parser: FieldParser,
  iterator: AsyncIterator<RecordBatch>,
  delimiter: CsvDelimiter,
  file: string,
): AsyncGenerator<RawRecord[]> {
  let line = 1;
  const numbered = (rows: string[][]): RawRecord[] =>
    rows.map((fields) => {
      const record = { line, fields };
      line += 1 + breaksIn(fields);
      return record;
    });

  let last: RecordBatch = { records: [], lines: [] };
  for (;;) {
    let next: IteratorResult<RecordBatch>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw error instanceof SchemaError ? error : new SourceReadError(file, error);
    }
    if (next.done) {
      break;
    }

    last = next.value;
    let rows: string[][];
    try {
      rows = await parser.write(last.records.join(''));
    } catch (error) {
      throw await locate(error, last, delimiter, file);
    }
    if (rows.length > 0) {
      yield numbered(rows);
    }
  }

  let rows: string[][];
  try {
    rows = await parser.end();
  } catch (error) {
    throw await locate(error, last, delimiter, file);
  }
  if (rows.length > 0) {
    yield numbered(rows);
  }
}
