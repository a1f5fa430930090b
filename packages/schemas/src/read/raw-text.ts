/**
 * A row as it appeared in the file, re-joined from its fields with the file's delimiter and
 * quoted where a field needs it. Secret cells (PIN, PUK) are masked: the raw text of a row ends
 * up in logs and reject reports, where those codes must never appear.
 */
import type { CsvDelimiter } from '../types.ts';

export const MASK = '***';

const NEEDS_QUOTES: Readonly<Record<CsvDelimiter, RegExp>> = {
  ';': /[;"\r\n]/,
  ',': /[,"\r\n]/,
};

function quoted(field: string, delimiter: CsvDelimiter): string {
  return NEEDS_QUOTES[delimiter].test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function rawText(
  fields: readonly string[],
  delimiter: CsvDelimiter,
  secretIndexes: ReadonlySet<number>,
): string {
  return fields
    .map((field, index) =>
      secretIndexes.has(index) && field.trim() !== '' ? MASK : quoted(field, delimiter),
    )
    .join(delimiter);
}
