/**
 * @vnodrop/schemas: the wholesaler's drop described as data (folders, file names, CSV families
 * and their columns) and the streaming reader that validates files against it.
 */
export type * from './types.ts';

export {
  CellError,
  CsvSyntaxError,
  DuplicateColumnError,
  MissingColumnError,
  SchemaError,
  SourceReadError,
  type SchemaErrorOptions,
} from './errors.ts';

export { formats, formatOf } from './formats/index.ts';
export * from './formats/enums.ts';
export { headerKey, enumKey } from './names.ts';

export { classifyPath } from './files/classify.ts';
export { contentTypeOf, DEFAULT_CONTENT_TYPE } from './files/content-type.ts';

export { readCsv, detectDelimiter } from './read/read-csv.ts';
export { MASK } from './read/raw-text.ts';

export { normalizePhone, readCalledNumber } from './cells/phone.ts';
export { readIccid, luhnValid } from './cells/iccid.ts';
export {
  parisDateTime,
  parisWallClock,
  type ParisDateTime,
  type WallClock,
} from './cells/paris-time.ts';
export { readDate, readPeriod } from './cells/calendar.ts';
export { readDecimal } from './cells/decimal.ts';
export { readBool, readDigits, readEnum, readIncrement, readInt } from './cells/scalars.ts';
export { readCell, type CellReading } from './cells/read-cell.ts';
