/**
 * ICCIDs: 19 or 20 digits whose last one is a Luhn check digit over all the others. Some
 * systems pad the number with an `F`, which is dropped. A wrong check digit is refused, never
 * corrected: it means the number was mistyped or damaged by a spreadsheet.
 */
import { CellError } from '../errors.ts';
import { refuseExponent } from './decimal.ts';

const LENGTHS = [19, 20];

/** True when the Luhn sum over every digit, check digit included, is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function readIccid(raw: string): string {
  const text = raw.trim();
  const compact = text.replace(/\s+/g, '');
  refuseExponent(compact);

  const digits = compact.replace(/[Ff]$/, '');
  if (!/^\d+$/.test(digits)) {
    throw new CellError(`"${text}" is not an ICCID (digits only expected)`);
  }
  if (!LENGTHS.includes(digits.length)) {
    throw new CellError(`"${text}" has ${digits.length} digits; an ICCID has 19 or 20`);
  }
  if (!luhnValid(digits)) {
    throw new CellError(`check digit is wrong in "${text}"`);
  }
  return digits;
}
