/** `Iccid`: a SIM card's number, 19 or 20 digits ending in a Luhn check digit. */
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

/** True when the last digit of `digits` is the Luhn check digit of the others. */
export function hasLuhnCheckDigit(digits: string): boolean {
  let sum = 0;

  for (let index = 0; index < digits.length; index += 1) {
    const digit = Number(digits[digits.length - 1 - index]);
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }

  return sum % 10 === 0;
}

/** The ICCID as stored (digits only, a trailing filler `F` dropped), or null if invalid. */
export function normalizeIccid(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '').replace(/[fF]$/, '');

  return /^\d{19,20}$/.test(digits) && hasLuhnCheckDigit(digits) ? digits : null;
}

export const IccidScalar = builder.scalarType('Iccid', {
  description:
    'A SIM card number (ICCID): 19 or 20 digits whose last one is a Luhn check digit. ' +
    'Spaces and a trailing filler `F` are accepted on input.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const iccid = typeof value === 'string' ? normalizeIccid(value) : null;

    if (!iccid) {
      throw new InvalidArgumentError(
        'Iccid',
        `${JSON.stringify(value)} is not an ICCID: expected 19 or 20 digits ending in a ` +
          'Luhn check digit, such as "8933010103105183473".',
      );
    }

    return iccid;
  },
});
