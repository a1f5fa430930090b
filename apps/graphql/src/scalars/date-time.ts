/** `DateTime`: an instant, written ISO 8601 with its offset (`2026-10-25T00:30:00.000Z`). */
import { DateTimeResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));

  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`DateTime cannot serialize ${String(value)}: it is not an instant.`);
  }

  return date;
}

export const DateTimeScalar = builder.scalarType('DateTime', {
  description:
    'An instant, ISO 8601 with an offset: `2026-10-25T00:30:00.000Z` or ' +
    '`2026-10-25T02:30:00+02:00`. Results are always written in UTC.',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => {
    try {
      return DateTimeResolver.parseValue(value) as Date;
    } catch (error) {
      throw new InvalidArgumentError(
        'DateTime',
        `${JSON.stringify(value)} is not an instant: write it ISO 8601 with an offset, ` +
          'such as `2026-10-25T02:30:00+02:00` or `2026-10-25T00:30:00Z`.',
        { cause: error },
      );
    }
  },
});
