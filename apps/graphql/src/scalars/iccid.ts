/** `Iccid`: a SIM card's number, 19 or 20 digits ending in a Luhn check digit. */
import { readIccid } from '@vnodrop/schemas';
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

export const IccidScalar = builder.scalarType('Iccid', {
  description:
    'A SIM card number (ICCID): 19 or 20 digits whose last one is a Luhn check digit. ' +
    'Spaces and a trailing filler `F` are accepted on input.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    try {
      if (typeof value !== 'string') {
        throw new TypeError('not a string');
      }

      return readIccid(value);
    } catch (error) {
      throw new InvalidArgumentError(
        'Iccid',
        `${JSON.stringify(value)} is not an ICCID: expected 19 or 20 digits ending in a ` +
          'Luhn check digit, such as "8933010103105183473".',
        { cause: error },
      );
    }
  },
});
