import iconv from 'iconv-lite';

/**
 * CSV text as the wholesaler writes it: `;`-separated, fields quoted only when they must be,
 * in one of the encodings and line ends met in the drop.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface CsvLayout {
  readonly encoding: CsvEncoding;
  readonly eol: '\r\n' | '\n';
  /** After the last row: a line end (default), nothing, or a line end and a blank line. */
  readonly ending?: 'eol' | 'none' | 'blank-line';
}

const NEEDS_QUOTES = /[;"\r\n]/;

/** One field, quoted when it holds `;`, `"` or a line break (`"` doubled inside). */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  for (const field of fields) if (NEEDS_QUOTES.test(field)) return fields.map(csvField).join(';');
  return fields.join(';');
}

export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  layout: CsvLayout,
): string {
  const lines = [csvLine(header), ...rows.map(csvLine)];
  const ending = layout.ending ?? 'eol';
  const tail =
    ending === 'none' ? '' : ending === 'blank-line' ? layout.eol + layout.eol : layout.eol;
  return lines.join(layout.eol) + tail;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Encodes text; fails rather than write `?` for a character Windows-1252 lacks. */
export function encodeText(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);

  const bytes = iconv.encode(text, 'windows-1252');
  if (iconv.decode(bytes, 'windows-1252') !== text) {
    throw new RangeError('The text holds a character Windows-1252 cannot encode.');
  }
  return bytes;
}

export function csvBytes(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  layout: CsvLayout,
): Buffer {
  return encodeText(csvText(header, rows, layout), layout.encoding);
}
