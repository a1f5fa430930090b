/**
 * The vocabulary of the drop: what a CSV family declares, and what reading a file yields.
 * Families are data (see `formats/`); the reader (see `read/`) interprets them.
 */

/** How a cell is read. Every type turns the empty string into `null`. */
export type ColumnType =
  /** Trimmed text, kept as written. */
  | 'text'
  /** A whole number; `1 234` and `1234` are accepted, anything fractional is rejected. */
  | 'int'
  /** A decimal kept as a canonical string (`"1234.56"`), never a binary float. */
  | 'decimal'
  /** `dd/MM/yyyy` or ISO `yyyy-MM-dd`, read as a calendar date `"yyyy-MM-dd"`. */
  | 'date'
  /** Europe/Paris wall-clock or ISO 8601 with an offset, read as an instant. */
  | 'datetime'
  /** A subscriber number (line, SIM): must be a valid phone number, read as {@link Phone}. */
  | 'phone'
  /** A called number: a phone number when valid, else kept as written and flagged. */
  | 'called'
  /** An ICCID: 19 or 20 digits with a Luhn check digit; a trailing `F` is dropped. */
  | 'iccid'
  /** Digits only, kept as text (IMSI, prefixes, PIN and PUK codes keep leading zeros). */
  | 'digits'
  /** `1/0`, `O/N`, `oui/non`, `true/false`, `Y/N`. */
  | 'bool'
  /** One of the column's `values`, matched without regard to case, accents or spaces. */
  | 'enum'
  /** A billing period `YYYYMM`, read as `"YYYY-MM"`. */
  | 'period'
  /** A billing increment `first/next` in seconds (`60/60`), read as {@link Increment}. */
  | 'increment';

export interface ColumnSpec {
  /** The field name in parsed rows and in the database mapping (camelCase). */
  readonly key: string;
  /** The header as FORMATS.md spells it. */
  readonly header: string;
  /** Other spellings met in real files (French and English). Matching ignores case, accents,
   * spaces, underscores and punctuation, so only genuinely different words are listed. */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly required?: boolean;
  /** For `enum`: canonical value → accepted spellings besides the canonical one. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** For `decimal`: the digits the database column holds, `numeric(precision, scale)`. */
  readonly precision?: number;
  readonly scale?: number;
  /** For `digits`: accepted lengths. */
  readonly lengths?: readonly number[];
  /** PIN/PUK and the like: never logged, never shown without the right scope. */
  readonly secret?: boolean;
}

/** What a family holds; the sync picks its loader from this. */
export type FamilyKind =
  | 'snapshot'
  | 'rated-cdr'
  | 'billed-cdr'
  | 'xdsl-charge'
  | 'sim-order'
  | 'high-usage'
  | 'rate-table'
  | 'invoice-summary';

export type FamilyName =
  | 'account-vga'
  | 'account-voip'
  | 'account-xdsl'
  | 'account-status'
  | 'rated-mobile'
  | 'rated-vga'
  | 'rated-voip'
  | 'rated-xdsl'
  | 'billed-mobile'
  | 'billed-vga'
  | 'sim-order'
  | 'high-usage'
  | 'rate-table'
  | 'invoice-summary';

/** Files of the drop that are stored as they are, not parsed. */
export type StoredFileKind = 'invoice-pdf' | 'wholesaler-invoice' | 'document' | 'branding';

export interface CsvFormat {
  readonly family: FamilyName;
  readonly kind: FamilyKind;
  readonly title: string;
  /** Folder of the drop, relative to its root, with `/` separators (`RatedCDRs/MOBILE`). */
  readonly folder: string;
  /** Files sit one level down, in a `<YYYYMM>` sub-folder of `folder` (`Factures/Clients/202610`). */
  readonly periodFolder?: boolean;
  /** File name, without a compression suffix; named groups feed {@link FileFacts}: `vnoCode`,
   * `date` (`yyyyMMdd`) with `time` (`HHmm`) for an extraction time or alone for a file date,
   * `period` (`YYYYMM`), `orderRef`, `tableCode`. */
  readonly fileName: RegExp;
  readonly columns: readonly ColumnSpec[];
  /** Column keys that identify a row; within one file the last row with a key wins. */
  readonly key: readonly string[];
}

/** What a file's path says about it. */
export interface FileFacts {
  readonly path: string;
  readonly format?: CsvFormat;
  readonly stored?: StoredFileKind;
  /** `.gz` or `.zip` when the CSV arrives compressed. */
  readonly compression?: 'gzip' | 'zip';
  /** Extraction time from the name (Europe/Paris), for snapshots, rated records, alerts. */
  readonly extractedAt?: Date;
  /** `YYYY-MM` for monthly files and invoice folders. */
  readonly period?: string;
  readonly vnoCode?: string;
  readonly orderRef?: string;
  readonly tableCode?: string;
  /** Date in the name of SIM orders and rate tables, `yyyy-MM-dd`. */
  readonly fileDate?: string;
  readonly invoiceNumber?: string;
  readonly customerId?: string;
}

export interface Phone {
  /** E.164, `+33612345678`. */
  readonly e164: string;
  /** As written in the file. */
  readonly raw: string;
}

export interface CalledNumber {
  /** E.164 when the number is a valid phone number, else `null`. */
  readonly e164: string | null;
  readonly raw: string;
}

export interface Increment {
  readonly first: number;
  readonly next: number;
}

export type CellValue = string | number | boolean | Date | Phone | CalledNumber | Increment | null;

/** Things worth knowing about a row that are not reasons to reject it. Columns are named by
 * their key (`startTime`), like the row's `values`. */
export interface RowNotes {
  /** Columns whose local time fell in the repeated autumn hour (first occurrence taken). */
  readonly ambiguousTime: readonly string[];
  /** Columns whose local time fell in the skipped spring hour (moved forward by the gap). */
  readonly shiftedTime: readonly string[];
  /** `called` columns whose value is not a valid phone number (short codes, services). */
  readonly notPhone: readonly string[];
}

export interface ParsedRow {
  readonly ok: true;
  /** 1-based physical line where the row starts (the header is line 1). */
  readonly line: number;
  readonly values: Readonly<Record<string, CellValue>>;
  /** Columns the format does not declare, by their header as written. */
  readonly extra: Readonly<Record<string, string>>;
  readonly notes: RowNotes;
  readonly raw: string;
}

export interface RejectedRow {
  readonly ok: false;
  readonly line: number;
  /** The header of the offending column, when one column is at fault. */
  readonly column?: string;
  /** 1-based position of that column in the file. */
  readonly columnNumber?: number;
  readonly raw: string;
  readonly reason: string;
}

export type ReadRow = ParsedRow | RejectedRow;

/** How the bytes of a file were decoded. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type CsvDelimiter = ';' | ',';

/** The bytes of one CSV file (already decompressed). `open` is called more than once: once to
 * find the encoding, once to parse; each call must return a fresh stream from the start. */
export interface CsvSource {
  /** Names the file in errors and rejected rows (the drop path or the file name). */
  readonly name: string;
  open(): NodeJS.ReadableStream;
}

export interface CsvFile {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** The header line as written (trimmed), without a trailing empty cell. */
  readonly headers: readonly string[];
  /** Headers the format does not declare; their values land in each row's `extra`. */
  readonly extraHeaders: readonly string[];
  /** The data rows, streamed from the source; iterate once. Stopping early closes the source. */
  readonly rows: AsyncIterable<ReadRow>;
}
