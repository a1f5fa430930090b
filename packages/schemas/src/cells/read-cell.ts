/**
 * One cell, read as its column declares. Empty cells never get here: the row reader turns them
 * into `null` (or a rejection when the column is required).
 */
import { SchemaError } from '../errors.ts';
import type { CellValue, ColumnSpec, RowNotes } from '../types.ts';
import { readDate, readPeriod } from './calendar.ts';
import { readDecimal } from './decimal.ts';
import { readIccid } from './iccid.ts';
import { parisDateTime } from './paris-time.ts';
import { normalizePhone, readCalledNumber } from './phone.ts';
import { readBool, readDigits, readEnum, readIncrement, readInt } from './scalars.ts';

export interface CellReading {
  readonly value: CellValue;
  /** A remark for the row's notes, when the value is read but worth flagging. */
  readonly note?: keyof RowNotes;
}

function datetime(text: string): CellReading {
  const read = parisDateTime(text);
  if (read.ambiguous) {
    return { value: read.instant, note: 'ambiguousTime' };
  }
  if (read.shifted) {
    return { value: read.instant, note: 'shiftedTime' };
  }
  return { value: read.instant };
}

function called(text: string): CellReading {
  const number = readCalledNumber(text);
  return number.e164 === null ? { value: number, note: 'notPhone' } : { value: number };
}

export function readCell(column: ColumnSpec, text: string): CellReading {
  switch (column.type) {
    case 'text':
      return { value: text.trim() };
    case 'int':
      return { value: readInt(text) };
    case 'decimal':
      return { value: readDecimal(text, column.precision, column.scale) };
    case 'date':
      return { value: readDate(text) };
    case 'datetime':
      return datetime(text);
    case 'phone':
      return { value: normalizePhone(text) };
    case 'called':
      return called(text);
    case 'iccid':
      return { value: readIccid(text) };
    case 'digits':
      return { value: readDigits(text, column.lengths, column.secret) };
    case 'bool':
      return { value: readBool(text) };
    case 'enum':
      if (!column.values) {
        throw new SchemaError(`the enum column "${column.header}" declares no values`);
      }
      return { value: readEnum(text, column.values) };
    case 'period':
      return { value: readPeriod(text) };
    case 'increment':
      return { value: readIncrement(text) };
  }
}
