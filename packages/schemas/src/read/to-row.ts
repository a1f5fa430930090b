/**
 * One record of fields to a {@link ReadRow}: every declared column read (absent or empty cells
 * are `null`), extra columns kept by their header, or a rejection that says which column failed
 * and why. A row with a wrong number of fields is rejected whole, never padded or cut.
 */
import { CellError } from '../errors.ts';
import { readCell } from '../cells/read-cell.ts';
import type { CellValue, CsvDelimiter, ReadRow, RowNotes } from '../types.ts';
import type { Layout, PlacedColumn } from './layout.ts';
import { rawText } from './raw-text.ts';

const NO_NOTES: RowNotes = Object.freeze({
  ambiguousTime: Object.freeze([]),
  shiftedTime: Object.freeze([]),
  notPhone: Object.freeze([]),
});

interface Problem {
  readonly column: PlacedColumn;
  readonly message: string;
}

/** A blank line, or a line of empty cells (`;;;`), is not a row. */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** The header's trailing empty cell may be repeated by a data line, but only empty. */
function fieldCountProblem(layout: Layout, fields: readonly string[]): string | undefined {
  const expected = layout.headers.length;
  const count = fields.length;
  if (count === expected) {
    return undefined;
  }
  if (layout.trailingEmpty && count === expected + 1 && fields[expected]?.trim() === '') {
    return undefined;
  }
  return `${count} field${count === 1 ? '' : 's'}, expected ${expected}`;
}

export function toRow(
  layout: Layout,
  delimiter: CsvDelimiter,
  line: number,
  fields: readonly string[],
): ReadRow {
  const countProblem = fieldCountProblem(layout, fields);
  if (countProblem) {
    return {
      ok: false,
      line,
      raw: rawText(fields, delimiter, layout.secretIndexes),
      reason: countProblem,
    };
  }

  const values: Record<string, CellValue> = {};
  const problems: Problem[] = [];
  let notes: { [K in keyof RowNotes]: string[] } | undefined;
  for (const column of layout.columns) {
    const text = (fields[column.index] ?? '').trim();
    if (text === '') {
      values[column.spec.key] = null;
      if (column.spec.required) {
        problems.push({ column, message: 'required value is empty' });
      }
      continue;
    }

    try {
      const reading = readCell(column.spec, text);
      values[column.spec.key] = reading.value;
      if (reading.note) {
        notes ??= { ambiguousTime: [], shiftedTime: [], notPhone: [] };
        notes[reading.note].push(column.spec.key);
      }
    } catch (error) {
      if (!(error instanceof CellError)) {
        throw error;
      }
      problems.push({ column, message: error.message });
    }
  }

  const first = problems[0];
  if (first) {
    const reason = problems
      .map(({ column, message }) => `column "${column.header}" (${column.index + 1}): ${message}`)
      .join('; ');
    return {
      ok: false,
      line,
      column: first.column.header,
      columnNumber: first.column.index + 1,
      raw: rawText(fields, delimiter, layout.secretIndexes),
      reason,
    };
  }

  for (const spec of layout.absent) {
    values[spec.key] = null;
  }
  const extra: Record<string, string> = {};
  for (const { header, index } of layout.extras) {
    extra[header] = fields[index] ?? '';
  }
  return {
    ok: true,
    line,
    values,
    extra,
    notes: notes ?? NO_NOTES,
    // Written out only when asked for: most rows are loaded without it.
    get raw() {
      return rawText(fields, delimiter, layout.secretIndexes);
    },
  };
}
