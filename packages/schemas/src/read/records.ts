/**
 * The second pass over a file: bytes decoded to text and cut into whole records (a record is a
 * line, or several when a quoted field holds line breaks), each with the physical line it
 * starts on. Records are handed to the CSV parser in batches of whole records, so a syntax error
 * can be traced to its record, and an unclosed quote cannot make the parser re-read the rest of
 * a large file over and over: a quoted field still open after {@link MAX_RECORD} characters is
 * reported at once.
 */
import iconv from 'iconv-lite';
import { CsvSyntaxError } from '../errors.ts';
import type { CsvDelimiter, CsvEncoding } from '../types.ts';
import { toBuffer } from './sniff.ts';

export const MAX_RECORD = 1 << 20;
/** Text without a line feed is passed on in pieces of this size (files with CR line ends). */
const MAX_PIECE = 1 << 16;

export interface RecordBatch {
  readonly records: readonly string[];
  /** The physical line each record starts on. */
  readonly lines: readonly number[];
}

/** Cuts decoded text into records, following the CSV quoting rules. */
export class RecordSplitter {
  private pending = '';
  private pendingLine = 1;
  private pendingBreaks = 0;
  private inQuotes = false;
  private fieldStart = true;

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly file: string,
  ) {}

  push(text: string): RecordBatch {
    const records: string[] = [];
    const lines: number[] = [];
    let start = 0;

    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const piece = end === -1 ? text.slice(start) : text.slice(start, end + 1);
      this.scan(piece);
      this.pending += piece;
      start += piece.length;

      if (end !== -1) {
        this.pendingBreaks += 1;
        if (!this.inQuotes) {
          this.emit(records, lines);
        }
      }
      this.checkSize(records, lines);
    }
    return { records, lines };
  }

  /** The text left at the end of the file (a last line without a line end). */
  finish(): RecordBatch {
    const records: string[] = [];
    const lines: number[] = [];
    if (this.pending !== '') {
      this.emit(records, lines);
    }
    return { records, lines };
  }

  private emit(records: string[], lines: number[]): void {
    records.push(this.pending);
    lines.push(this.pendingLine);
    this.pendingLine += this.pendingBreaks;
    this.pending = '';
    this.pendingBreaks = 0;
    this.fieldStart = true;
  }

  private checkSize(records: string[], lines: number[]): void {
    if (this.pending.length <= (this.inQuotes ? MAX_RECORD : MAX_PIECE)) {
      return;
    }
    if (this.inQuotes) {
      throw new CsvSyntaxError(
        this.file,
        this.pendingLine,
        `a quoted field is still open after ${MAX_RECORD} characters; a closing double quote is missing`,
      );
    }
    records.push(this.pending);
    lines.push(this.pendingLine);
    this.pending = '';
  }

  /** Follows quotes: a quote opens a field only at its start (spaces aside); `""` inside a
   * quoted field is a literal quote. */
  private scan(piece: string): void {
    if (!this.inQuotes && !piece.includes('"')) {
      this.fieldStart = fieldStartAfter(piece, this.delimiter, this.fieldStart);
      return;
    }

    for (let i = 0; i < piece.length; i += 1) {
      const char = piece[i];
      if (this.inQuotes) {
        if (char === '"') {
          if (piece[i + 1] === '"') {
            i += 1;
          } else {
            this.inQuotes = false;
          }
        }
      } else if (char === '"' && this.fieldStart) {
        this.inQuotes = true;
        this.fieldStart = false;
      } else if (char === this.delimiter) {
        this.fieldStart = true;
      } else if (char !== ' ' && char !== '\t') {
        this.fieldStart = false;
      }
    }
  }
}

function fieldStartAfter(piece: string, delimiter: string, before: boolean): boolean {
  for (let i = piece.length - 1; i >= 0; i -= 1) {
    const char = piece[i];
    if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n') {
      return char === delimiter;
    }
  }
  return before;
}

/** Decodes the stream and yields batches of whole records, one batch per chunk read. */
export async function* recordBatches(
  stream: NodeJS.ReadableStream,
  encoding: CsvEncoding,
  delimiter: CsvDelimiter,
  file: string,
): AsyncGenerator<RecordBatch> {
  const decoder = iconv.getDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf8');
  const splitter = new RecordSplitter(delimiter, file);

  for await (const chunk of stream) {
    const batch = splitter.push(decoder.write(toBuffer(chunk)));
    if (batch.records.length > 0) {
      yield batch;
    }
  }

  const tail = splitter.push(decoder.end() ?? '');
  const last = splitter.finish();
  const records = [...tail.records, ...last.records];
  if (records.length > 0) {
    yield { records, lines: [...tail.lines, ...last.lines] };
  }
}
