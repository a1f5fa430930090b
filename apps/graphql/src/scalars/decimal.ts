/**
 * `Decimal`: an exact decimal number written as a string (`"0.0450"`). Money and quantities
 * never go through a binary float, in the database or here.
 */
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

const DECIMAL = /^-?\d+(\.\d+)?$/;

export const DecimalScalar = builder.scalarType('Decimal', {
  description:
    'An exact decimal number as a string, `"1234.5600"`: a dot for the decimal separator, ' +
    'no exponent, as many decimals as the value carries. Never a float.',
  serialize: (value) => {
    if (typeof value !== 'string' || !DECIMAL.test(value)) {
      throw new TypeError(`Decimal cannot serialize ${String(value)}: expected decimal text.`);
    }

    return value;
  },
  parseValue: (value) => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) {
      return String(value);
    }

    const text = typeof value === 'string' ? value.trim().replace(/^\+/, '') : null;

    if (text === null || !DECIMAL.test(text)) {
      throw new InvalidArgumentError(
        'Decimal',
        `${JSON.stringify(value)} is not a decimal: pass it as a string such as "12.50", ` +
          'with a dot and no exponent.',
      );
    }

    return text;
  },
});
