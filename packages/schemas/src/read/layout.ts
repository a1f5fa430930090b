/**
 * Matching a file's header line against a format: which position holds which column, which
 * headers are extra. Names are compared by {@link headerKey} (case, accents, spaces, underscores
 * and punctuation ignored) against each column's header, key and aliases, in any order.
 */
import { DuplicateColumnError, MissingColumnError, SchemaError } from '../errors.ts';
import { headerKey } from '../names.ts';
import type { ColumnSpec, CsvFormat } from '../types.ts';

export interface PlacedColumn {
  readonly spec: ColumnSpec;
  /** 0-based position in the file. */
  readonly index: number;
  /** The header as the file writes it. */
  readonly header: string;
}

export interface Layout {
  readonly file: string;
  /** Headers as written, trimmed, without a trailing empty cell. */
  readonly headers: readonly string[];
  readonly columns: readonly PlacedColumn[];
  /** Declared columns the file lacks (optional ones); their values are `null`. */
  readonly absent: readonly ColumnSpec[];
  readonly extras: readonly { readonly header: string; readonly index: number }[];
  /** The header line ends with an empty cell that data lines may or may not repeat. */
  readonly trailingEmpty: boolean;
  readonly secretIndexes: ReadonlySet<number>;
}

const names = new WeakMap<CsvFormat, ReadonlyMap<string, ColumnSpec>>();

/** Every spelling of every column of a format, by its key; two columns sharing a spelling is
 * a mistake in the format. */
export function namesOf(format: CsvFormat): ReadonlyMap<string, ColumnSpec> {
  const known = names.get(format);
  if (known) {
    return known;
  }

  const map = new Map<string, ColumnSpec>();
  for (const column of format.columns) {
    for (const spelling of [column.header, column.key, ...(column.aliases ?? [])]) {
      const key = headerKey(spelling);
      const taken = map.get(key);
      if (taken && taken !== column) {
        throw new SchemaError(
          `format ${format.family}: "${spelling}" names both ${taken.key} and ${column.key}`,
        );
      }
      map.set(key, column);
    }
  }
  names.set(format, map);
  return map;
}

export function layoutOf(format: CsvFormat, headerCells: readonly string[], file: string): Layout {
  const cells = headerCells.map((cell) => cell.trim());
  const trailingEmpty = cells.length > 1 && cells[cells.length - 1] === '';
  const headers = trailingEmpty ? cells.slice(0, -1) : cells;
  const known = namesOf(format);

  const placed = new Map<ColumnSpec, PlacedColumn>();
  const extras: { header: string; index: number }[] = [];
  headers.forEach((header, index) => {
    const spec = known.get(headerKey(header));
    if (!spec) {
      extras.push({ header: header === '' ? `(column ${index + 1})` : header, index });
      return;
    }
    const twin = placed.get(spec);
    if (twin) {
      throw new DuplicateColumnError(file, spec.header, [twin.header, header]);
    }
    placed.set(spec, { spec, index, header });
  });

  const missing = format.columns.filter((spec) => spec.required && !placed.has(spec));
  if (missing.length > 0) {
    throw new MissingColumnError(
      file,
      missing.map((spec) => spec.header),
      headers,
    );
  }

  const columns = [...placed.values()];
  return {
    file,
    headers,
    columns,
    absent: format.columns.filter((spec) => !placed.has(spec)),
    extras,
    trailingEmpty,
    secretIndexes: new Set(columns.filter((c) => c.spec.secret).map((c) => c.index)),
  };
}
