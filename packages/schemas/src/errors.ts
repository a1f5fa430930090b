/**
 * Every error this package throws is a {@link SchemaError}. Errors about a file carry its name;
 * a bad row is not an error but a {@link RejectedRow} in the stream of rows.
 */

export interface SchemaErrorOptions {
  readonly file?: string;
  readonly cause?: unknown;
}

export class SchemaError extends Error {
  override name = 'SchemaError';
  /** The file being read, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, options: SchemaErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.file = options.file;
  }
}

/** A cell that cannot be read as its column's type. The message names the problem, not the
 * column: the row reader prefixes it with the column's header and position. */
export class CellError extends SchemaError {
  override name = 'CellError';
}

/** The header line lacks a required column: the whole file is refused. */
export class MissingColumnError extends SchemaError {
  override name = 'MissingColumnError';
  declare readonly file: string;
  /** The missing columns, by the header FORMATS.md gives them. */
  readonly columns: readonly string[];
  /** The headers the file has. */
  readonly headers: readonly string[];

  constructor(file: string, columns: readonly string[], headers: readonly string[]) {
    const found = headers.length > 0 ? headers.map((h) => `"${h}"`).join(', ') : 'none';
    super(
      `"${file}" lacks the required column${columns.length > 1 ? 's' : ''} ` +
        `${columns.map((c) => `"${c}"`).join(', ')} (headers found: ${found}). ` +
        'Fix the header line, or declare the spelling as an alias in @vnodrop/schemas formats.',
      { file },
    );
    this.columns = columns;
    this.headers = headers;
  }
}

/** Two headers of one file name the same column: which one holds the data is unknowable. */
export class DuplicateColumnError extends SchemaError {
  override name = 'DuplicateColumnError';
  declare readonly file: string;
  readonly column: string;
  readonly headers: readonly string[];

  constructor(file: string, column: string, headers: readonly string[]) {
    super(
      `"${file}" has ${headers.map((h) => `"${h}"`).join(' and ')}, which both mean ` +
        `"${column}". Remove or rename one of them.`,
      { file },
    );
    this.column = column;
    this.headers = headers;
  }
}

/** The file is not well-formed CSV (an unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends SchemaError {
  override name = 'CsvSyntaxError';
  declare readonly file: string;
  /** 1-based physical line where the faulty record starts. */
  readonly line: number;

  constructor(file: string, line: number, problem: string, cause?: unknown) {
    super(`"${file}" line ${line}: ${problem}. Fix the quoting of that record.`, { file, cause });
    this.line = line;
  }
}

/** Reading the source failed (the stream errored); the cause says why. */
export class SourceReadError extends SchemaError {
  override name = 'SourceReadError';
  declare readonly file: string;

  constructor(file: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`"${file}" could not be read: ${why}`, { file, cause });
  }
}
