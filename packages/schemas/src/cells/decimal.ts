/**
 * Decimals are read and canonicalised as text, never through a binary float.
 *
 * Canonical form: `.` as the decimal point, no thousands separator, no leading zeros, a `-` only
 * for a non-zero negative value, and the fractional digits as written (`0,0450` gives `"0.0450"`):
 * the value compares equal to the written one in PostgreSQL `numeric`. Trailing zeros beyond the
 * column's scale are dropped (`0,04500` in a scale-4 column gives `"0.0450"`); a value that needs
 * more digits than the column holds is refused.
 */
import { CellError } from '../errors.ts';

/** Spaces, no-break spaces (U+00A0, U+202F) and thin spaces: thousands separators. */
const SPACES = /\s+/g;
const DECIMAL = /^([+-])?(\d*)(?:[.,](\d*))?$/;

/** Spreadsheets turn long numbers into `8,93310E+18`: the digits are lost, say so. */
export function refuseExponent(text: string): void {
  if (/^[+-]?[\d.,]+e[+-]?\d+$/i.test(text)) {
    throw new CellError(
      `"${text}" is in exponent notation, which a spreadsheet writes after rounding a long ` +
        'number; export the column as text',
    );
  }
}

export function readDecimal(raw: string, precision?: number, scale?: number): string {
  const text = raw.trim();
  const compact = text.replace(SPACES, '');
  refuseExponent(compact);

  const match = DECIMAL.exec(compact);
  const whole = match?.[2] ?? '';
  let fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) {
    throw new CellError(`"${text}" is not a decimal number`);
  }

  const integer = whole.replace(/^0+/, '') || '0';
  if (scale !== undefined && fraction.length > scale) {
    const significant = fraction.replace(/0+$/, '');
    if (significant.length > scale) {
      throw new CellError(
        `"${text}" has ${significant.length} decimals; the column holds ${scale}`,
      );
    }
    fraction = fraction.slice(0, scale);
  }
  if (precision !== undefined) {
    const room = precision - (scale ?? 0);
    const digits = integer === '0' ? 0 : integer.length;
    if (digits > room) {
      throw new CellError(
        `"${text}" has ${digits} digits before the decimal point; the column holds ${room}`,
      );
    }
  }

  const isZero = /^0*$/.test(integer + fraction);
  const sign = match[1] === '-' && !isZero ? '-' : '';
  return `${sign}${integer}${fraction === '' ? '' : `.${fraction}`}`;
}
