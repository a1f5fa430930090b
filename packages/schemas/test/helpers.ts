import { Readable } from 'node:stream';
import { formatOf, readCsv } from '../src/index.ts';
import type {
  ColumnSpec,
  CsvFile,
  CsvFormat,
  CsvSource,
  ParsedRow,
  ReadRow,
  RejectedRow,
} from '../src/index.ts';

/** A source over fixed bytes, cut into chunks of `chunkSize` bytes (small sizes exercise the
 * chunk boundaries). Counts how often it is opened and whether a stream was left open. */
export function sourceOf(content: string | Buffer, name = 'test.csv', chunkSize = 64 * 1024) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const streams: Readable[] = [];
  const source: CsvSource & { opened: () => number; allClosed: () => boolean } = {
    name,
    open() {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += chunkSize) {
        chunks.push(bytes.subarray(i, i + chunkSize));
      }
      const stream = Readable.from(chunks);
      streams.push(stream);
      return stream;
    },
    opened: () => streams.length,
    allClosed: () => streams.every((s) => s.destroyed || s.readableEnded),
  };
  return source;
}

export async function collect(rows: AsyncIterable<ReadRow>): Promise<ReadRow[]> {
  const all: ReadRow[] = [];
  for await (const row of rows) {
    all.push(row);
  }
  return all;
}

export async function readAll(
  content: string | Buffer,
  format: CsvFormat,
  options: { name?: string; chunkSize?: number } = {},
): Promise<{ file: CsvFile; rows: ReadRow[] }> {
  const file = await readCsv(sourceOf(content, options.name, options.chunkSize), format);
  return { file, rows: await collect(file.rows) };
}

export function parsed(rows: readonly ReadRow[]): ParsedRow[] {
  return rows.filter((row): row is ParsedRow => row.ok);
}

export function rejected(rows: readonly ReadRow[]): RejectedRow[] {
  return rows.filter((row): row is RejectedRow => !row.ok);
}

function column(key: string, header: string, type: ColumnSpec['type'], more = {}): ColumnSpec {
  return { key, header, type, ...more };
}

/** Small formats for reader tests, built like the real ones. */
export function testFormat(columns: readonly ColumnSpec[], key: readonly string[] = []): CsvFormat {
  return {
    ...formatOf('high-usage'),
    title: 'test',
    columns,
    key,
  };
}

export const abc = testFormat([
  column('a', 'A', 'text', { required: true }),
  column('b', 'B', 'text'),
  column('c', 'C', 'text'),
]);

export const priced = testFormat([
  column('label', 'Libellé', 'text', { required: true }),
  column('price', 'Prix', 'decimal', { precision: 12, scale: 4 }),
]);

export const daily = testFormat([
  column('date', 'Date', 'date', { required: true }),
  column('volume', 'Volume', 'decimal', { precision: 14, scale: 3 }),
]);

export { column };
