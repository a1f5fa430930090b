/**
 * `PhoneNumber`: E.164 on output (`+33612345678`). On input every spelling the drop uses is
 * accepted (`0612345678`, `33612345678`, `+33 6 12 34 56 78`, `0033612345678`), read as a
 * French number unless it says otherwise.
 */
import { normalizePhone } from '@vnodrop/schemas';
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

export const PhoneNumberScalar = builder.scalarType('PhoneNumber', {
  description:
    'A phone number. Written E.164 (`+33612345678`); accepted as `0612345678`, ' +
    '`33612345678`, `+33 6 12 34 56 78` or `0033612345678` as well (French by default).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') {
      throw new InvalidArgumentError(
        'PhoneNumber',
        `${JSON.stringify(value)} is not a phone number: pass it as a string, such as "0612345678".`,
      );
    }

    try {
      return normalizePhone(value).e164;
    } catch (error) {
      throw new InvalidArgumentError(
        'PhoneNumber',
        `"${value}" is not a valid phone number: write it as "0612345678", "+33612345678" ` +
          'or, for a foreign number, with its country code ("+32…").',
        { cause: error },
      );
    }
  },
});
